#include "rules/ecs_ports.hpp"

namespace ecslint {
namespace {

constexpr size_t kMaxLength = 64;

bool allowed(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; }

void check(Context& cx) {
  for_each_port_mapping(cx.root, [&](const Json&, const Place&, const Json& mapping,
                                     const Place& at) {
    auto name = known_string(mapping, "name");
    if (!name) return;
    if (name->empty()) {
      cx.report(at / "name", "port mapping name is empty; ECS expects 1–64 characters");
      return;
    }
    if (name->size() > kMaxLength) {
      cx.report(at / "name", fmt::format("port mapping name is {} characters long; ECS allows at "
                                         "most {}",
                                         name->size(), kMaxLength));
      return;
    }
    bool valid = name->front() != '-';
    for (char c : *name) valid = valid && allowed(c);
    if (!valid)
      cx.report(at / "name", fmt::format("port mapping name \"{}\" is not valid; use lowercase "
                                         "letters, digits, underscores and hyphens, not starting "
                                         "with a hyphen",
                                         *name));
  });
}

constexpr Rule kRule = {
    "port-name", kTaskDefinition, Level::error,
    "A port mapping name is empty, longer than 64 characters, or uses characters ECS refuses",
    R"md(
## Why
A port mapping's `name` is how Service Connect (the service's `serviceConnectConfiguration`
`portName`) and VPC Lattice refer to the port. The ECS API Reference allows up to 64 characters:
lowercase letters, digits, underscores and hyphens, and the name cannot start with a hyphen
(pattern `^[a-z0-9_][a-z0-9_-]{0,63}$`). Upper-case letters and dots, common in names copied from
DNS names or Kubernetes, are refused.

## Bad
```json
{"name": "web", "image": "nginx:1.27", "memory": 256,
 "portMappings": [{"containerPort": 80, "name": "Web.HTTP", "appProtocol": "http"}]}
```

## Good
```json
{"name": "web", "image": "nginx:1.27", "memory": 256,
 "portMappings": [{"containerPort": 80, "name": "web-http", "appProtocol": "http"}]}
```

## References
- Amazon ECS API Reference: PortMapping.name
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
