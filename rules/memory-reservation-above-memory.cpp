#include "rules/ecs_container.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    auto memory = int_member(container, "memory");
    auto reservation = int_member(container, "memoryReservation");
    if (memory && reservation && *reservation > *memory)
      cx.report(at / "memoryReservation",
                fmt::format("memoryReservation {} MiB is above memory {} MiB; the soft limit may "
                            "equal the hard limit but not exceed it",
                            *reservation, *memory));
  });
}

constexpr Rule kRule = {
    "memory-reservation-above-memory", kTaskDefinition, Level::error,
    "A container's memoryReservation (soft limit) is above its memory (hard limit)",
    R"md(
## Why
`memory` is the hard limit: a container that exceeds it is killed. `memoryReservation` is the
soft limit that ECS reserves on the instance and Docker tries to hold the container to under
contention. A soft limit above the hard limit makes no sense, and ECS rejects it. The API
Reference says `memory` "must be greater than" `memoryReservation`, but equal values are
accepted (the documentation was corrected to "greater than or equal to", awsdocs PR #242), so
ecslint reports only a reservation strictly above the limit.

## Bad
```json
{"name": "web", "image": "nginx:1.27", "memory": 512, "memoryReservation": 1024}
```

## Good
```json
{"name": "web", "image": "nginx:1.27", "memory": 1024, "memoryReservation": 512}
```

## References
- Amazon ECS API Reference: ContainerDefinition.memoryReservation
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
- awsdocs/amazon-ecs-developer-guide#242 ("greater than or equal to")
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
