#include "rules/ecs_volumes.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  const Json* first = nullptr;
  for_each_volume(cx.root, [&](const Json& volume, const Place& at) {
    if (!bool_member(volume, "configuredAtLaunch").value_or(false)) return;
    if (!first) {
      first = &volume;
      return;
    }
    cx.report(at / "configuredAtLaunch",
              fmt::format("{} is another volume configured at launch besides {}; ECS allows only "
                          "one per task definition",
                          volume_label(volume), volume_label(*first)));
  });
}

constexpr Rule kRule = {
    "volume-configured-at-launch-max", kTaskDefinition, Level::error,
    "More than one volume is configured at launch",
    R"md(
## Why
A volume with `"configuredAtLaunch": true` is an Amazon EBS volume whose settings come from the
`volumeConfigurations` of CreateService, UpdateService, RunTask or StartTask. Each task
definition revision may have only one such volume; ECS rejects a task definition with more.

## Bad
```json
{
  "family": "db",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "1024",
  "memory": "2048",
  "containerDefinitions": [
    {"name": "db", "image": "postgres:16",
     "mountPoints": [{"sourceVolume": "data", "containerPath": "/var/lib/postgresql/data"},
                     {"sourceVolume": "wal", "containerPath": "/wal"}]}
  ],
  "volumes": [
    {"name": "data", "configuredAtLaunch": true},
    {"name": "wal", "configuredAtLaunch": true}
  ]
}
```

## Good
```json
{
  "family": "db",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "1024",
  "memory": "2048",
  "containerDefinitions": [
    {"name": "db", "image": "postgres:16",
     "mountPoints": [{"sourceVolume": "data", "containerPath": "/var/lib/postgresql/data"}]}
  ],
  "volumes": [
    {"name": "data", "configuredAtLaunch": true}
  ]
}
```

## References
- Amazon ECS API Reference: Volume.configuredAtLaunch ("Each task definition revision may only
  have one volume configured at launch in the volume configuration")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Volume.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
