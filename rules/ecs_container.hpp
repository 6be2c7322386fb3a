#pragma once
/// Container-level knowledge shared by the container rules: names for messages, task sizes,
/// range checks and the dependsOn graph. As tolerant as rules/rule.hpp: wrong types and
/// placeholders give "unknown", never an exception.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "rules/ecs.hpp"

namespace ecslint {

/// A container named in a list (sums): `"web"` when it has a known name, else
/// `containerDefinitions[2]` (taken from its pointer).
std::string short_container_name(const Json& container, const Place& at);

/// True when every container's `name` is a string without placeholders, so that a name that
/// matches none of them is really unknown.
bool all_container_names_known(const Json& task);

/// The container's `image` when it is a known string. Besides the placeholders of
/// is_placeholder, a `{name}` in braces counts as one (documentation templates write
/// "{your-account-id}.dkr.ecr..."): braces are never valid in an image, so nothing is lost.
std::optional<std::string_view> known_image(const Json& container);

/// Task-level `memory` in MiB / `cpu` in CPU units when known ("2 GB", "1 vCPU" accepted);
/// nullopt when absent, a placeholder or not a size.
std::optional<int64_t> task_memory(const Json& task);
std::optional<int64_t> task_cpu(const Json& task);

/// Reports `object.key` when it is an integer outside min..max:
/// "<key> <value> is out of range; ECS allows <min>–<max><unit>".
void check_int_range(Context& cx, const Json& object, const Place& at, std::string_view key,
                     int64_t min, int64_t max, std::string_view unit);

/// What the containers of a task reserve of one resource, for the sum rules' messages.
struct Reservations {
  int64_t total = 0;
  std::string parts;  ///< `"web" 768, "log" 256`
};

/// Sums amount(container) (an optional integer) over the containers for which it is positive.
template <class F>
Reservations sum_reservations(const Json& task, F&& amount) {
  Reservations sum;
  for_each_container(task, [&](const Json& container, const Place& at) {
    std::optional<int64_t> value = amount(container);
    if (!value || *value <= 0) return;
    sum.total += *value;
    sum.parts += fmt::format("{}{} {}", sum.parts.empty() ? "" : ", ",
                             short_container_name(container, at), *value);
  });
  return sum;
}

/// One `dependsOn` entry whose `containerName` is a known string.
struct Dependency {
  const Json& container;    ///< the container that waits
  const Place& container_at;
  const Json& entry;        ///< the dependsOn item
  const Place& at;        ///< its pointer
  std::string_view target;  ///< the containerName it waits for
};

/// Calls f(dependency) for each dependsOn entry (of each container) that names a container
/// with a known string.
template <class F>
void for_each_dependency(const Json& task, F&& f) {
  for_each_container(task, [&](const Json& container, const Place& container_at) {
    for_each_item(array_member(container, "dependsOn"), container_at / "dependsOn",
                  [&](const Json& entry, const Place& at) {
                    auto target = known_string(entry, "containerName");
                    if (target) f(Dependency{container, container_at, entry, at, *target});
                  });
  });
}

/// The container a dependency waits for; nullptr when the name is empty, the waiting container
/// itself or no container of the task (depends-on-unknown-container reports those).
const Json* dependency_target(const Json& task, const Dependency& dep);

}  // namespace ecslint
