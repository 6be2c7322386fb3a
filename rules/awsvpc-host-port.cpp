#include "rules/ecs_ports.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  std::string_view mode = network_mode(cx.root);
  if (mode != "awsvpc" && mode != "host") return;
  for_each_port_mapping(cx.root, [&](const Json&, const Place&, const Json& mapping,
                                     const Place& at) {
    auto host = int_member(mapping, "hostPort");
    auto container = int_member(mapping, "containerPort");
    // 0 means "not set": ECS replaces it by the container port in these modes.
    if (!host || !container || *host == 0 || *host == *container) return;
    cx.report(at / "hostPort",
              fmt::format("hostPort {} differs from containerPort {}; when networkMode={}, the "
                          "host ports and container ports in port mappings must match",
                          *host, *container, mode));
  });
}

constexpr Rule kRule = {
    "awsvpc-host-port", kTaskDefinition, Level::error,
    "In awsvpc or host network mode a port mapping's hostPort differs from its containerPort",
    R"md(
## Why
With the `awsvpc` network mode each task has its own network interface, and with `host` the
containers use the instance's network stack directly: either way there is no port translation, so
a container port is exposed on the very same host port. A port mapping's `hostPort` must then be
left out (or 0) or equal its `containerPort`. ECS rejects anything else when the task definition
is registered: "When networkMode=awsvpc, the host ports and container ports in port mappings must
match." To publish a service on another port, change the port the application listens on, or
use the load balancer listener port.

A `hostPort` of 0 is not reported: ECS treats it like an omitted host port and fills in the
container port (see terraform-ecs-fargate#11). Fargate always uses `awsvpc`, so this applies to
every Fargate task definition.

## Bad
```json
{
  "family": "kibana",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    {"name": "kibana", "image": "kibana:8.15.0", "memory": 1024,
     "portMappings": [{"containerPort": 5601, "hostPort": 80}]}
  ]
}
```

## Good
```json
{
  "family": "kibana",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    {"name": "kibana", "image": "kibana:8.15.0", "memory": 1024,
     "portMappings": [{"containerPort": 5601}]}
  ]
}
```

## References
- Amazon ECS API Reference: PortMapping ("If you use containers in a task with the awsvpc or
  host network mode, specify the exposed ports using containerPort. The hostPort can be left
  blank or it must be the same value as the containerPort.")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html
- The error ECS returns: aws/amazon-ecs-cli#1014, pulumi/pulumi-awsx#935
- Peers: cfn-lint E3053 (awsvpc only), ecspresso verify
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
