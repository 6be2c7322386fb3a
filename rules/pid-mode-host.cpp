#include "rules/ecs_fargate.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  // Fargate refuses pidMode host outright: fargate-unsupported-parameter reports that.
  if (fargate_applies(cx.root)) return;
  auto mode = known_string(cx.root, "pidMode");
  if (mode && *mode == "host")
    cx.report(Pointer() / "pidMode",
              "pidMode \"host\" shares the host's process namespace with every container; use "
              "\"task\" or leave it out");
}

constexpr Rule kRule = {
    "pid-mode-host", kTaskDefinition, Level::note,
    "The task shares the host's process ID namespace (pidMode host)",
    R"md(
## Why
With `"pidMode": "host"` the containers see every process of the container instance and, with
enough privileges, can signal or trace them (including the ECS agent and other tasks'
containers). That breaks the isolation between the task and its host. Leave `pidMode` out (each
container gets its own namespace) or use `"task"` to share one namespace among the task's own
containers, for example for a debugging sidecar.

On Fargate `host` is not allowed at all; `fargate-unsupported-parameter` reports it there, so
this note covers EC2 and external instances.

## Bad
```json
{"family": "agent", "pidMode": "host",
 "containerDefinitions": [{"name": "agent", "image": "example/agent:1.0", "memory": 256}]}
```

## Good
```json
{"family": "agent", "pidMode": "task",
 "containerDefinitions": [{"name": "agent", "image": "example/agent:1.0", "memory": 256}]}
```

## References
- Amazon ECS API Reference: RegisterTaskDefinition.pidMode
- checkov CKV_AWS_335 (which reads `pidMode` from the container definitions, where it never is;
  it is a task-level member)
- AWS Config rule ecs-task-definition-pid-mode-check
- AWS Control Tower control CT.ECS.PR.10
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
