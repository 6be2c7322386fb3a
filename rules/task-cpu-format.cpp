#include "rules/ecs_task.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  check_task_size_format(cx, "cpu", "vcpu", "CPU units (\"1024\") or vCPUs (\"1 vCPU\")");
}

constexpr Rule kRule = {
    "task-cpu-format", kTaskDefinition, Level::error,
    "The task-level cpu is neither a number of CPU units nor a number of vCPUs",
    R"md(
## Why
The task-level `cpu` is a string that ECS converts to CPU units when it registers the task
definition. Two forms are documented: an integer number of CPU units (`"1024"`) or a number of
vCPUs (`"1 vCPU"` or `"1 vcpu"`; 1 vCPU = 1024 units). Anything else ("1 core", "1024m", "2 CPU",
"1,024") is refused. Fractions with the unit (".25 vCPU") are accepted here: cfn-lint accepts them
and AWS converts vCPUs to units, but the API documentation shows no example, so ecslint raises
no alarm it cannot back. Which sizes are allowed is another rule's business
(`fargate-cpu-memory` on Fargate, `task-cpu-range` elsewhere). A number instead of a string is
reported by the schema check; a value holding a placeholder is not checked.

## Bad
```json
{
  "family": "web",
  "cpu": "1 core",
  "memory": "2048",
  "containerDefinitions": [{"name": "web", "image": "nginx:1.27"}]
}
```

## Good
```json
{
  "family": "web",
  "cpu": "1 vCPU",
  "memory": "2048",
  "containerDefinitions": [{"name": "web", "image": "nginx:1.27"}]
}
```

## References
- Amazon ECS API Reference: RegisterTaskDefinition.cpu ("It can be expressed as an integer using
  CPU units (for example, 1024) or as a string using vCPUs (for example, 1 vCPU or 1 vcpu)")
- cfn-lint E3047
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
