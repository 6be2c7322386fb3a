#include <algorithm>
#include <cctype>
#include <string>

#include "rules/ecs_misc.hpp"

namespace ecslint {
namespace {

// KernelCapabilities.add / drop, "Valid values" in the ECS API Reference.
constexpr std::string_view kCapabilities[] = {
    "ALL",          "AUDIT_CONTROL",   "AUDIT_WRITE",   "BLOCK_SUSPEND",    "CHOWN",
    "DAC_OVERRIDE", "DAC_READ_SEARCH", "FOWNER",        "FSETID",           "IPC_LOCK",
    "IPC_OWNER",    "KILL",            "LEASE",         "LINUX_IMMUTABLE",  "MAC_ADMIN",
    "MAC_OVERRIDE", "MKNOD",           "NET_ADMIN",     "NET_BIND_SERVICE", "NET_BROADCAST",
    "NET_RAW",      "SETFCAP",         "SETGID",        "SETPCAP",          "SETUID",
    "SYS_ADMIN",    "SYS_BOOT",        "SYS_CHROOT",    "SYS_MODULE",       "SYS_NICE",
    "SYS_PACCT",    "SYS_PTRACE",      "SYS_RAWIO",     "SYS_RESOURCE",     "SYS_TIME",
    "SYS_TTY_CONFIG", "SYSLOG",        "WAKE_ALARM"};

bool is_capability(std::string_view name) {
  return std::find(std::begin(kCapabilities), std::end(kCapabilities), name) !=
         std::end(kCapabilities);
}

std::string upper(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return out;
}

void check_name(Context& cx, std::string_view name, const Place& at) {
  if (is_capability(name)) return;
  // "CAP_SYS_PTRACE" is how the Developer Guide and Docker spell it; whether the API refuses the
  // prefix is not verified, so a prefixed known name is left alone.
  if (name.substr(0, 4) == "CAP_" && is_capability(name.substr(4))) return;
  std::string fixed = upper(name);
  if (fixed.rfind("CAP_", 0) == 0 && is_capability(fixed.substr(4))) fixed = fixed.substr(4);
  if (is_capability(fixed)) {
    cx.report(at, fmt::format("capability \"{}\" must be written in upper case: \"{}\"", name, fixed));
    return;
  }
  cx.report(at, fmt::format("\"{}\" is not a Linux capability ECS knows; use a name such as "
                            "SYS_PTRACE or NET_ADMIN, or ALL",
                            name));
}

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    const Json* params = object_member(container, "linuxParameters");
    const Json* capabilities = params ? object_member(*params, "capabilities") : nullptr;
    if (!capabilities) return;
    const Pointer caps_at = at / "linuxParameters" / "capabilities";
    for (std::string_view list : {"add", "drop"})
      for_each_known_string(array_member(*capabilities, list), caps_at / list,
                            [&](std::string_view name, const Place& item_at) {
                              check_name(cx, name, item_at);
                            });
  });
}

constexpr Rule kRule = {
    "capability-name", kTaskDefinition, Level::error,
    "A container adds or drops a Linux capability name that ECS does not know",
    R"md(
## Why
`linuxParameters.capabilities.add` and `.drop` take Linux capability names from a fixed list:
`ALL`, `AUDIT_CONTROL`, `AUDIT_WRITE`, `BLOCK_SUSPEND`, `CHOWN`, `DAC_OVERRIDE`,
`DAC_READ_SEARCH`, `FOWNER`, `FSETID`, `IPC_LOCK`, `IPC_OWNER`, `KILL`, `LEASE`,
`LINUX_IMMUTABLE`, `MAC_ADMIN`, `MAC_OVERRIDE`, `MKNOD`, `NET_ADMIN`, `NET_BIND_SERVICE`,
`NET_BROADCAST`, `NET_RAW`, `SETFCAP`, `SETGID`, `SETPCAP`, `SETUID`, `SYS_ADMIN`, `SYS_BOOT`,
`SYS_CHROOT`, `SYS_MODULE`, `SYS_NICE`, `SYS_PACCT`, `SYS_PTRACE`, `SYS_RAWIO`, `SYS_RESOURCE`,
`SYS_TIME`, `SYS_TTY_CONFIG`, `SYSLOG`, `WAKE_ALARM` (upper case). A misspelt name, a lower-case
name or an empty string is reported.

The `CAP_` prefix (`CAP_SYS_PTRACE`) is not reported: the API lists names without it, but the
Amazon ECS Developer Guide itself writes `CAP_SYS_PTRACE` for Fargate and Docker accepts both
forms; whether ECS refuses the prefixed form is not verified, and ecslint prefers no false alarm.

## Bad
```json
{"name": "app", "image": "nginx:1.27", "memory": 512,
 "linuxParameters": {"capabilities": {"add": ["sys_ptrace", "NET_ADMIM"], "drop": ["ALL"]}}}
```

## Good
```json
{"name": "app", "image": "nginx:1.27", "memory": 512,
 "linuxParameters": {"capabilities": {"add": ["SYS_PTRACE", "NET_ADMIN"], "drop": ["ALL"]}}}
```

## References
- Amazon ECS API Reference: KernelCapabilities (`add`, `drop`, "Valid values"),
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html
- Linux `capabilities(7)`
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
