#include <map>
#include <string>

#include "rules/ecs_network.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  const Json* config = object_member(cx.root, "serviceConnectConfiguration");
  if (!config) return;
  const Pointer at = Pointer() / "serviceConnectConfiguration";
  std::map<std::string, size_t, std::less<>> names;    // discovery name -> first service index
  std::map<std::string, size_t, std::less<>> aliases;  // "dnsName:port" -> first service index
  size_t index = 0;
  for_each_object(*config, at, "services", [&](const Json& service, const Place& service_at) {
    size_t i = index++;
    // Without a discoveryName, ECS uses the portName as the Cloud Map service name.
    const char* key = member(service, "discoveryName") ? "discoveryName" : "portName";
    if (auto name = known_string(service, key); name && !name->empty()) {
      auto [first, inserted] = names.emplace(std::string(*name), i);
      if (!inserted)
        cx.report(service_at / key,
                  fmt::format("discovery name \"{}\" is already used by services[{}]; each "
                              "Service Connect service needs its own",
                              *name, first->second));
    }
    for_each_object(
        service, service_at, "clientAliases", [&](const Json& alias, const Place& alias_at) {
          auto dns = known_string(alias, "dnsName");
          auto port = int_member(alias, "port");
          if (!dns || dns->empty() || !port) return;
          auto [first, inserted] = aliases.emplace(fmt::format("{}:{}", *dns, *port), i);
          if (!inserted)
            cx.report(
                alias_at / "dnsName",
                fmt::format("client alias {}:{} is already used by services[{}]; clients could "
                            "not tell the two apart",
                            *dns, *port, first->second));
        });
  });
}

constexpr Rule kRule = {
    "service-connect-duplicate", kService, Level::warning,
    "Two Service Connect services share a discovery name or a client alias",
    R"md(
## Why
Each entry of `serviceConnectConfiguration.services` becomes a Cloud Map service named by its
`discoveryName` (or, without one, its `portName`), and each client alias (`dnsName` and `port`)
is an endpoint other services connect to. Both must be unique within the namespace, so two
entries of the same service that repeat one cannot both work. This is a warning: only one file
is seen here, and uniqueness across the whole namespace cannot be checked.

## Bad
```json
{
  "serviceName": "api",
  "taskDefinition": "api:7",
  "serviceConnectConfiguration": {"enabled": true, "namespace": "internal", "services": [
    {"portName": "http", "discoveryName": "api", "clientAliases": [{"port": 80, "dnsName": "api"}]},
    {"portName": "grpc", "discoveryName": "api", "clientAliases": [{"port": 80, "dnsName": "api"}]}]}
}
```

## Good
```json
{
  "serviceName": "api",
  "taskDefinition": "api:7",
  "serviceConnectConfiguration": {"enabled": true, "namespace": "internal", "services": [
    {"portName": "http", "discoveryName": "api", "clientAliases": [{"port": 80, "dnsName": "api"}]},
    {"portName": "grpc", "discoveryName": "api-grpc", "clientAliases": [{"port": 50051, "dnsName": "api"}]}]}
}
```

## References
- Amazon ECS API Reference: ServiceConnectService.discoveryName ("This must be unique within the
  AWS Cloud Map namespace"), ServiceConnectService.clientAliases ("Each name and port mapping
  must be unique within the namespace")
- Amazon ECS Developer Guide, Service Connect components
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
