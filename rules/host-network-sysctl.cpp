#include "rules/ecs_fargate.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (network_mode(cx.root) != "host") return;
  for_each_system_control(cx.root, [&](std::string_view name, const Place& at) {
    if (is_network_sysctl(name))
      cx.report(at, fmt::format("sysctl {} cannot be set with network mode \"host\"; network "
                                "namespace system controls need bridge or awsvpc",
                                name));
  });
}

constexpr Rule kRule = {
    "host-network-sysctl", kTaskDefinition, Level::error,
    "A container sets a net.* sysctl in a task that uses the host network mode",
    R"md(
## Why
In the `host` network mode the containers use the network namespace of the container instance,
and changing a `net.*` kernel parameter would change it for the whole host. ECS does not support
network namespace `systemControls` in such a task. Use the `awsvpc` or `bridge` network mode
(each gives the task or container its own network namespace), or drop the sysctl.

## Bad
```json
{"family": "edge", "networkMode": "host",
 "containerDefinitions": [{"name": "edge", "image": "nginx:1.27", "memory": 512,
   "systemControls": [{"namespace": "net.core.somaxconn", "value": "4096"}]}]}
```

## Good
```json
{"family": "edge", "networkMode": "awsvpc",
 "containerDefinitions": [{"name": "edge", "image": "nginx:1.27", "memory": 512,
   "systemControls": [{"namespace": "net.core.somaxconn", "value": "4096"}]}]}
```

## References
- Amazon ECS API Reference: SystemControl ("For tasks that use the host network mode, the network
  namespace systemControls aren't supported.")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_SystemControl.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
