#pragma once
/// ECS knowledge shared by several rules: when Fargate applies, the task's operating system,
/// task-size parsing and container iteration. Everything here is as tolerant as rules/rule.hpp:
/// wrong types and placeholders give "unknown", never an exception.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "rules/rule.hpp"

namespace ecslint {

/// True when the task level is unknown: the document is a bare container-definition array
/// (kContainerDefinitions), whose family, launch types, network mode, task size, roles and
/// volumes live elsewhere. Rules that would read an absent task-level member as its default
/// (EC2, bridge, no volumes, no roles, no task memory) stay silent then.
inline bool task_level_unknown(const Context& cx) { return cx.kind == kContainerDefinitions; }

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

/// True when `requiresCompatibilities` lists this launch type ("EC2", "FARGATE", "EXTERNAL",
/// "MANAGED_INSTANCES").
bool requires_compatibility(const Json& task, std::string_view launch_type);

/// True when the task definition may run on EC2: `requiresCompatibilities` is absent or empty
/// (ECS then validates for EC2 only) or lists "EC2".
bool ec2_applies(const Json& task);

/// The network mode as ECS applies it: the `networkMode` string when it is a known string,
/// "bridge" when absent on Linux, "default" when absent on Windows (NAT), and "" when unknown
/// (a placeholder or a wrong type): rules must stay silent on "".
std::string_view network_mode(const Json& task);

/// True when a member's value would take effect: `true`, a non-empty array or object, a
/// non-empty string without placeholders, any number. `false`, `[]`, `{}`, `""` and `null` are
/// what console exports and describe output hold for unset parameters, and ECS accepts them.
bool takes_effect(const Json& value);
/// `takes_effect` for a possibly missing member (nullptr: false).
bool takes_effect(const Json* value);

/// True when a container's `essential` is not explicitly false (omitted means essential).
bool is_essential(const Json& container);

/// The container whose `name` is `name`, with its pointer; nullptr when there is none.
const Json* find_container(const Json& task, std::string_view name, Pointer* at = nullptr);

/// How messages name a container: "container 'web'" (ECS's own wording), or
/// "containerDefinitions[2]" when it has no usable name.
std::string container_label(const Json& container, const Place& at);

/// A container's `logConfiguration.logDriver` when it is a known string.
std::optional<std::string_view> log_driver(const Json& container);

/// Calls f(container, pointer) for each object in `containerDefinitions`.
template <class F>
void for_each_container(const Json& task, F&& f) {
  const Place document;
  for_each_item(array_member(task, "containerDefinitions"), document / "containerDefinitions",
                [&](const Json& item, const Place& at) {
                  if (item.IsObject()) f(item, at);
                });
}

/// Calls f(namespace, pointer_to_namespace) for each known `systemControls[].namespace` of each
/// container.
template <class F>
void for_each_system_control(const Json& task, F&& f) {
  for_each_container(task, [&](const Json& container, const Place& at) {
    for_each_item(array_member(container, "systemControls"), at / "systemControls",
                  [&](const Json& control, const Place& control_at) {
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
