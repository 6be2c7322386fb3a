#include "rules/ecs_container.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  auto task = task_memory(cx.root);
  if (!task) return;
  // One container alone above the task is container-memory-above-task's error.
  bool single_over = false;
  for_each_container(cx.root, [&](const Json& container, const Place&) {
    auto memory = int_member(container, "memory");
    if (memory && *memory > *task) single_over = true;
  });
  if (single_over) return;
  // ECS reserves the soft limit when there is one, else the hard limit.
  Reservations sum = sum_reservations(cx.root, [](const Json& container) {
    auto reserved = int_member(container, "memoryReservation");
    return reserved ? reserved : int_member(container, "memory");
  });
  if (sum.total > *task)
    cx.report(Pointer() / "memory",
              fmt::format("the containers reserve {} MiB in total ({}), more than the task memory "
                          "of {} MiB",
                          sum.total, sum.parts, *task));
}

constexpr Rule kRule = {
    "container-memory-sum", kTaskDefinition, Level::warning,
    "The containers together reserve more memory than the task-level memory",
    R"md(
## Why
Each container reserves its `memoryReservation` (soft limit), or its `memory` (hard limit) when
it has no soft limit, out of the task-level `memory`. The API Reference says the total reserved
for all containers "must be lower than the task memory value": if it is higher, the containers
cannot all get what they reserve. ecslint has no AWS error text on record showing that
RegisterTaskDefinition rejects such a sum, so this is a warning, not an error. A single
container whose hard limit alone exceeds the task memory is reported by
`container-memory-above-task` instead.

## Bad
```json
{
  "family": "web",
  "memory": "1024",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memoryReservation": 768},
    {"name": "log-router", "image": "amazon/aws-for-fluent-bit:2.32.2", "memoryReservation": 512}
  ]
}
```

## Good
```json
{
  "family": "web",
  "memory": "1024",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memoryReservation": 768},
    {"name": "log-router", "image": "amazon/aws-for-fluent-bit:2.32.2", "memoryReservation": 128}
  ]
}
```

## References
- Amazon ECS API Reference: ContainerDefinition.memory ("The total amount of memory reserved
  for all containers within a task must be lower than the task memory value, if one is
  specified.") and ContainerDefinition.memoryReservation
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
