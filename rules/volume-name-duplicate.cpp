#include "rules/ecs_volumes.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  auto exact = [](std::string_view name) { return name; };
  for_each_repeated_string(array_member(cx.root, "volumes"), Pointer() / "volumes", "name", exact,
                           [&](std::string_view name, const Place& at, size_t first) {
                             cx.report(at / "name",
                                       fmt::format("volume name \"{}\" is already used by "
                                                   "volumes[{}]; volume names must be unique",
                                                   name, first));
                           });
}

constexpr Rule kRule = {
    "volume-name-duplicate", kTaskDefinition, Level::error,
    "Two volumes of a task definition have the same name",
    R"md(
## Why
Containers mount volumes by name (`mountPoints[].sourceVolume`), and a service or RunTask call
configures the launch-time volume by name, so each name may be used by one volume only. ECS
rejects a task definition whose volumes share a name. Names are compared exactly, as ECS does
(`data` and `Data` are different names).

## Bad
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 512,
     "mountPoints": [{"sourceVolume": "data", "containerPath": "/data"}]}
  ],
  "volumes": [
    {"name": "data", "host": {"sourcePath": "/srv/data"}},
    {"name": "data", "dockerVolumeConfiguration": {"scope": "task", "driver": "local"}}
  ]
}
```

## Good
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 512,
     "mountPoints": [{"sourceVolume": "data", "containerPath": "/data"},
                     {"sourceVolume": "scratch", "containerPath": "/scratch"}]}
  ],
  "volumes": [
    {"name": "data", "host": {"sourcePath": "/srv/data"}},
    {"name": "scratch", "dockerVolumeConfiguration": {"scope": "task", "driver": "local"}}
  ]
}
```

## References
- Amazon ECS API Reference: Volume.name, MountPoint.sourceVolume
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Volume.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
