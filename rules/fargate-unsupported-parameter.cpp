#include <string>

#include "rules/ecs_fargate.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (fargate_applies(cx.root)) report_fargate_unsupported(cx);
}

constexpr Rule kRule = {
    "fargate-unsupported-parameter", kTaskDefinition, Level::error,
    "A Fargate task definition uses a parameter Fargate does not support",
    R"md(
## Why
Fargate runs tasks on infrastructure you do not manage, so parameters that reach into the host
are refused when `requiresCompatibilities` lists `FARGATE` (even beside `EC2`). ECS rejects the
task definition (for example "Tasks using the Fargate launch type do not support ipcMode."). Not
valid on Fargate:

- task level: `ipcMode`, `placementConstraints`, `inferenceAccelerators`, `pidMode` other than
  `"task"` (and no `pidMode` at all for Windows containers);
- container level: `disableNetworking`, `dnsSearchDomains`, `dnsServers`, `dockerSecurityOptions`,
  `extraHosts`, `links`, `privileged`, `resourceRequirements` of type `GPU` or
  `InferenceAccelerator`;
- `linuxParameters`: `devices`, `sharedMemorySize`, `tmpfs`, `maxSwap`, `swappiness`, and any
  added capability other than `SYS_PTRACE` (`drop` is unrestricted);
- volumes: `dockerVolumeConfiguration`, and `host.sourcePath` (Fargate supports bind mounts
  without a source path).

`systemControls`, `pidMode: "task"` and adding `SYS_PTRACE` were once refused but are allowed
today (Linux platform version 1.4.0 or later), so they are not reported.

A parameter is reported only when it would take effect: `true`, a non-empty list or object, a
non-empty string without a template placeholder, or a number. Console exports and `describe-task-definition` output are full of
`"privileged": false`, `"links": []`, `"dnsServers": []`, `"linuxParameters": {"devices": []}`,
`"placementConstraints": []` and even `"ipcMode": ""` for Fargate task definitions that were
registered and ran: in ecslint's corpus of real task definitions, 51 require Fargate and 18 of them
carry such empty members. `false` and empty values are therefore not reported.

## Bad
```json
{
  "family": "web",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "256",
  "memory": "512",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "privileged": true, "links": ["db"]}
  ]
}
```

## Good
```json
{
  "family": "web",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "256",
  "memory": "512",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "privileged": false, "links": []}
  ]
}
```

## References
- Amazon ECS task definition differences for Fargate:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html
- Amazon ECS API Reference: RegisterTaskDefinition `pidMode`, `ipcMode`; KernelCapabilities `add`
  ("Tasks launched on Fargate only support adding the SYS_PTRACE kernel capability");
  HostVolumeProperties `sourcePath`; Volume `dockerVolumeConfiguration`
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
