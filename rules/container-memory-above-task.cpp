#include "rules/ecs_container.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  auto task = task_memory(cx.root);
  if (!task) return;
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    auto memory = int_member(container, "memory");
    if (memory && *memory > *task)
      cx.report(at / "memory",
                fmt::format("memory {} MiB of {} is above the task memory of {} MiB; "
                            "a container cannot have more memory than its task",
                            *memory, container_label(container, at), *task));
  });
}

constexpr Rule kRule = {
    "container-memory-above-task", kTaskDefinition, Level::error,
    "A container's memory hard limit is above the task-level memory",
    R"md(
## Why
When a task definition sets task-level `memory`, that is all the memory the task gets, and no
container's hard limit (`memory`) may exceed it. ECS rejects such a task definition with "The
'memory' setting for container 'X' is greater than for the task." Task memory may be written in
MiB (`"2048"`) or GB (`"2 GB"`, `"2GB"`); a placeholder is not checked. A soft limit
(`memoryReservation`) above the task memory is reported by `container-memory-sum`, as a warning,
because no AWS error text for it is on record.

## Bad
```json
{
  "family": "web",
  "memory": "1 GB",
  "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 2048}]
}
```

## Good
```json
{
  "family": "web",
  "memory": "2 GB",
  "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 2048}]
}
```

## References
- Amazon ECS API Reference: ContainerDefinition.memory and RegisterTaskDefinition memory
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
- pulumi/pulumi-awsx#188: "The 'memory' setting for container 'X' is greater than for the
  task."
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
