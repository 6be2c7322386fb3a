#include "rules/ecs_misc.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    const Json* memory = member(container, "memory");
    if (memory && !memory->IsNull()) return;
    cx.report(at, fmt::format("{} has no `memory` hard limit, so it can take memory the other "
                              "containers and tasks need; set `memory` (MiB)",
                              quoted_container_name(container)));
  });
}

constexpr Rule kRule = {
    "memory-hard-limit-missing", kTaskDefinition | kOptIn, Level::note,
    "A container has no memory hard limit (container-level memory)",
    R"md(
## Why
A container's `memory` is a hard limit: the container is killed if it tries to use more.
Without it (only `memoryReservation`, or only a task-level `memory`), a leaking or attacked
container can take all the memory of its task, starving the other containers, or on EC2 of the
instance, starving other tasks and the ECS agent. Setting a hard limit bounds the damage to the
one container.

`memoryReservation` alone is a soft limit and does not count; a `memory` holding a template
placeholder does.

This rule is **opt-in**: it fires on most real task definitions, so it is off until you turn it on with `--enable memory-hard-limit-missing` (or `--enable all`), or give it a level in `.ecslint.yaml` (`rules: {memory-hard-limit-missing: note}`).

## Bad
```json
{"name": "app", "image": "nginx:1.27", "memoryReservation": 256}
```

## Good
```json
{"name": "app", "image": "nginx:1.27", "memoryReservation": 256, "memory": 512}
```

## References
- Amazon ECS API Reference: ContainerDefinition.memory,
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
- Peers: AWS Config rule `ecs-task-definition-memory-hard-limit`; AWS Control Tower proactive
  control CT.ECS.PR.7
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
