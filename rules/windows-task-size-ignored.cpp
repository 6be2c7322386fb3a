#include "rules/ecs_task.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  // On Fargate the task size is required and used, Windows or not.
  if (!is_windows(cx.root) || !ec2_or_external_only(cx.root)) return;
  for (const char* key : {"cpu", "memory"})
    if (known_string(cx.root, key))
      cx.report(Pointer() / key,
                fmt::format("task-level `{}` is ignored for Windows containers outside Fargate; set "
                            "`{}` on each container instead",
                            key, key));
}

constexpr Rule kRule = {
    "windows-task-size-ignored", kTaskDefinition, Level::note,
    "A Windows task definition for EC2 sets task-level cpu or memory, which ECS ignores",
    R"md(
## Why
"Task-level CPU and memory parameters are ignored for Windows containers. We recommend
specifying container-level resources for Windows containers." A task-level `cpu` or `memory` on
a Windows task for EC2 or ECS Anywhere looks like a limit but limits nothing; set `cpu` and
`memory` (or `memoryReservation`) on each container, where Windows applies them (container `cpu`
is an absolute CPU quota on Windows). The rule applies when
`runtimePlatform.operatingSystemFamily` is a Windows Server family and `requiresCompatibilities`
does not list `FARGATE`, where the task size is required and used.

## Bad
```json
{
  "family": "iis",
  "cpu": "1024",
  "memory": "2048",
  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2019_CORE"},
  "containerDefinitions": [{"name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis"}]
}
```

## Good
```json
{
  "family": "iis",
  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2019_CORE"},
  "containerDefinitions": [
    {"name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis", "cpu": 1024, "memory": 2048}
  ]
}
```

## References
- Amazon ECS API Reference: RegisterTaskDefinition `cpu` and `memory` ("Task-level CPU and
  memory parameters are ignored for Windows containers.")
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
