#pragma once
/// Helpers shared by the Fargate, execution-role, proxy and network-hardening rules. As tolerant
/// as rules/rule.hpp: wrong types and placeholders give "unknown", never an exception.

#include <optional>
#include <string_view>

#include "rules/ecs.hpp"

namespace ecslint {

/// True unless the task definition surely has no execution role: `executionRoleArn` absent,
/// null or "". A placeholder counts as a role (it names one once rendered), and so does a
/// wrong type (the schema check reports that, and the role rules stay silent).
bool has_execution_role(const Json& task);


/// Pointer to a container's `logConfiguration.logDriver`.
Pointer log_driver_at(const Pointer& container);

/// Calls f(container, container_pointer) for each container whose log driver is `driver`.
template <class F>
void for_each_container_logging_to(const Json& task, std::string_view driver, F&& f) {
  for_each_container(task, [&](const Json& container, const Pointer& at) {
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
  for_each_container(task, [&](const Json& container, const Pointer& at) {
    if (is_set(member(container, key), shape)) f(at / key);
  });
}


}  // namespace ecslint
