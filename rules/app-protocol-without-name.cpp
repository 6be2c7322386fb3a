#include "rules/ecs_ports.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_port_mapping(cx.root, [&](const Json&, const Place&, const Json& mapping,
                                     const Place& at) {
    if (!takes_effect(member(mapping, "appProtocol"))) return;
    const Json* name = member(mapping, "name");
    if (name && !(name->IsString() && name->GetStringLength() == 0)) return;
    cx.report_key(at / "appProtocol",
                  "appProtocol has no effect on a port mapping without a name; name the port "
                  "mapping so that Service Connect can use it");
  });
}

constexpr Rule kRule = {
    "app-protocol-without-name", kTaskDefinition, Level::note,
    "A port mapping sets appProtocol but has no name, so the protocol is never used",
    R"md(
## Why
`appProtocol` (`http`, `http2` or `grpc`) only applies to Service Connect: it tells the Service
Connect proxy how to handle and measure the traffic of a port. Service Connect finds ports by
their port mapping `name` (the service's `portName`), so on a port mapping without a name the
protocol is never used, and the mapping is probably missing the name it was meant to have.

## Bad
```json
{"name": "web", "image": "nginx:1.27", "memory": 256,
 "portMappings": [{"containerPort": 80, "appProtocol": "http"}]}
```

## Good
```json
{"name": "web", "image": "nginx:1.27", "memory": 256,
 "portMappings": [{"containerPort": 80, "name": "web-http", "appProtocol": "http"}]}
```

## References
- Amazon ECS API Reference: PortMapping.appProtocol ("This parameter only applies to Service
  Connect"), PortMapping.name
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html
- Peers: none known
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
