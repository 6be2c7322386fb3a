#include "rules/ecs_ports.hpp"

namespace ecslint {
namespace {

struct Reserved {
  int64_t first;
  int64_t last;
  const char* user;
};

// ECS reserves these on every container instance (the default `reservedPorts`).
constexpr Reserved kReserved[] = {
    {22, 22, "SSH"},
    {2375, 2376, "the Docker daemon"},
    {51678, 51680, "the ECS container agent"},
};

// Docker's fallback ephemeral range when /proc/sys/net/ipv4/ip_local_port_range is unavailable,
// as the ECS API Reference gives it; instances often use a wider range (from 32768), so this is
// the conservative lower bound.
constexpr int64_t kEphemeralLinux = 49153;
constexpr int64_t kEphemeralWindows = 49152;

void check(Context& cx) {
  if (task_level_unknown(cx)) return;  // a container array: the network mode and OS are unknown
  std::string_view mode = network_mode(cx.root);
  bool host_mode = mode == "host";
  if (!host_mode && mode != "bridge" && mode != "default") return;
  int64_t ephemeral = is_windows(cx.root) ? kEphemeralWindows : kEphemeralLinux;
  for_each_port_mapping(cx.root, [&](const Json&, const Place&, const Json& mapping,
                                     const Place& at) {
    // The port taken on the instance: a static hostPort, or in host mode the container port.
    const char* key = "hostPort";
    auto port = int_member(mapping, key);
    if (member(mapping, key) && !port) return;  // a placeholder or a wrong type: unknown
    if (host_mode && (!port || *port == 0)) {
      key = "containerPort";
      port = int_member(mapping, key);
    }
    if (!port || *port <= 0 || *port > 65535) return;
    for (const Reserved& reserved : kReserved)
      if (*port >= reserved.first && *port <= reserved.last) {
        cx.report(at / key, fmt::format("{} {} is reserved on container instances for {}; the "
                                        "task cannot be placed on an instance that reserves it",
                                        key, *port, reserved.user));
        return;
      }
    if (*port >= ephemeral)
      cx.report(at / key,
                fmt::format("{} {} is in the ephemeral port range ({}–65535), which is reserved "
                            "for dynamic host ports; use a port below 32768",
                            key, *port, ephemeral));
  });
}

constexpr Rule kRule = {
    "reserved-host-port", kTaskDefinition, Level::warning,
    "A static host port is reserved on container instances or lies in the ephemeral port range",
    R"md(
## Why
On EC2 and external instances, a static `hostPort` (in `bridge` mode, or the Windows default NAT
mode) and every container port in `host` mode take a port of the container instance. Some ports
are never free there:

- ECS reserves 22 (SSH), 2375 and 2376 (the Docker daemon) and 51678–51680 (the ECS container
  agent) on each instance by default; a task that needs one of them cannot be placed;
- the ephemeral port range is what dynamic host ports (`hostPort` 0 or omitted) and outgoing
  connections use. The ECS API Reference says: "Do not attempt to specify a host port in the
  ephemeral port range as these are reserved for automatic assignment." It is read from
  `/proc/sys/net/ipv4/ip_local_port_range` on the instance, with a default of 49153–65535 on
  Linux and 49152–65535 on Windows; ecslint warns from that default up. Many Linux instances use a
  wider range (32768–60999 on Amazon Linux), so ports below 32768 are the safe choice.

`awsvpc` tasks get their own network interface and are not affected. ECS registers such task
definitions, so this is a warning.

## Bad
```json
{
  "family": "web",
  "networkMode": "bridge",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 256,
     "portMappings": [{"containerPort": 80, "hostPort": 51678}]}
  ]
}
```

## Good
```json
{
  "family": "web",
  "networkMode": "bridge",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 256,
     "portMappings": [{"containerPort": 80, "hostPort": 8080}]}
  ]
}
```

## References
- Amazon ECS API Reference: PortMapping.hostPort (reserved ports, ephemeral port range)
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
