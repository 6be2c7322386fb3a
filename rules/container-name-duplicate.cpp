#include <map>

#include "rules/ecs_container.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  std::map<std::string_view, size_t> first;  // name -> index of the container that has it
  size_t index = 0;
  for_each_item(array_member(cx.root, "containerDefinitions"), Pointer() / "containerDefinitions",
                [&](const Json& container, const Place& at) {
                  auto name = known_string(container, "name");
                  size_t here = index++;
                  if (!name || name->empty()) return;  // container-name reports empty names
                  auto [it, inserted] = first.emplace(*name, here);
                  if (!inserted)
                    cx.report(at / "name",
                              fmt::format("container name \"{}\" is already used by "
                                          "containerDefinitions[{}]; container names must be "
                                          "unique within a task definition",
                                          *name, it->second));
                });
}

constexpr Rule kRule = {
    "container-name-duplicate", kTaskDefinition, Level::error,
    "Two containers of a task definition have the same name",
    R"md(
## Why
Containers are found by name: `dependsOn`, `links`, `volumesFrom`, FireLens, App Mesh proxy
configuration and the load balancers of a service all refer to a container by its `name`. ECS
therefore rejects a task definition in which two containers share a name, with "Container names
must be unique within a Task Definition." Names are compared exactly as written; ecslint reports
every repetition after the first.

## Bad
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "app", "image": "example/web:1.4", "memory": 512},
    {"name": "app", "image": "example/worker:1.4", "memory": 256}
  ]
}
```

## Good
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "example/web:1.4", "memory": 512},
    {"name": "worker", "image": "example/worker:1.4", "memory": 256}
  ]
}
```

## References
- Amazon ECS API Reference: ContainerDefinition.name
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
- Shippable/support#2946, metaps/genova#291: "Container names must be unique within a Task
  Definition."
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
