#include <set>
#include <string>

#include "rules/ecs_link.hpp"

namespace ecslint {
namespace {

// The task definition's named port mappings; false when a name cannot be read.
bool port_names(const Json& task, std::set<std::string>& names) {
  bool readable = true;
  for_each_container(task, [&](const Json& container, const Place&) {
    for_each_item(array_member(container, "portMappings"), Pointer(), [&](const Json& m, const Place&) {
      if (!member(m, "name")) return;
      auto name = known_string(m, "name");
      if (name) names.emplace(*name);
      else readable = false;
    });
  });
  return readable;
}

void check_port_name(Context& cx, const Json& item, const Place& at,
                     const std::set<std::string>& names, std::string_view what) {
  auto name = known_string(item, "portName");
  if (!name || names.count(std::string(*name))) return;
  std::string list;
  for (const std::string& n : names) list += (list.empty() ? "'" : ", '") + n + "'";
  cx.report_linked(at / "portName", Pointer() / "containerDefinitions",
                   fmt::format("{} portName '{}' is not the name of a port mapping in {}; {}", what,
                               *name, task_label(*cx.linked),
                               list.empty() ? "it names none" : "its named port mappings are " + list));
}

void check(Context& cx) {
  if (!cx.linked) return;
  std::set<std::string> names;
  if (!port_names(cx.linked->root, names)) return;
  if (const Json* connect = object_member(cx.root, "serviceConnectConfiguration")) {
    auto enabled = bool_member(*connect, "enabled");
    if (!enabled || *enabled)
      for_each_item(array_member(*connect, "services"),
                    Pointer() / "serviceConnectConfiguration" / "services",
                    [&](const Json& item, const Place& at) {
                      check_port_name(cx, item, at, names, "Service Connect");
                    });
  }
  for_each_item(array_member(cx.root, "vpcLatticeConfigurations"),
                Pointer() / "vpcLatticeConfigurations", [&](const Json& item, const Place& at) {
                  check_port_name(cx, item, at, names, "VPC Lattice");
                });
}

constexpr Rule kRule = {
    "service-connect-port-name", kService | kLinked, Level::error,
    "A Service Connect or VPC Lattice portName is not the name of a port mapping in the task definition",
    R"md(
## Why
Service Connect (`serviceConnectConfiguration.services[].portName`) and VPC Lattice
(`vpcLatticeConfigurations[].portName`) pick the port to expose by the name of a port mapping:
`portName` "must match the name of one of the portMappings from all the containers in the task
definition of this Amazon ECS service". A port mapping without `name`, or a name spelled
differently, makes CreateService fail. A Service Connect configuration with `enabled: false` is
not checked.

## Bad
`taskdef.json`:
```json
{"family": "api", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
 "cpu": "256", "memory": "512",
 "containerDefinitions": [{"name": "api", "image": "example/api:1.0",
                           "portMappings": [{"containerPort": 8080, "name": "api-http"}]}]}
```
`service.json`:
```json
{"serviceName": "api", "cluster": "prod", "taskDefinition": "api",
 "serviceConnectConfiguration": {"enabled": true, "namespace": "internal",
                                 "services": [{"portName": "http"}]}}
```

## Good
```json
"services": [{"portName": "api-http"}]
```

## References
- Amazon ECS API Reference, ServiceConnectService: `portName`
- Amazon ECS API Reference, VpcLatticeConfiguration: `portName`
- Amazon ECS API Reference, PortMapping: `name`
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
