#include "rules/ecs_misc.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    for_each_repeated(array_member(container, "ulimits"), at / "ulimits", "name",
                      [&](std::string_view name, const Place& name_at, size_t first) {
                        cx.report(name_at, fmt::format("ulimit {} is already set by ulimits[{}]; "
                                                       "each ulimit name may appear once per "
                                                       "container",
                                                       name, first));
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
