#include <string>

#include "rules/ecs_fargate.hpp"

namespace ecslint {
namespace {

// "a, b or c" from a list of numbers.
template <class Numbers>
std::string join_or(const Numbers& numbers) {
  std::string out;
  size_t count = 0;
  for (int64_t n : numbers) count += n != 0 ? 1 : 0;
  size_t i = 0;
  for (int64_t n : numbers) {
    if (n == 0) continue;
    if (i > 0) out += i + 1 == count ? " or " : ", ";
    out += std::to_string(n);
    ++i;
  }
  return out;
}

std::string allowed_memory(const FargateSize& size) {
  if (size.listed[0] != 0) return join_or(size.listed);
  return fmt::format("{}–{} in {} steps", size.min, size.max, size.step);
}

std::string allowed_cpu(bool windows) {
  std::vector<int64_t> cpus;
  for (const FargateSize& size : kFargateSizes)
    if (size.windows || !windows) cpus.push_back(size.cpu);
  return join_or(cpus);
}

// A size as the user wrote it: bare numbers as they are, anything else quoted.
std::string shown(std::string_view text) {
  bool digits = !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
  return digits ? std::string(text) : fmt::format("\"{}\"", text);
}

void check(Context& cx) {
  if (!fargate_applies(cx.root)) return;
  const bool windows = is_windows(cx.root);
  const Pointer compat = Pointer() / "requiresCompatibilities";
  for (const char* key : {"cpu", "memory"})
    if (!member(cx.root, key))
      cx.report(compat, fmt::format("Fargate requires a task-level `{}`; it is missing", key));
  auto cpu_text = known_string(cx.root, "cpu");
  if (!cpu_text) return;
  // Text that is no size at all is task-cpu-format's and task-memory-format's finding.
  auto cpu = parse_task_cpu(*cpu_text);
  if (!cpu) return;
  const FargateSize* size = find_fargate_size(*cpu, windows);
  if (!size) {
    cx.report(Pointer() / "cpu",
              fmt::format("cpu {} is not a Fargate size{}; use {} CPU units", shown(*cpu_text),
                          windows ? " for Windows" : "", allowed_cpu(windows)));
    return;
  }
  auto memory_text = known_string(cx.root, "memory");
  if (!memory_text) return;
  auto memory = parse_task_memory(*memory_text);
  if (!memory || fargate_allows(*size, *memory)) return;
  cx.report(Pointer() / "memory",
            fmt::format("memory {} MiB is not valid with {} on Fargate; use {}", *memory,
                        size->label, allowed_memory(*size)));
}

constexpr Rule kRule = {
    "fargate-cpu-memory", kTaskDefinition, Level::error,
    "A Fargate task needs task-level cpu and memory that form a supported pair",
    R"md(
## Why
Fargate runs each task on a slice of one of a fixed set of sizes. When `requiresCompatibilities`
lists `FARGATE` (even beside `EC2`), ECS requires task-level `cpu` and `memory` and accepts only
these pairs; anything else fails registration with "Invalid 'cpu' setting for task." (Terraform
shows "No Fargate configuration exists for given values."):

| cpu (CPU units) | memory (MiB) |
|---|---|
| 256 (.25 vCPU) | 512, 1024, 2048 |
| 512 (.5 vCPU) | 1024, 2048, 3072, 4096 |
| 1024 (1 vCPU) | 2048–8192 in 1024 steps |
| 2048 (2 vCPU) | 4096–16384 in 1024 steps |
| 4096 (4 vCPU) | 8192–30720 in 1024 steps |
| 8192 (8 vCPU) | 16384–61440 in 4096 steps (Linux platform version 1.4.0 or later) |
| 16384 (16 vCPU) | 32768–122880 in 8192 steps (Linux platform version 1.4.0 or later) |

Windows containers on Fargate take only the 1, 2 and 4 vCPU rows. `cpu` may be written in CPU
units ("1024") or vCPUs ("1 vCPU", "1vcpu"), `memory` in MiB ("2048") or GB ("2 GB", "2GB");
ECS converts both to integers when it registers the task definition. Fractional forms
(".25 vCPU", "0.5 GB") are read as 256 and 512: AWS documents the units but not fractions, so
ecslint does not raise an alarm it cannot back. Values that are not strings (the schema check
reports those) or that hold a template placeholder are not checked.

## Bad
```json
{
  "family": "batch",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "8192",
  "memory": "18432",
  "containerDefinitions": [{"name": "app", "image": "example/batch:1.0"}]
}
```
(8 vCPU takes 16384–61440 MiB in 4096 steps: 18432 is not one of them)

## Good
```json
{
  "family": "batch",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "8 vCPU",
  "memory": "20 GB",
  "containerDefinitions": [{"name": "app", "image": "example/batch:1.0"}]
}
```

## References
- Amazon ECS API Reference, RegisterTaskDefinition: `cpu` and `memory` (the table above)
- Troubleshoot Amazon ECS task definition invalid CPU or memory errors:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html
- Amazon ECS task definition differences for Fargate (Windows: cpu not below 1 vCPU):
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
