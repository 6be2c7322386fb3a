#pragma once
/// Helpers shared by the Fargate, execution-role, proxy and network-hardening rules. As tolerant
/// as rules/rule.hpp: wrong types and placeholders give "unknown", never an exception.

#include <cstdint>
#include <optional>
#include <string_view>

#include "rules/ecs.hpp"

namespace ecslint {

/// True unless the task definition surely has no execution role: `executionRoleArn` absent,
/// null or "". A placeholder counts as a role (it names one once rendered), and so does a
/// wrong type (the schema check reports that, and the role rules stay silent).
bool has_execution_role(const Json& task);


/// Pointer to a container's `logConfiguration.logDriver`.
Pointer log_driver_at(const Place& container);

/// Calls f(container, container_pointer) for each container whose log driver is `driver`.
template <class F>
void for_each_container_logging_to(const Json& task, std::string_view driver, F&& f) {
  for_each_container(task, [&](const Json& container, const Place& at) {
    auto name = log_driver(container);
    if (name && *name == driver) f(container, at);
  });
}

/// The JSON type a setting must have to be looked at.
enum class Shape { array, object };

/// True when `value` is a non-empty array or object of this shape: a setting that takes effect.
/// Console exports carry `[]` and `{}` for settings nobody made; other types are the schema's.
bool is_set(const Json* value, Shape shape);

/// Calls f(pointer_to_member) for each container whose member `key` is set (see is_set).
template <class F>
void for_each_container_setting(const Json& task, std::string_view key, Shape shape, F&& f) {
  for_each_container(task, [&](const Json& container, const Place& at) {
    if (is_set(member(container, key), shape)) f(at / key);
  });
}

/// One row of the Fargate task size table: a CPU size and the memory sizes (MiB) allowed with
/// it, either listed or as min..max in steps.
struct FargateSize {
  int64_t cpu;
  const char* label;  ///< ".25 vCPU"
  int64_t listed[4];  ///< the allowed sizes when the row is a short list; zeros otherwise
  int64_t min;
  int64_t max;
  int64_t step;
  bool windows;       ///< also a Windows size
};

/// The Fargate task sizes (Linux; rows with `windows` also for Windows containers).
constexpr FargateSize kFargateSizes[] = {
    {256, ".25 vCPU", {512, 1024, 2048, 0}, 0, 0, 0, false},
    {512, ".5 vCPU", {1024, 2048, 3072, 4096}, 0, 0, 0, false},
    {1024, "1 vCPU", {}, 2048, 8192, 1024, true},
    {2048, "2 vCPU", {}, 4096, 16384, 1024, true},
    {4096, "4 vCPU", {}, 8192, 30720, 1024, true},
    {8192, "8 vCPU", {}, 16384, 61440, 4096, false},
    {16384, "16 vCPU", {}, 32768, 122880, 8192, false},
};

/// The row for `cpu` CPU units (only Windows rows when `windows`), or nullptr.
const FargateSize* find_fargate_size(int64_t cpu, bool windows);
/// True when the row allows `memory` MiB.
bool fargate_allows(const FargateSize& size, int64_t memory);

/// Reports each parameter of the task definition `cx.root` that Fargate does not support, as if
/// it listed FARGATE: fargate-unsupported-parameter calls it when it does, and the cross-file
/// launch-type check when a Fargate service runs a task definition that does not.
void report_fargate_unsupported(Context& cx);

}  // namespace ecslint
