#include "rules/ecs_task.hpp"

namespace ecslint {
namespace {

void check(Context& cx) { check_task_size_format(cx, "memory", "gb", "MiB (\"2048\") or GB (\"2 GB\")"); }

constexpr Rule kRule = {
    "task-memory-format", kTaskDefinition, Level::error,
    "The task-level memory is neither a number of MiB nor a number of GB",
    R"md(
## Why
The task-level `memory` is a string that ECS converts to MiB when it registers the task
definition. Two forms are documented: an integer number of MiB (`"2048"`) or a number of GB
(`"2GB"` or `"2 GB"`; 1 GB = 1024 MiB). Anything else ("2 GiB", "2048MB", "2G", "2,048") is
refused. Fractions with the unit ("0.5 GB") are accepted here: cfn-lint accepts them, but the
API documentation shows no example, so ecslint raises no alarm it cannot back. Which sizes are
allowed is another rule's business (`fargate-cpu-memory` on Fargate). A number instead of a
string is reported by the schema check; a value holding a placeholder is not checked.

## Bad
```json
{
  "family": "web",
  "cpu": "1024",
  "memory": "2 GiB",
  "containerDefinitions": [{"name": "web", "image": "nginx:1.27"}]
}
```

## Good
```json
{
  "family": "web",
  "cpu": "1024",
  "memory": "2 GB",
  "containerDefinitions": [{"name": "web", "image": "nginx:1.27"}]
}
```

## References
- Amazon ECS API Reference: RegisterTaskDefinition.memory ("It can be expressed as an integer
  using MiB (for example, 1024) or as a string using GB (for example, 1GB or 1 GB)")
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
