#include "rules/ecs_volumes.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (task_level_unknown(cx)) return;  // a container array: the task's volumes are unknown
  auto names = volume_names(cx.root);
  if (!names) return;
  for_each_mount_point(cx.root, [&](const Json& mount, const Place& at) {
    auto source = known_string(mount, "sourceVolume");
    if (source && !names->count(*source))
      cx.report(at / "sourceVolume",
                fmt::format("sourceVolume \"{}\" names no volume of this task definition; ECS "
                            "rejects it (\"Unknown volume '{}'.\")",
                            *source, *source));
  });
}

constexpr Rule kRule = {
    "mount-point-unknown-volume", kTaskDefinition, Level::error,
    "A mount point's sourceVolume names no volume of the task definition",
    R"md(
## Why
A container's `mountPoints[].sourceVolume` must be the `name` of one of the task definition's
`volumes`. ECS rejects the task definition otherwise, with "Unknown volume 'X'.". The usual
causes are a typo, a renamed volume, or a `volumes` list that was left out when the container
definitions were copied from another task definition.

When a volume name holds a template placeholder, any mount point could refer to it, so the rule
stays silent.

## Bad
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 512,
     "mountPoints": [{"sourceVolume": "web-contnet", "containerPath": "/usr/share/nginx/html"}]}
  ],
  "volumes": [{"name": "web-content", "host": {"sourcePath": "/srv/web"}}]
}
```

## Good
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 512,
     "mountPoints": [{"sourceVolume": "web-content", "containerPath": "/usr/share/nginx/html"}]}
  ],
  "volumes": [{"name": "web-content", "host": {"sourcePath": "/srv/web"}}]
}
```

## References
- Amazon ECS API Reference: MountPoint.sourceVolume ("Must be a volume name referenced in the
  name parameter of task definition volume")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_MountPoint.html
- ansible/ansible#35751: RegisterTaskDefinition fails with "Unknown volume 'root-RO'."
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
