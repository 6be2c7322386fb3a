#include <map>
#include <tuple>

#include "rules/ecs_ports.hpp"

namespace ecslint {
namespace {

// Where a mapping was first seen, for messages.
struct First {
  std::string container;  // container_label
  size_t container_index;
  size_t mapping_index;
};

void check(Context& cx) {
  std::string_view mode = network_mode(cx.root);
  bool shared_namespace = mode == "awsvpc" || mode == "host";
  bool port_translation = mode == "bridge" || mode == "default";
  // (container, containerPort, hostPort as ECS applies it, protocol) → first such mapping.
  std::map<std::tuple<size_t, int64_t, int64_t, std::string_view>, First> mappings;
  // (port on the task's or the instance's interface, protocol) → first mapping that binds it.
  std::map<std::pair<int64_t, std::string_view>, First> bindings;
  for_each_port_mapping(cx.root, [&](const Json& container, const Place& container_at,
                                     const Json& mapping, const Place& at) {
    auto port = int_member(mapping, "containerPort");
    auto protocol = port_protocol(mapping);
    if (!port || !protocol) return;
    const Json* host_value = member(mapping, "hostPort");
    auto host = int_member(mapping, "hostPort");
    if (host_value && !host) return;  // a placeholder or a wrong type: unknown
    // Omitted and 0 are the same request in every mode: the container port (awsvpc, host) or
    // a dynamic host port (bridge, Windows NAT).
    int64_t applied = host && *host != 0 ? *host : shared_namespace ? *port : 0;
    First here{container_label(container, container_at), pointer_index(container_at),
               pointer_index(at)};

    auto [same, new_mapping] =
        mappings.try_emplace({here.container_index, *port, applied, *protocol}, here);
    if (!new_mapping) {
      cx.report(at, fmt::format("this port mapping repeats portMappings[{}] (containerPort {}/{})",
                                same->second.mapping_index, *port, *protocol));
      return;
    }
    // Bridge mode binds only static host ports; dynamic ones never clash.
    bool binds = shared_namespace || (port_translation && applied > 0);
    if (!binds) return;
    auto [other, new_binding] = bindings.try_emplace({applied, *protocol}, here);
    if (new_binding) return;
    const First& first = other->second;
    std::string where = first.container_index == here.container_index
                            ? fmt::format("portMappings[{}]", first.mapping_index)
                            : fmt::format("{} (portMappings[{}])", first.container,
                                          first.mapping_index);
    bool from_host_port = host && *host != 0;
    cx.report(from_host_port ? at / "hostPort" : at / "containerPort",
              fmt::format("{} {}/{} is already bound by {}; {}", from_host_port ? "hostPort" : "port",
                          applied, *protocol, where,
                          shared_namespace
                              ? fmt::format("with networkMode={} all containers of a task share "
                                            "one network namespace, so only one can bind a port",
                                            mode)
                              : std::string("a host port can be bound only once")));
  });
}

constexpr Rule kRule = {
    "port-mapping-duplicate", kTaskDefinition, Level::warning,
    "Two port mappings repeat each other or bind the same port of the task or instance",
    R"md(
## Why
Each port mapping asks Docker to bind a port. Two mappings that bind the same port and protocol
cannot both succeed:

- **the same mapping twice** in one container (same `containerPort`, `hostPort` and `protocol`;
  an omitted `hostPort` and `0` are the same request, and in `awsvpc`/`host` mode they mean the
  container port itself) is at best redundant and usually a copy-paste slip;
- with the **`awsvpc` or `host`** network mode all containers of a task share one network
  namespace (the task's interface, or the instance's), so two containers cannot both listen on
  port 8080/tcp;
- with **`bridge`** (or the Windows default NAT mode), two mappings with the same static
  `hostPort` and protocol ask for the same port of the container instance; the task cannot be
  placed, or its second container fails to start. Dynamic host ports (omitted or 0) never clash.

ECS registers such task definitions, so this is a warning. A mapping without `protocol` counts as
`tcp`; the same port for `tcp` and `udp` is a different matter (see `port-protocol-duplicate`).

## Bad
```json
{
  "family": "web",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    {"name": "app", "image": "example/app:1.0", "memory": 256,
     "portMappings": [{"containerPort": 8080}]},
    {"name": "metrics", "image": "example/exporter:1.0", "memory": 64,
     "portMappings": [{"containerPort": 8080}]}
  ]
}
```

## Good
```json
{
  "family": "web",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    {"name": "app", "image": "example/app:1.0", "memory": 256,
     "portMappings": [{"containerPort": 8080}]},
    {"name": "metrics", "image": "example/exporter:1.0", "memory": 64,
     "portMappings": [{"containerPort": 9100}]}
  ]
}
```

## References
- Amazon ECS API Reference: PortMapping, RegisterTaskDefinition `networkMode` ("With the host
  and awsvpc network modes, exposed container ports are mapped directly to the corresponding host
  port … or the attached elastic network interface port")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
