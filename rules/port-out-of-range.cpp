#include "rules/ecs_ports.hpp"

namespace ecslint {
namespace {

struct PortRange {
  const char* key;
  int64_t min;
  int64_t max;
};

// hostPort 0 is allowed: in bridge mode it asks for a dynamic host port, like omitting it.
constexpr PortRange kPorts[] = {{"containerPort", 1, 65535}, {"hostPort", 0, 65535}};

void check(Context& cx) {
  for_each_port_mapping(cx.root, [&](const Json&, const Place&, const Json& mapping,
                                     const Place& at) {
    for (const PortRange& port : kPorts) {
      auto value = int_member(mapping, port.key);
      if (value && (*value < port.min || *value > port.max))
        cx.report(at / port.key, fmt::format("{} {} is out of range; ECS allows {}–{}", port.key,
                                             *value, port.min, port.max));
    }
  });
}

constexpr Rule kRule = {
    "port-out-of-range", kTaskDefinition, Level::error,
    "A port mapping's containerPort or hostPort is not a valid port number",
    R"md(
## Why
A port mapping's `containerPort` must be a TCP/UDP port, 1–65535, and its `hostPort` 0–65535
(0, like leaving `hostPort` out, asks for a dynamic host port in `bridge` mode). ECS refuses
anything else when the task definition is registered, with "Invalid 'containerPort' setting for
container 'web'." A mapping that exposes a port range uses `containerPortRange` instead of
`containerPort` (see `container-port-range`).

## Bad
```json
{"name": "web", "image": "nginx:1.27", "memory": 512,
 "portMappings": [{"containerPort": 0}, {"containerPort": 8080, "hostPort": 80800}]}
```

## Good
```json
{"name": "web", "image": "nginx:1.27", "memory": 512,
 "portMappings": [{"containerPort": 80}, {"containerPort": 8080, "hostPort": 8080}]}
```

## References
- Amazon ECS API Reference: PortMapping.containerPort, PortMapping.hostPort
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html
- The error ECS returns: aws/aws-cli#7288, aws/aws-cdk#8762
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
