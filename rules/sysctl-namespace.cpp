#include "rules/ecs.hpp"

namespace ecslint {
namespace {

// Only whether the parameter is namespaced at all; with networkMode or ipcMode "host" the
// namespaced ones are host-network-sysctl's and ipc-host-sysctl's findings.
void check(Context& cx) {
  for_each_system_control(cx.root, [&](std::string_view name, const Place& at) {
    if (is_network_sysctl(name) || is_ipc_sysctl(name)) return;
    cx.report(at, fmt::format("\"{}\" is not a namespaced kernel parameter; ECS accepts the IPC "
                              "parameters kernel.msgmax, kernel.msgmnb, kernel.msgmni, kernel.sem, "
                              "kernel.shmall, kernel.shmmax, kernel.shmmni, kernel.shm_rmid_forced "
                              "and fs.mqueue.*, and net.*",
                              name));
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
that the container runtime refuses, so the container cannot start. (With `networkMode: "host"`
or `ipcMode: "host"` even the namespaced ones are refused: `host-network-sysctl` and
`ipc-host-sysctl` report those.)

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
