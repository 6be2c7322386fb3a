#include "rules/ecs_volumes.hpp"

namespace ecslint {
namespace {

// True when some container's name holds a placeholder: any reference might then be to it.
bool some_name_unknown(const Json& task) {
  bool unknown = false;
  for_each_container(task, [&](const Json& container, const Place&) {
    auto name = string_member(container, "name");
    if (name && is_placeholder(*name)) unknown = true;
  });
  return unknown;
}

void check(Context& cx) {
  bool names_unknown = some_name_unknown(cx.root);
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    auto self = known_string(container, "name");
    for_each_item(array_member(container, "volumesFrom"), at / "volumesFrom",
                  [&](const Json& item, const Place& item_at) {
                    auto source = known_string(item, "sourceContainer");
                    if (!source) return;
                    if (self && *source == *self)
                      cx.report(item_at / "sourceContainer",
                                fmt::format("container \"{}\" cannot mount volumes from itself",
                                            *source));
                    else if (!names_unknown && !find_container(cx.root, *source))
                      cx.report(item_at / "sourceContainer",
                                fmt::format("sourceContainer \"{}\" names no container of this "
                                            "task definition",
                                            *source));
                  });
  });
}

constexpr Rule kRule = {
    "volumes-from-unknown-container", kTaskDefinition, Level::error,
    "volumesFrom names a container that does not exist, or the container itself",
    R"md(
## Why
`volumesFrom[].sourceContainer` mounts all volumes of **another** container of the same task
definition (Docker's `--volumes-from`). ECS rejects a task definition whose `sourceContainer`
names no container of the task definition, and a container cannot take volumes from itself.
Container names are compared exactly. When some container name holds a template placeholder, an
unmatched `sourceContainer` may refer to it, so only the self-reference is checked then.

## Bad
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 512,
     "volumesFrom": [{"sourceContainer": "assets", "readOnly": true}]},
    {"name": "static-assets", "image": "111122223333.dkr.ecr.us-east-1.amazonaws.com/assets:3",
     "memory": 64, "essential": false}
  ]
}
```

## Good
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 512,
     "volumesFrom": [{"sourceContainer": "static-assets", "readOnly": true}]},
    {"name": "static-assets", "image": "111122223333.dkr.ecr.us-east-1.amazonaws.com/assets:3",
     "memory": 64, "essential": false}
  ]
}
```

## References
- Amazon ECS API Reference: VolumeFrom.sourceContainer ("The name of another container within the
  same task definition to mount volumes from")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_VolumeFrom.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
