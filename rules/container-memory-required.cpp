#include "rules/ecs_container.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (task_level_unknown(cx)) return;  // a container array: the task memory is unknown
  // Fargate requires task-level memory (fargate-cpu-memory); only EC2 lets it be left out.
  if (member(cx.root, "memory") || !ec2_applies(cx.root)) return;
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    if (member(container, "memory") || member(container, "memoryReservation")) return;
    cx.report(at, fmt::format("{} sets neither `memory` nor `memoryReservation`, and "
                              "the task has no task-level `memory`; ECS requires one of them",
                              container_label(container, at)));
  });
}

constexpr Rule kRule = {
    "container-memory-required", kTaskDefinition, Level::error,
    "Without task-level memory, a container must set memory or memoryReservation",
    R"md(
## Why
ECS has to know how much memory to reserve for a task on a container instance. On EC2 the
task-level `memory` is optional, but then every container must set a hard limit (`memory`), a
soft limit (`memoryReservation`) or both; otherwise ECS rejects the task definition with
"Invalid setting for container 'X'. At least one of 'memory' or 'memoryReservation' must be
specified." Fargate always requires task-level `memory` (see `fargate-cpu-memory`), so this rule
applies when the task definition may run on EC2: `requiresCompatibilities` absent, empty or
listing `EC2`. A task-level `memory` holding a template placeholder counts as set.

## Bad
```json
{
  "family": "gateway",
  "containerDefinitions": [{"name": "envoy", "image": "envoyproxy/envoy:v1.31.0"}]
}
```

## Good
```json
{
  "family": "gateway",
  "containerDefinitions": [
    {"name": "envoy", "image": "envoyproxy/envoy:v1.31.0", "memoryReservation": 256}
  ]
}
```

## References
- Amazon ECS API Reference: ContainerDefinition.memory and ContainerDefinition.memoryReservation
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
- sil-org/ecs-deploy#59: "Invalid setting for container 'X'. At least one of 'memory' or
  'memoryReservation' must be specified."
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
