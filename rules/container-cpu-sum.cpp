#include "rules/ecs_container.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  auto task = task_cpu(cx.root);
  if (!task) return;
  Reservations sum =
      sum_reservations(cx.root, [](const Json& container) { return int_member(container, "cpu"); });
  if (sum.total > *task)
    cx.report(Pointer() / "cpu",
              fmt::format("the containers reserve {} CPU units in total ({}), more than the task "
                          "cpu of {} units",
                          sum.total, sum.parts, *task));
}

constexpr Rule kRule = {
    "container-cpu-sum", kTaskDefinition, Level::warning,
    "The containers together reserve more CPU units than the task-level cpu",
    R"md(
## Why
A container's `cpu` is the number of CPU units (1024 = one vCPU) reserved for it out of the
task-level `cpu`. The API Reference says the total for all containers "must be lower than the
task-level cpu value"; a larger sum cannot be reserved and usually means a size was copied from
a bigger task or written in the wrong unit. Task `cpu` may be written in units (`"1024"`) or
vCPUs (`"1 vCPU"`). ecslint has no AWS error text on record showing that RegisterTaskDefinition
rejects such a sum, so this is a warning, not an error. Placeholders are not checked.

## Bad
```json
{
  "family": "web",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "512",
  "memory": "1024",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "cpu": 512},
    {"name": "log-router", "image": "amazon/aws-for-fluent-bit:2.32.2", "cpu": 256}
  ]
}
```

## Good
```json
{
  "family": "web",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "1024",
  "memory": "2048",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "cpu": 512},
    {"name": "log-router", "image": "amazon/aws-for-fluent-bit:2.32.2", "cpu": 256}
  ]
}
```

## References
- Amazon ECS API Reference: ContainerDefinition.cpu
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
