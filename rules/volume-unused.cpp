#include "rules/ecs_volumes.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  std::set<std::string, std::less<>> mounted;
  bool unknown = false;  // a placeholder sourceVolume may name any volume
  for_each_mount_point(cx.root, [&](const Json& mount, const Place&) {
    auto source = string_member(mount, "sourceVolume");
    if (!source) return;
    if (is_placeholder(*source)) unknown = true;
    mounted.emplace(*source);
  });
  if (unknown) return;
  for_each_volume(cx.root, [&](const Json& volume, const Place& at) {
    auto name = known_string(volume, "name");
    if (name && !name->empty() && !mounted.count(*name))
      cx.report(at / "name", fmt::format("volume \"{}\" is not mounted by any container", *name));
  });
}

constexpr Rule kRule = {
    "volume-unused", kTaskDefinition, Level::note,
    "A volume is not mounted by any container",
    R"md(
## Why
A volume takes effect only where a container mounts it: a `mountPoints` entry whose
`sourceVolume` is the volume's name. A volume that no container mounts is dead configuration:
often a leftover, or a sign that a mount point misspells the name (then ECS also rejects the
task definition with "Unknown volume 'X'.", see `mount-point-unknown-volume`). An EFS, FSx or EBS
volume nobody mounts still has to be reachable and authorised when the task starts.

A `sourceVolume` that holds a template placeholder may name any volume, so the rule stays silent
for the whole task definition then.

## Bad
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 512,
     "mountPoints": [{"sourceVolume": "content", "containerPath": "/usr/share/nginx/html"}]}
  ],
  "volumes": [
    {"name": "content", "host": {"sourcePath": "/srv/web"}},
    {"name": "logs", "host": {"sourcePath": "/var/log/web"}}
  ]
}
```

## Good
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 512,
     "mountPoints": [{"sourceVolume": "content", "containerPath": "/usr/share/nginx/html"},
                     {"sourceVolume": "logs", "containerPath": "/var/log/nginx"}]}
  ],
  "volumes": [
    {"name": "content", "host": {"sourcePath": "/srv/web"}},
    {"name": "logs", "host": {"sourcePath": "/var/log/web"}}
  ]
}
```

## References
- Amazon ECS Developer Guide: Storage options for Amazon ECS tasks (volumes are used through
  `mountPoints`) https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html
- Amazon ECS API Reference: Volume.name, MountPoint.sourceVolume
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
