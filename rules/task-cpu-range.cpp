#include <string>

#include "rules/ecs_task.hpp"

namespace ecslint {
namespace {

constexpr int64_t kMinUnits = 128;
constexpr int64_t kMaxUnits = 196608;

void check(Context& cx) {
  if (!ec2_or_external_only(cx.root)) return;  // fargate-cpu-memory covers Fargate
  auto text = known_string(cx.root, "cpu");
  if (!text) return;
  auto units = parse_task_cpu(*text);  // task-cpu-format reports what does not parse
  if (!units || (*units >= kMinUnits && *units <= kMaxUnits)) return;
  bool bare = text->find_first_not_of("0123456789") == std::string_view::npos;
  std::string shown = bare ? std::string(*text) : fmt::format("\"{}\" ({} units)", *text, *units);
  cx.report(Pointer() / "cpu",
            fmt::format("cpu {} is out of range; ECS allows {}–{} CPU units (0.125–192 vCPUs) "
                        "for a task on EC2 or ECS Anywhere",
                        shown, kMinUnits, kMaxUnits));
}

constexpr Rule kRule = {
    "task-cpu-range", kTaskDefinition, Level::warning,
    "The task-level cpu of an EC2 or ECS Anywhere task is outside 128–196608 CPU units",
    R"md(
## Why
On EC2 and ECS Anywhere (`EXTERNAL`) the task-level `cpu` is optional. When it is set, the API
Reference allows 128 CPU units (0.125 vCPUs) to 196608 CPU units (192 vCPUs); a task larger than
any instance in the cluster can never be placed. The rule applies when `requiresCompatibilities`
is absent or lists `EC2` or `EXTERNAL`, and not when it lists `FARGATE` (`fargate-cpu-memory`
checks Fargate sizes).

This is a warning, not an error, because the bounds have moved: the 2023 developer guide said
128–10240 units, the current API Reference says 128–196608, and the current "invalid CPU or
memory" troubleshooting page says 0.25–192 vCPUs. ecslint uses the API Reference.

## Bad
```json
{
  "family": "batch",
  "requiresCompatibilities": ["EC2"],
  "cpu": "64",
  "memory": "512",
  "containerDefinitions": [{"name": "job", "image": "example/batch:1.0"}]
}
```

## Good
```json
{
  "family": "batch",
  "requiresCompatibilities": ["EC2"],
  "cpu": "128",
  "memory": "512",
  "containerDefinitions": [{"name": "job", "image": "example/batch:1.0"}]
}
```

## References
- Amazon ECS API Reference: RegisterTaskDefinition.cpu ("If you're using the EC2 launch type or
  the external launch type, this field is optional. Supported values are between 128 CPU units
  (0.125 vCPUs) and 196608 CPU units (192 vCPUs).")
- Troubleshoot Amazon ECS task definition invalid CPU or memory errors:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
