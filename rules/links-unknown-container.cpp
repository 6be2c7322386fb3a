#include <set>

#include "rules/ecs_ports.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  // Every container name, unless one is unknown: then a link might name that one.
  std::set<std::string_view> names;
  bool names_known = true;
  for_each_container(cx.root, [&](const Json& container, const Place&) {
    auto name = known_string(container, "name");
    if (name) names.insert(*name);
    else names_known = false;
  });
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    auto self = known_string(container, "name");
    for_each_item(array_member(container, "links"), at / "links",
                  [&](const Json& item, const Place& item_at) {
      if (!item.IsString()) return;
      std::string_view link(item.GetString(), item.GetStringLength());
      if (is_placeholder(link)) return;
      std::string_view target = link.substr(0, link.find(':'));
      if (target.empty())
        cx.report(item_at, fmt::format("link \"{}\" names no container; write \"name\" or "
                                       "\"name:alias\"",
                                       link));
      else if (self && target == *self)
        cx.report(item_at, fmt::format("container '{}' links to itself; a link must name "
                                       "another container of the task",
                                       target));
      else if (names_known && names.count(target) == 0)
        cx.report(item_at, fmt::format("link names container '{}', which is not in this task "
                                       "definition",
                                       target));
    });
  });
}

constexpr Rule kRule = {
    "links-unknown-container", kTaskDefinition, Level::error,
    "A container links to a container that is not in the task definition, or to itself",
    R"md(
## Why
Each `links` entry has the form `name` or `name:alias`, where `name` is another container of the
same task definition; the linked container becomes reachable under `alias` (or its name). ECS
can only link containers it starts together, so a link to a container that the task definition
does not have, or a container linking to itself, cannot work and the task definition is refused.
Container names are compared exactly (they are case-sensitive).

When a container's name is a template placeholder, links to unknown names are not reported,
since the placeholder may render to that name.

## Bad
```json
{
  "family": "wordpress",
  "containerDefinitions": [
    {"name": "wordpress", "image": "wordpress:6", "memory": 512, "links": ["db:mysql"]},
    {"name": "mysql", "image": "mysql:8", "memory": 512}
  ]
}
```

## Good
```json
{
  "family": "wordpress",
  "containerDefinitions": [
    {"name": "wordpress", "image": "wordpress:6", "memory": 512, "links": ["mysql:db"]},
    {"name": "mysql", "image": "mysql:8", "memory": 512}
  ]
}
```

## References
- Amazon ECS API Reference: ContainerDefinition.links (`name:internalName`)
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
