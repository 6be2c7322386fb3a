#include "rules/ecs.hpp"

namespace ecslint {
namespace {

constexpr int64_t kReservedPort = 3150;

void check(Context& cx) {
  if (!is_windows(cx.root) || !fargate_applies(cx.root)) return;
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    for_each_item(array_member(container, "portMappings"), at / "portMappings",
                  [&](const Json& mapping, const Place& mapping_at) {
                    auto port = int_member(mapping, "containerPort");
                    if (port && *port == kReservedPort)
                      cx.report(mapping_at / "containerPort",
                                fmt::format("containerPort {} is reserved for Windows containers "
                                            "on Fargate; use another port",
                                            kReservedPort));
                  });
  });
}

constexpr Rule kRule = {
    "windows-fargate-reserved-port", kTaskDefinition, Level::error,
    "A Windows container on Fargate maps port 3150, which Fargate reserves",
    R"md(
## Why
Fargate keeps port 3150 for itself in Windows tasks: the task definition parameters reference
(port mappings) lists it as reserved for Windows containers on Fargate, so it cannot be a
`containerPort`. The rule applies to a Windows Server `runtimePlatform.operatingSystemFamily`
with `FARGATE` in `requiresCompatibilities`.

## Bad
```json
{
  "family": "app",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "1024",
  "memory": "2048",
  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2019_CORE"},
  "containerDefinitions": [
    {"name": "app", "image": "example/windows-app:1.0", "portMappings": [{"containerPort": 3150}]}
  ]
}
```

## Good
```json
{
  "family": "app",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "1024",
  "memory": "2048",
  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2019_CORE"},
  "containerDefinitions": [
    {"name": "app", "image": "example/windows-app:1.0", "portMappings": [{"containerPort": 8080}]}
  ]
}
```

## References
- Amazon ECS Developer Guide, task definition parameters: port mappings, `containerPort`
  (port 3150 reserved for Windows containers on Fargate)
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
