#include "rules/ecs_volumes.hpp"

namespace ecslint {
namespace {

// Docker cleans mount paths, so "/data/" and "/data" are the same mount point.
std::string_view without_trailing_slashes(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  return path;
}

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    for_each_repeated_string(array_member(container, "mountPoints"), at / "mountPoints",
                             "containerPath", without_trailing_slashes,
                             [&](std::string_view path, const Place& mount_at, size_t first) {
                               cx.report(mount_at / "containerPath",
                                         fmt::format("containerPath \"{}\" is already a mount "
                                                     "point of this container (mountPoints[{}])",
                                                     path, first));
                             });
  });
}

constexpr Rule kRule = {
    "mount-point-duplicate", kTaskDefinition, Level::warning,
    "A container mounts two volumes at the same containerPath",
    R"md(
## Why
Each entry of a container's `mountPoints` mounts a volume at `containerPath`. Two entries with
the same path cannot both take effect: Docker refuses to create a container with a duplicate
mount point, so the task fails to start, or, where a runtime accepts it, one mount hides the
other. The usual cause is a copy-pasted entry whose path was not changed. Paths are compared
after dropping trailing slashes (`/data/` is `/data`), as Docker cleans them.

ECS does not document a registration-time check for this, so it is a warning.

## Bad
```json
{"name": "web", "image": "nginx:1.27", "memory": 512,
 "mountPoints": [{"sourceVolume": "content", "containerPath": "/usr/share/nginx/html"},
                 {"sourceVolume": "config", "containerPath": "/usr/share/nginx/html"}]}
```

## Good
```json
{"name": "web", "image": "nginx:1.27", "memory": 512,
 "mountPoints": [{"sourceVolume": "content", "containerPath": "/usr/share/nginx/html"},
                 {"sourceVolume": "config", "containerPath": "/etc/nginx/conf.d"}]}
```

## References
- Amazon ECS API Reference: MountPoint.containerPath
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_MountPoint.html
- Docker Engine: a container create request with two mounts at one destination fails with
  "Duplicate mount point"
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
