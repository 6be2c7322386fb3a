#include "rules/ecs.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!is_windows(cx.root)) return;
  const Json* platform = object_member(cx.root, "runtimePlatform");
  auto arch = platform ? known_string(*platform, "cpuArchitecture") : std::nullopt;
  if (!arch || *arch != "ARM64") return;
  auto family = string_member(*platform, "operatingSystemFamily");
  cx.report(Pointer() / "runtimePlatform" / "cpuArchitecture",
            fmt::format("cpuArchitecture \"ARM64\" cannot run {}; Windows containers need "
                        "\"X86_64\"",
                        *family));
}

constexpr Rule kRule = {
    "windows-cpu-architecture", kTaskDefinition, Level::error,
    "A Windows task definition asks for the ARM64 CPU architecture",
    R"md(
## Why
`runtimePlatform.cpuArchitecture: "ARM64"` is available only for Linux tasks, on EC2 Linux
instances and on Fargate. Windows containers run on `X86_64` only: on Fargate AWS states "you
must have the X86_64 CPU architecture", and there is no ARM64 ECS-optimized Windows AMI. A Windows
task that asks for ARM64 can never be placed. Omit `cpuArchitecture` or set it to `X86_64`.

## Bad
```json
{
  "family": "iis",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "1024",
  "memory": "2048",
  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "cpuArchitecture": "ARM64"},
  "containerDefinitions": [{"name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis"}]
}
```

## Good
```json
{
  "family": "iis",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "1024",
  "memory": "2048",
  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "cpuArchitecture": "X86_64"},
  "containerDefinitions": [{"name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis"}]
}
```

## References
- Amazon ECS API Reference: RuntimePlatform.cpuArchitecture ("You can run your Linux tasks on an
  ARM-based platform by setting the value to ARM64. This option is available for tasks that run
  on Linux Amazon EC2 instance or Linux containers on Fargate.")
- Amazon ECS Developer Guide, Windows containers on AWS Fargate considerations ("you must have
  the X86_64 CPU architecture")
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
