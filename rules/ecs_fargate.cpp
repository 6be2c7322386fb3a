#include "rules/ecs_fargate.hpp"

#include <fmt/format.h>

namespace ecslint {

bool has_execution_role(const Json& task) {
  const Json* role = member(task, "executionRoleArn");
  if (!role || role->IsNull()) return false;
  return !role->IsString() || role->GetStringLength() > 0;
}

bool is_set(const Json* value, Shape shape) {
  if (!value) return false;
  if (shape == Shape::array) return value->IsArray() && !value->Empty();
  return value->IsObject() && value->MemberCount() > 0;
}


Pointer log_driver_at(const Place& container) {
  return container / "logConfiguration" / "logDriver";
}

const FargateSize* find_fargate_size(int64_t cpu, bool windows) {
  for (const FargateSize& size : kFargateSizes)
    if (size.cpu == cpu && (size.windows || !windows)) return &size;
  return nullptr;
}

bool fargate_allows(const FargateSize& size, int64_t memory) {
  if (size.listed[0] != 0) {
    for (int64_t m : size.listed)
      if (m == memory) return true;
    return false;
  }
  return memory >= size.min && memory <= size.max && (memory - size.min) % size.step == 0;
}

namespace {

// Parameters Fargate rejects, by where they live.
constexpr const char* kTaskMembers[] = {"ipcMode", "placementConstraints", "inferenceAccelerators"};
constexpr const char* kContainerMembers[] = {"disableNetworking", "dnsSearchDomains", "dnsServers",
                                             "dockerSecurityOptions", "extraHosts", "links",
                                             "privileged"};
constexpr const char* kLinuxMembers[] = {"devices", "maxSwap", "sharedMemorySize", "swappiness",
                                         "tmpfs"};
constexpr const char* kVolumeMembers[] = {"dockerVolumeConfiguration"};
constexpr const char* kHostMembers[] = {"sourcePath"};
constexpr const char* kResourceTypes[] = {"GPU", "InferenceAccelerator"};

// Reports each member of `object` named in `keys` that takes effect, naming it `prefix` + key.
template <class Keys>
void report_members(Context& cx, const Json& object, const Place& at, const Keys& keys,
                    std::string_view prefix) {
  for (const char* key : keys) {
    const Json* value = member(object, key);
    if (value && takes_effect(*value))
      cx.report_key(at / key, fmt::format("`{}{}` is not supported on Fargate", prefix, key));
  }
}

void check_pid_mode(Context& cx) {
  const Json* value = member(cx.root, "pidMode");
  if (!value || !takes_effect(*value)) return;
  if (is_windows(cx.root)) {
    cx.report_key(Pointer() / "pidMode", "`pidMode` is not supported for Windows containers on Fargate");
    return;
  }
  auto mode = known_string(cx.root, "pidMode");
  if (mode && *mode != "task")
    cx.report(Pointer() / "pidMode",
              fmt::format("pidMode \"{}\" is not supported on Fargate; only \"task\" is", *mode));
}

void check_linux_parameters(Context& cx, const Json& container, const Place& at) {
  const Json* params = object_member(container, "linuxParameters");
  if (!params) return;
  const Place linux_at = at / "linuxParameters";
  report_members(cx, *params, linux_at, kLinuxMembers, "linuxParameters.");
  const Json* capabilities = object_member(*params, "capabilities");
  if (!capabilities) return;
  for_each_item(array_member(*capabilities, "add"), linux_at / "capabilities" / "add",
                [&](const Json& item, const Place& item_at) {
                  if (!item.IsString() || is_placeholder(item.GetString())) return;
                  std::string_view name(item.GetString(), item.GetStringLength());
                  // The developer guide spells it CAP_SYS_PTRACE, the API SYS_PTRACE.
                  if (name == "SYS_PTRACE" || name == "CAP_SYS_PTRACE") return;
                  cx.report(item_at, fmt::format("capability {} cannot be added on Fargate; only "
                                                 "SYS_PTRACE can",
                                                 name));
                });
}

void check_resource_requirements(Context& cx, const Json& container, const Place& at) {
  for_each_item(array_member(container, "resourceRequirements"), at / "resourceRequirements",
                [&](const Json& item, const Place& item_at) {
                  auto type = known_string(item, "type");
                  if (!type) return;
                  for (const char* unsupported : kResourceTypes)
                    if (*type == unsupported)
                      cx.report(item_at, fmt::format("{} resource requirements are not supported "
                                                     "on Fargate",
                                                     *type));
                });
}

void check_volumes(Context& cx) {
  for_each_item(array_member(cx.root, "volumes"), Pointer() / "volumes",
                [&](const Json& volume, const Place& at) {
                  report_members(cx, volume, at, kVolumeMembers, "");
                  if (const Json* host = object_member(volume, "host"))
                    report_members(cx, *host, at / "host", kHostMembers, "host.");
                });
}

}  // namespace

void report_fargate_unsupported(Context& cx) {
  report_members(cx, cx.root, Pointer(), kTaskMembers, "");
  check_pid_mode(cx);
  check_volumes(cx);
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    report_members(cx, container, at, kContainerMembers, "");
    check_linux_parameters(cx, container, at);
    check_resource_requirements(cx, container, at);
  });
}

}  // namespace ecslint
