#pragma once
/// ECS knowledge shared by several rules: when Fargate applies, the task's operating system,
/// task-size parsing and container iteration. Everything here is as tolerant as rules/rule.hpp:
/// wrong types and placeholders give "unknown", never an exception.

#include <cstdint>
#include <optional>
#include <string_view>

#include "rules/rule.hpp"

namespace ecslint {

/// True when `requiresCompatibilities` lists "FARGATE" (even beside "EC2": ECS validates the
/// task definition against every listed compatibility).
bool fargate_applies(const Json& task);

/// True when `runtimePlatform.operatingSystemFamily` names a Windows Server family.
bool is_windows(const Json& task);

/// Task-level `cpu` in CPU units: "1024", "1 vCPU", "1vcpu", ".25 vCPU" (case-insensitive,
/// vCPU counts × 1024). nullopt when the text is no such value or not a whole number of units.
std::optional<int64_t> parse_task_cpu(std::string_view text);

/// Task-level `memory` in MiB: "2048", "2 GB", "2GB", "0.5 GB" (case-insensitive, GB × 1024).
/// nullopt when the text is no such value or not a whole number of MiB.
std::optional<int64_t> parse_task_memory(std::string_view text);

/// Calls f(container, pointer) for each object in `containerDefinitions`.
template <class F>
void for_each_container(const Json& task, F&& f) {
  for_each_item(array_member(task, "containerDefinitions"), Pointer() / "containerDefinitions",
                [&](const Json& item, const Pointer& at) {
                  if (item.IsObject()) f(item, at);
                });
}

}  // namespace ecslint
