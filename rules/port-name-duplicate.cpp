#include <map>
#include <string>

#include "rules/ecs_ports.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  std::map<std::string_view, std::string> first;  // name → where it was first used
  for_each_port_mapping(cx.root, [&](const Json& container, const Place& container_at,
                                     const Json& mapping, const Place& at) {
    auto name = known_string(mapping, "name");
    if (!name || name->empty()) return;
    std::string here = fmt::format("{} (portMappings[{}])", container_label(container, container_at),
                                   pointer_index(at));
    auto [seen, inserted] = first.try_emplace(*name, here);
    if (!inserted)
      cx.report(at / "name", fmt::format("port mapping name \"{}\" is already used by {}; names "
                                         "must be unique within the task definition",
                                         *name, seen->second));
  });
}

constexpr Rule kRule = {
    "port-name-duplicate", kTaskDefinition, Level::warning,
    "Two port mappings of a task definition have the same name",
    R"md(
## Why
Port mapping names are the keys that Service Connect (`serviceConnectConfiguration.services[]
.portName`) and VPC Lattice use to pick a port of the task. With two mappings of the same name,
in one container or in two, the service cannot tell which port is meant. Give each port mapping
of the task definition its own name.

This is a warning: whether ECS refuses the task definition at registration or only the service
that uses the name is not documented.

## Bad
```json
{
  "family": "web",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    {"name": "app", "image": "example/app:1.0", "memory": 256,
     "portMappings": [{"containerPort": 8080, "name": "http"}]},
    {"name": "admin", "image": "example/admin:1.0", "memory": 128,
     "portMappings": [{"containerPort": 9000, "name": "http"}]}
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
     "portMappings": [{"containerPort": 8080, "name": "app-http"}]},
    {"name": "admin", "image": "example/admin:1.0", "memory": 128,
     "portMappings": [{"containerPort": 9000, "name": "admin-http"}]}
  ]
}
```

## References
- Amazon ECS API Reference: PortMapping.name, ServiceConnectService.portName
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
