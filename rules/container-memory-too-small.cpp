#include "rules/ecs_container.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    for (const char* key : {"memory", "memoryReservation"}) {
      auto value = int_member(container, key);
      // 0 and below are container-memory-not-positive's error.
      if (value && *value > 0 && *value < 6)
        cx.report(at / key, fmt::format("{} {} MiB is below 6 MiB, the least Docker 20.10 and "
                                        "later reserve for a container",
                                        key, *value));
    }
  });
}

constexpr Rule kRule = {
    "container-memory-too-small", kTaskDefinition, Level::warning,
    "A container's memory or memoryReservation is below the 6 MiB Docker reserves at least",
    R"md(
## Why
The Docker 20.10.0 or later daemon reserves at least 6 MiB of memory for a container (Docker
19.03.13-ce and earlier: 4 MiB), and AWS advises not to set less. A smaller hard limit is not
applied as written, and a container that small is almost surely a typo (`"memory": 5` meant as
5 GiB?). This is a warning: ECS accepts the value, but the container will not get what it says.
Zero and negative values are reported by `container-memory-not-positive`.

## Bad
```json
{"name": "sidecar", "image": "busybox:1.36", "memory": 4}
```

## Good
```json
{"name": "sidecar", "image": "busybox:1.36", "memory": 16}
```

## References
- Amazon ECS API Reference: ContainerDefinition.memory and ContainerDefinition.memoryReservation
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
