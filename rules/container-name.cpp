#include <algorithm>

#include "rules/ecs_container.hpp"

namespace ecslint {
namespace {

bool is_name_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    if (!member(container, "name")) {
      cx.report(at, "container has no `name`; ECS requires one of 1–255 letters, numbers, "
                    "hyphens and underscores");
      return;
    }
    auto name = known_string(container, "name");
    if (!name) return;
    if (name->empty()) {
      cx.report(at / "name", "container name is empty; ECS requires 1–255 letters, numbers, "
                             "hyphens and underscores");
    } else if (name->size() > 255) {
      cx.report(at / "name", fmt::format("container name is {} characters long; ECS allows at "
                                         "most 255",
                                         name->size()));
    } else if (std::find_if_not(name->begin(), name->end(), is_name_char) != name->end()) {
      cx.report(at / "name", fmt::format("container name \"{}\" has characters ECS does not allow; "
                                         "use only letters, numbers, hyphens and underscores",
                                         *name));
    }
  });
}

constexpr Rule kRule = {
    "container-name", kTaskDefinition, Level::error,
    "A container has no name, or a name that is not 1–255 letters, numbers, hyphens and underscores",
    R"md(
## Why
Every container definition needs a `name`: other containers refer to it in `links`,
`dependsOn` and `volumesFrom`, and services refer to it in `loadBalancers`. ECS allows up to
255 letters (uppercase and lowercase), numbers, underscores and hyphens, and rejects the task
definition otherwise. Spaces are the usual mistake. The AWS API model does not mark `name` as
required (ECS enforces it on the server), so the schema check cannot report a missing name.

## Bad
```json
{
  "family": "web",
  "containerDefinitions": [{"name": "my app", "image": "nginx:1.27", "memory": 512}]
}
```

## Good
```json
{
  "family": "web",
  "containerDefinitions": [{"name": "my-app", "image": "nginx:1.27", "memory": 512}]
}
```

## References
- Amazon ECS API Reference: ContainerDefinition.name
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
- Amazon ECS Developer Guide, task definition parameters: container definitions, `name`
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
