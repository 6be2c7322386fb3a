#include "rules/ecs_volumes.hpp"

namespace ecslint {

std::vector<const char*> volume_types(const Json& volume) {
  std::vector<const char*> types;
  for (const char* key : {"host", "dockerVolumeConfiguration", "efsVolumeConfiguration",
                          "s3filesVolumeConfiguration", "fsxWindowsFileServerVolumeConfiguration"}) {
    const Json* value = member(volume, key);
    if (value && !value->IsNull()) types.push_back(key);
  }
  // `false` is what console exports and describe output print for every volume.
  if (bool_member(volume, "configuredAtLaunch").value_or(false)) types.push_back("configuredAtLaunch");
  return types;
}

std::string volume_label(const Json& volume) {
  auto name = known_string(volume, "name");
  return name ? fmt::format("volume \"{}\"", *name) : "this volume";
}

std::optional<std::set<std::string, std::less<>>> volume_names(const Json& task) {
  std::set<std::string, std::less<>> names;
  bool unknown = false;
  for_each_volume(task, [&](const Json& volume, const Place&) {
    auto name = string_member(volume, "name");
    if (!name) return;
    if (is_placeholder(*name)) unknown = true;
    names.emplace(*name);
  });
  if (unknown) return std::nullopt;
  return names;
}

bool has_task_role(const Json& task) {
  const Json* role = member(task, "taskRoleArn");
  if (!role || role->IsNull()) return false;
  return !(role->IsString() && role->GetStringLength() == 0);
}

EfsTransitEncryption efs_transit_encryption(const Json& efs) {
  const Json* tls = member(efs, "transitEncryption");
  if (!tls || tls->IsNull()) return EfsTransitEncryption::not_set;
  if (known_string(efs, "transitEncryption") == "DISABLED") return EfsTransitEncryption::disabled;
  return EfsTransitEncryption::enabled_or_unknown;
}

std::optional<std::string_view> efs_access_point(const Json& efs) {
  const Json* auth = object_member(efs, "authorizationConfig");
  if (!auth) return std::nullopt;
  auto access_point = known_string(*auth, "accessPointId");
  if (!access_point || access_point->empty()) return std::nullopt;
  return access_point;
}

std::optional<std::string_view> efs_transit_encryption_reason(const Json& efs) {
  const Json* auth = object_member(efs, "authorizationConfig");
  if (auth && known_string(*auth, "iam") == "ENABLED") return "IAM authorization";
  if (efs_access_point(efs)) return "an access point";
  return std::nullopt;
}

}  // namespace ecslint
