#include "rules/ecs_task.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  // Fargate needs awsvpc whatever the OS: fargate-network-mode reports that.
  if (!is_windows(cx.root) || fargate_applies(cx.root)) return;
  auto mode = known_string(cx.root, "networkMode");
  if (!mode || (*mode != "bridge" && *mode != "host" && *mode != "none")) return;
  cx.report(Pointer() / "networkMode",
            fmt::format("network mode \"{}\" is not supported for Windows containers; omit "
                        "`networkMode` (the Windows default, NAT) or use \"awsvpc\"",
                        *mode));
}

constexpr Rule kRule = {
    "windows-network-mode", kTaskDefinition, Level::warning,
    "A Windows task definition uses bridge, host or none as its network mode",
    R"md(
## Why
For ECS tasks on EC2 Windows instances "`<default>` or `awsvpc` can be used": leaving
`networkMode` out gives Windows' NAT networking, and `awsvpc` gives the task its own network
interface. `bridge`, `host` and `none` are Linux modes. The rule applies when
`runtimePlatform.operatingSystemFamily` is a Windows Server family and `requiresCompatibilities`
does not list `FARGATE` (`fargate-network-mode` requires `awsvpc` there). It is a warning because
the API Reference does not say that RegisterTaskDefinition refuses these modes for Windows; the
task fails on the instance instead. ECS Anywhere Windows tasks take only the default mode
(`external-network-mode` reports `awsvpc` there).

## Bad
```json
{
  "family": "iis",
  "networkMode": "bridge",
  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2019_CORE"},
  "containerDefinitions": [
    {"name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis", "cpu": 512, "memory": 1024}
  ]
}
```

## Good
```json
{
  "family": "iis",
  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2019_CORE"},
  "containerDefinitions": [
    {"name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis", "cpu": 512, "memory": 1024}
  ]
}
```

## References
- Amazon ECS API Reference: RegisterTaskDefinition.networkMode ("For Amazon ECS tasks on Amazon
  EC2 Windows instances, `<default>` or `awsvpc` can be used.")
- Amazon ECS task networking options for the EC2 launch type (bridge and host: not for Windows)
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
