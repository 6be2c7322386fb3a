#pragma once
/// Volume, mount-point and Linux-parameter knowledge shared by the volume rules. As tolerant as
/// rules/rule.hpp: wrong types are skipped, placeholders make a value unknown.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "rules/ecs.hpp"

namespace ecslint {

/// Calls f(volume, pointer) for each object in the task's `volumes`.
template <class F>
void for_each_volume(const Json& task, F&& f) {
  const Place document;
  for_each_item(array_member(task, "volumes"), document / "volumes",
                [&](const Json& item, const Place& at) {
                  if (item.IsObject()) f(item, at);
                });
}

/// Calls f(volume, config, config_at) for each volume whose `type` member (for example
/// "efsVolumeConfiguration") is an object.
template <class F>
void for_each_volume_of_type(const Json& task, std::string_view type, F&& f) {
  for_each_volume(task, [&](const Json& volume, const Place& at) {
    if (const Json* config = object_member(volume, type)) f(volume, *config, at / type);
  });
}

/// Calls f(value, at, first_index) for each item of `array` whose `key` is a known string equal
/// (after `normalize`) to that of an earlier item; `at` is the item's pointer, `first_index` the
/// earlier item's index. Items without a known string are skipped but counted.
template <class Normalize, class F>
void for_each_repeated_string(const Json* array, const Place& array_at, std::string_view key,
                              Normalize&& normalize, F&& f) {
  std::map<std::string, size_t, std::less<>> first;
  size_t index = 0;
  for_each_item(array, array_at, [&](const Json& item, const Place& at) {
    size_t i = index++;
    auto value = known_string(item, key);
    if (!value) return;
    auto [seen, inserted] = first.emplace(std::string(normalize(*value)), i);
    if (!inserted) f(*value, at, seen->second);
  });
}

/// The volume-type members a volume specifies, in the API's order: `host`,
/// `dockerVolumeConfiguration`, `efsVolumeConfiguration`, `s3filesVolumeConfiguration`,
/// `fsxWindowsFileServerVolumeConfiguration`, and `configuredAtLaunch` when it is true.
/// A null member is not specified.
std::vector<const char*> volume_types(const Json& volume);

/// The volume's name for messages: `volume "data"`, or `this volume` when it has no known name.
std::string volume_label(const Json& volume);

/// The names of the task's volumes; nullopt when some name is unknown (a placeholder), so that
/// no reference can be called dangling.
std::optional<std::set<std::string, std::less<>>> volume_names(const Json& task);

/// Calls f(mount, mount_at) for each object in each container's `mountPoints`.
template <class F>
void for_each_mount_point(const Json& task, F&& f) {
  for_each_container(task, [&](const Json& container, const Place& at) {
    for_each_item(array_member(container, "mountPoints"), at / "mountPoints",
                  [&](const Json& mount, const Place& mount_at) {
                    if (mount.IsObject()) f(mount, mount_at);
                  });
  });
}

/// Calls f(params, params_at) for each container's `linuxParameters` object.
template <class F>
void for_each_linux_parameters(const Json& task, F&& f) {
  for_each_container(task, [&](const Json& container, const Place& at) {
    if (const Json* params = object_member(container, "linuxParameters"))
      f(*params, at / "linuxParameters");
  });
}

/// True when the task definition names a task role: `taskRoleArn` is present, not null and not
/// "" (a placeholder counts as a role: it will be rendered).
bool has_task_role(const Json& task);

/// The EFS access point of an `efsVolumeConfiguration`: `authorizationConfig.accessPointId` when
/// it is a known, non-empty string; nullopt otherwise.
std::optional<std::string_view> efs_access_point(const Json& efs);

/// Whether an `efsVolumeConfiguration` encrypts NFS traffic.
enum class EfsTransitEncryption {
  enabled_or_unknown,  ///< "ENABLED", a placeholder, or a value the schema check reports
  not_set,             ///< absent or null: ECS defaults it to "DISABLED"
  disabled,            ///< "DISABLED"
};
EfsTransitEncryption efs_transit_encryption(const Json& efs);

/// Why an EFS volume configuration must enable transit encryption: "IAM authorization" when
/// `authorizationConfig.iam` is "ENABLED", "an access point" when `efs_access_point` is set; nullopt when neither applies or is known.
std::optional<std::string_view> efs_transit_encryption_reason(const Json& efs);

}  // namespace ecslint
