#pragma once
/// Helpers shared by the port-mapping and container-networking rules (the `ports` area):
/// walking port mappings, naming containers in messages, and telling whether an optional
/// container member is really in use. As tolerant as rules/rule.hpp.

#include <optional>
#include <string>
#include <utility>

#include "rules/ecs.hpp"

namespace ecslint {

/// Calls f(container, container_pointer, mapping, mapping_pointer) for each object in each
/// container's `portMappings`.
template <class F>
void for_each_port_mapping(const Json& task, F&& f) {
  for_each_container(task, [&](const Json& container, const Place& at) {
    for_each_item(array_member(container, "portMappings"), at / "portMappings",
                  [&](const Json& mapping, const Place& mapping_at) {
                    if (mapping.IsObject()) f(container, at, mapping, mapping_at);
                  });
  });
}

/// The index an item pointer ends in: 2 for "/containerDefinitions/0/portMappings/2".
size_t pointer_index(const Place& at);


/// Calls f(container, member_pointer) for each container whose member `key` takes effect (`takes_effect`).
template <class F>
void for_each_container_using(const Json& task, std::string_view key, F&& f) {
  for_each_container(task, [&](const Json& container, const Place& at) {
    if (takes_effect(member(container, key))) f(container, at / key);
  });
}

/// The transport protocol of a port mapping: its known `protocol` string, "tcp" when omitted
/// (the ECS default), nullopt when unknown (a placeholder or a wrong type).
std::optional<std::string_view> port_protocol(const Json& mapping);

/// A `containerPortRange` "first-last" as two ports; nullopt unless it is two decimal numbers
/// joined by one hyphen (values are not range-checked here).
std::optional<std::pair<int64_t, int64_t>> parse_port_range(std::string_view text);

}  // namespace ecslint
