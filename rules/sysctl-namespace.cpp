#include "rules/ecs_volumes.hpp"

namespace ecslint {
namespace {

// The IPC-namespace sysctls ECS (and Docker) accept by name; fs.mqueue.* are IPC ones too.
constexpr std::string_view kIpcNames[] = {"kernel.msgmax", "kernel.msgmnb", "kernel.msgmni",
                                          "kernel.sem",    "kernel.shmall", "kernel.shmmax",
                                          "kernel.shmmni", "kernel.shm_rmid_forced"};

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool is_ipc(std::string_view name) {
  for (std::string_view known : kIpcNames)
    if (name == known) return true;
  return starts_with(name, "fs.mqueue.");
}

void check(Context& cx) {
  std::string_view mode = network_mode(cx.root);
  bool host_ipc = known_string(cx.root, "ipcMode") == "host";
  for_each_system_control(cx.root, [&](const Json& control, const Pointer& at) {
    auto name = known_string(control, "namespace");
    if (!name) return;
    bool net = starts_with(*name, "net.");
    if (!net && !is_ipc(*name))
      cx.report(at / "namespace",
                fmt::format("\"{}\" is not a namespaced kernel parameter; ECS accepts the IPC "
                            "parameters kernel.msgmax, kernel.msgmnb, kernel.msgmni, kernel.sem, "
                            "kernel.shmall, kernel.shmmax, kernel.shmmni, kernel.shm_rmid_forced "
                            "and fs.mqueue.*, and net.*",
                            *name));
    else if (net && mode == "host")
      cx.report(at / "namespace",
                fmt::format("\"{}\" cannot be set with networkMode \"host\": the container shares "
                            "the host's network namespace",
                            *name));
    else if (!net && host_ipc)
      cx.report(at / "namespace",
                fmt::format("\"{}\" cannot be set with ipcMode \"host\": the container shares the "
                            "host's IPC namespace",
                            *name));
  });
}

constexpr Rule kRule = {
    "sysctl-namespace", kTaskDefinition, Level::error,
    "A systemControls namespace is not a namespaced kernel parameter the task may set",
    R"md(
## Why
`systemControls` sets kernel parameters (sysctls) inside the container's own namespaces, so only
namespaced parameters can be set:

- IPC namespace: `kernel.msgmax`, `kernel.msgmnb`, `kernel.msgmni`, `kernel.sem`,
  `kernel.shmall`, `kernel.shmmax`, `kernel.shmmni`, `kernel.shm_rmid_forced`, and every
  `fs.mqueue.*` parameter;
- network namespace: every `net.*` parameter.

Anything else (`vm.swappiness`, `kernel.pid_max`, `fs.file-max`, ...) is a host-wide setting
that the container runtime refuses, so the container cannot start. The namespace must also be
the task's own: with `networkMode: "host"` network parameters are not supported, and with
`ipcMode: "host"` IPC parameters are not, because the container shares the host's namespace.

## Bad
```json
{"name": "app", "image": "public.ecr.aws/docker/library/busybox:stable", "memory": 128,
 "systemControls": [{"namespace": "vm.swappiness", "value": "10"}]}
```

## Good
```json
{"name": "app", "image": "public.ecr.aws/docker/library/busybox:stable", "memory": 128,
 "systemControls": [{"namespace": "net.ipv4.tcp_keepalive_time", "value": "60"}]}
```

## References
- Amazon ECS API Reference: SystemControl.namespace and SystemControl.value (the valid IPC and
  network namespace values; "For tasks that use the host network mode, the network namespace
  systemControls aren't supported"; "For tasks that use the host IPC mode, IPC namespace
  systemControls aren't supported")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_SystemControl.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
