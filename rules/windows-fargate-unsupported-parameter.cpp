#include "rules/ecs_task.hpp"

namespace ecslint {
namespace {

constexpr std::string_view kWhere = "for Windows containers on Fargate";

void check(Context& cx) {
  if (!is_windows(cx.root) || !fargate_applies(cx.root)) return;
  // What Fargate refuses for every OS (links, privileged, ipcMode, ...) is reported by
  // fargate-unsupported-parameter; this rule adds what only Windows lacks.
  report_used_members(cx, cx.root, Pointer(), {"proxyConfiguration"}, "", kWhere);
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    report_used_members(cx, container, at,
                        {"linuxParameters", "readonlyRootFilesystem", "user", "ulimits",
                         "systemControls", "firelensConfiguration"},
                        "", kWhere);
    const Json* logging = object_member(container, "logConfiguration");
    auto driver = logging ? known_string(*logging, "logDriver") : std::nullopt;
    if (driver && *driver == "awsfirelens")
      cx.report(at / "logConfiguration" / "logDriver",
                fmt::format("log driver \"awsfirelens\" (FireLens) is not supported {}", kWhere));
  });
  report_efs_volumes(cx, kWhere);
}

constexpr Rule kRule = {
    "windows-fargate-unsupported-parameter", kTaskDefinition, Level::error,
    "A Windows task definition for Fargate uses a parameter Windows containers on Fargate lack",
    R"md(
## Why
Windows containers on Fargate support fewer parameters than Linux ones. Besides everything
Fargate refuses for any operating system (reported by `fargate-unsupported-parameter`), a task
definition whose `runtimePlatform.operatingSystemFamily` is a Windows Server family and whose
`requiresCompatibilities` lists `FARGATE` cannot use:

- task level: `proxyConfiguration` (App Mesh);
- container level: `linuxParameters`, `readonlyRootFilesystem`, `user`, `ulimits`,
  `systemControls`, and FireLens (`firelensConfiguration`, the `awsfirelens` log driver);
- volumes: `efsVolumeConfiguration` (Amazon EFS).

The API Reference marks each of these members "not supported for Windows containers", and the
Fargate Windows considerations list FireLens and EFS among the unsupported features. A parameter
is reported only when it takes effect: `false`, `null`, `""`, `[]` and `{}` (as in console
exports) are not reported.

## Bad
```json
{
  "family": "iis",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "1024",
  "memory": "2048",
  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
  "containerDefinitions": [
    {"name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis",
     "readonlyRootFilesystem": true, "user": "ContainerUser"}
  ]
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
  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
  "containerDefinitions": [{"name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis"}]
}
```

## References
- Amazon ECS Developer Guide, Windows containers on AWS Fargate considerations
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html
- Amazon ECS API Reference: ContainerDefinition `linuxParameters`, `readonlyRootFilesystem`,
  `user`, `ulimits`, `systemControls` ("not supported for Windows containers");
  RegisterTaskDefinition.proxyConfiguration
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
