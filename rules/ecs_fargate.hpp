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

/// Calls f(namespace, pointer_to_namespace) for each known `systemControls[].namespace` of each
/// container.
template <class F>
void for_each_system_control(const Json& task, F&& f) {
  for_each_container(task, [&](const Json& container, const Pointer& at) {
    for_each_item(array_member(container, "systemControls"), at / "systemControls",
                  [&](const Json& control, const Pointer& control_at) {
                    if (auto name = known_string(control, "namespace"))
                      f(*name, control_at / "namespace");
                  });
  });
}

/// True when a sysctl namespace belongs to the IPC namespace: kernel.msgmax, kernel.msgmnb,
/// kernel.msgmni, kernel.sem, kernel.shmall, kernel.shmmax, kernel.shmmni,
/// kernel.shm_rmid_forced and fs.mqueue.*.
bool is_ipc_sysctl(std::string_view name);

/// True when a sysctl namespace belongs to the network namespace (net.*).
bool is_network_sysctl(std::string_view name);

}  // namespace ecslint
