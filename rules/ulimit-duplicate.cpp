#include <map>
#include <string>

#include "rules/ecs_misc.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Pointer& at) {
    std::map<std::string, size_t, std::less<>> first;  // name -> index of its first ulimit
    size_t index = 0;
    for_each_item(array_member(container, "ulimits"), at / "ulimits",
                  [&](const Json& ulimit, const Pointer& item_at) {
                    size_t i = index++;
                    auto name = known_string(ulimit, "name");
                    if (!name) return;
                    auto [it, inserted] = first.emplace(std::string(*name), i);
                    if (!inserted)
                      cx.report(item_at / "name",
                                fmt::format("ulimit {} is already set by ulimits[{}]; each ulimit "
                                            "name may appear once per container",
                                            *name, it->second));
                  });
  });
}

constexpr Rule kRule = {
    "ulimit-duplicate", kTaskDefinition, Level::error,
    "A container sets the same ulimit name twice",
    R"md(
## Why
Each entry of a container's `ulimits` sets one resource limit, named by `name`. ECS validates the
list (it rejects unknown names with "Unrecognized ulimit name ..."), and a name listed twice is a
mistake: the two entries contradict each other, and which one the container gets is not defined
by ECS. Keep one entry per name.

## Bad
```json
{"name": "app", "image": "nginx:1.27", "memory": 512,
 "ulimits": [{"name": "nofile", "softLimit": 1024, "hardLimit": 4096},
             {"name": "nofile", "softLimit": 65535, "hardLimit": 65535}]}
```

## Good
```json
{"name": "app", "image": "nginx:1.27", "memory": 512,
 "ulimits": [{"name": "nofile", "softLimit": 65535, "hardLimit": 65535}]}
```

## References
- Amazon ECS API Reference: ContainerDefinition.ulimits and Ulimit,
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Ulimit.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
