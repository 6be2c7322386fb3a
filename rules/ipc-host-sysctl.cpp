#include "rules/ecs_fargate.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  auto mode = known_string(cx.root, "ipcMode");
  if (!mode || *mode != "host") return;
  for_each_system_control(cx.root, [&](std::string_view name, const Place& at) {
    if (is_ipc_sysctl(name))
      cx.report(at, fmt::format("sysctl {} cannot be set with ipcMode \"host\"; IPC namespace "
                                "system controls need ipcMode \"task\"",
                                name));
  });
}

constexpr Rule kRule = {
    "ipc-host-sysctl", kTaskDefinition, Level::error,
    "A container sets an IPC namespace sysctl in a task that uses ipcMode host",
    R"md(
## Why
With `"ipcMode": "host"` the containers share the IPC namespace of the container instance, and
changing an IPC kernel parameter would change it for the whole host. ECS therefore does not
support IPC namespace `systemControls` (`kernel.msgmax`, `kernel.msgmnb`, `kernel.msgmni`,
`kernel.sem`, `kernel.shmall`, `kernel.shmmax`, `kernel.shmmni`, `kernel.shm_rmid_forced` and
`fs.mqueue.*`) in such a task. Use `"ipcMode": "task"` (one private namespace shared by the
task's containers), or drop the sysctl.

## Bad
```json
{"family": "db", "ipcMode": "host",
 "containerDefinitions": [{"name": "db", "image": "postgres:16", "memory": 2048,
   "systemControls": [{"namespace": "kernel.shmmax", "value": "68719476736"}]}]}
```

## Good
```json
{"family": "db", "ipcMode": "task",
 "containerDefinitions": [{"name": "db", "image": "postgres:16", "memory": 2048,
   "systemControls": [{"namespace": "kernel.shmmax", "value": "68719476736"}]}]}
```

## References
- Amazon ECS API Reference: SystemControl ("For tasks that use the host IPC mode, IPC namespace
  systemControls aren't supported."); RegisterTaskDefinition.ipcMode
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_SystemControl.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
