#include "rules/ecs_task.hpp"

namespace ecslint {
namespace {

constexpr std::string_view kWhere = "for Windows containers";

void check(Context& cx) {
  // On Fargate the error-level rules (fargate- and windows-fargate-unsupported-parameter) speak.
  if (!is_windows(cx.root) || fargate_applies(cx.root)) return;
  report_used_members(cx, cx.root, Pointer(), {"pidMode", "ipcMode", "proxyConfiguration"}, "",
                      kWhere);
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    report_used_members(cx, container, at,
                        {"disableNetworking", "dnsSearchDomains", "dnsServers", "extraHosts",
                         "links", "linuxParameters", "privileged", "readonlyRootFilesystem",
                         "user", "ulimits", "systemControls"},
                        "", kWhere);
  });
}

constexpr Rule kRule = {
    "windows-unsupported-parameter", kTaskDefinition, Level::warning,
    "A Windows task definition uses a parameter that Windows containers do not support",
    R"md(
## Why
Windows containers lack several Linux features, and the API Reference marks these members "not
supported for Windows containers":

- task level: `pidMode`, `ipcMode`, `proxyConfiguration`;
- container level: `disableNetworking`, `dnsSearchDomains`, `dnsServers`, `extraHosts`, `links`,
  `linuxParameters`, `privileged`, `readonlyRootFilesystem`, `user`, `ulimits`,
  `systemControls`.

The rule applies when `runtimePlatform.operatingSystemFamily` is a Windows Server family and
`requiresCompatibilities` does not list `FARGATE` (EC2 or ECS Anywhere; Fargate has its own
error-level rules). It is a warning: AWS documents the members as unsupported but not that
RegisterTaskDefinition refuses them on EC2, so they may be accepted and then ignored or fail at
run time. A parameter is reported only when it takes effect: `false`, `null`, `""`, `[]` and
`{}` are not reported.

## Bad
```json
{
  "family": "iis",
  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2019_FULL"},
  "containerDefinitions": [
    {"name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis", "cpu": 512,
     "memory": 1024, "privileged": true, "links": ["db"]}
  ]
}
```

## Good
```json
{
  "family": "iis",
  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2019_FULL"},
  "containerDefinitions": [
    {"name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis", "cpu": 512,
     "memory": 1024}
  ]
}
```

## References
- Amazon ECS Developer Guide, Windows task definition considerations
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/windows_task_definitions.html
- Amazon ECS API Reference: RegisterTaskDefinition `pidMode`, `ipcMode`, `proxyConfiguration`;
  ContainerDefinition `links`, `linuxParameters`, `privileged`, `user`, `ulimits`,
  `readonlyRootFilesystem`, `systemControls`, `dnsServers`, `dnsSearchDomains`, `extraHosts`,
  `disableNetworking`
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
