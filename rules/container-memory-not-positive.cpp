#include "rules/ecs_container.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    for (const char* key : {"memory", "memoryReservation"}) {
      auto value = int_member(container, key);
      if (value && *value <= 0)
        cx.report(at / key, fmt::format("{} {} is not a memory size; set a positive number of "
                                        "MiB or leave `{}` out",
                                        key, *value, key));
    }
  });
}

constexpr Rule kRule = {
    "container-memory-not-positive", kTaskDefinition, Level::error,
    "A container's memory or memoryReservation is zero or negative",
    R"md(
## Why
`memory` (hard limit) and `memoryReservation` (soft limit) are amounts of MiB, and the API
Reference asks for a non-zero integer. Zero reserves nothing on the instance, and Docker reads a
zero limit as "no limit", so the value written is never what the container gets; a negative
amount means nothing at all. A 0 usually comes from the `--generate-cli-skeleton` template or a
console export: leave the member out instead (on EC2 without task-level `memory`, the container
then needs the other of the two, see `container-memory-required`).

## Bad
```json
{"name": "web", "image": "nginx:1.27", "memory": 512, "memoryReservation": 0}
```

## Good
```json
{"name": "web", "image": "nginx:1.27", "memory": 512}
```

## References
- Amazon ECS API Reference: ContainerDefinition.memory and ContainerDefinition.memoryReservation
  ("you must specify a non-zero integer for one or both of memory or memoryReservation")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
