#include "rules/ecs_network.hpp"

namespace ecslint {
namespace {

void check_name(Context& cx, const Json& object, const Place& at, std::string_view key) {
  auto name = known_string(object, key);
  if (name && !is_lower_name(*name, 64))
    cx.report(at / key, fmt::format("{} \"{}\" is not valid; use up to 64 lower-case letters, "
                                    "digits, '_' and '-', not starting with '-'",
                                    key, *name));
}

void check_alias(Context& cx, const Json& alias, const Place& at) {
  auto dns = known_string(alias, "dnsName");
  if (dns && !is_lower_name(*dns, 127, "."))
    cx.report(at / "dnsName",
              fmt::format("dnsName \"{}\" is not valid; use up to 127 lower-case "
                          "letters, digits, '_', '-' and '.', not starting with '-'",
                          *dns));
}

void check_timeouts(Context& cx, const Json& service, const Place& at) {
  const Json* timeout = object_member(service, "timeout");
  if (!timeout) return;
  for (const char* key : {"idleTimeoutSeconds", "perRequestTimeoutSeconds"})
    if (auto seconds = int_member(*timeout, key); seconds && *seconds < 0)
      cx.report(at / "timeout" / key,
                fmt::format("{} {} is negative; use 0 or more seconds", key, *seconds));
}

void check(Context& cx) {
  const Json* config = object_member(cx.root, "serviceConnectConfiguration");
  if (!config) return;
  const Pointer at = Pointer() / "serviceConnectConfiguration";
  if (member(*config, "accessLogConfiguration") && !member(*config, "logConfiguration"))
    cx.report_key(at / "accessLogConfiguration",
                  "access logs of Service Connect need a `logConfiguration` for the proxy; add "
                  "one or remove `accessLogConfiguration`");
  for_each_object(*config, at, "services", [&](const Json& service, const Place& service_at) {
    check_name(cx, service, service_at, "portName");
    check_name(cx, service, service_at, "discoveryName");
    check_timeouts(cx, service, service_at);
    if (size_t aliases = item_count(service, "clientAliases"); aliases > 1)
      cx.report(service_at / "clientAliases",
                fmt::format("{} client aliases are too many; a Service Connect service takes at "
                            "most one",
                            aliases));
    for_each_object(
        service, service_at, "clientAliases",
        [&](const Json& alias, const Place& alias_at) { check_alias(cx, alias, alias_at); });
  });
}

constexpr Rule kRule = {
    "service-connect", kService, Level::error,
    "A Service Connect name, client alias, timeout or access log setting is invalid",
    R"md(
## Why
ECS checks the parts of `serviceConnectConfiguration` that the API model does not encode:
- `services[].portName` names a port mapping of the task definition, and port mapping names, like
  `discoveryName`, are up to 64 lower-case letters, digits, `_` and `-`, not starting with `-`;
- `clientAliases` holds at most one alias per Service Connect service; its `dnsName` is up to 127
  lower-case letters, digits, `_`, `-` and `.`, not starting with `-`;
- `timeout.idleTimeoutSeconds` and `timeout.perRequestTimeoutSeconds` are 0 or more;
- `accessLogConfiguration` needs a `logConfiguration`: access logs go to the proxy's log
  destination.

Whether `portName` matches a port mapping of the task definition is a cross-file check. Values
holding a placeholder are not checked.

## Bad
```json
{
  "serviceName": "api",
  "taskDefinition": "api:7",
  "serviceConnectConfiguration": {"enabled": true, "namespace": "internal",
    "services": [{"portName": "HTTP", "clientAliases": [{"port": 80, "dnsName": "-api"}]}]}
}
```

## Good
```json
{
  "serviceName": "api",
  "taskDefinition": "api:7",
  "serviceConnectConfiguration": {"enabled": true, "namespace": "internal",
    "services": [{"portName": "http", "clientAliases": [{"port": 80, "dnsName": "api"}]}]}
}
```

## References
- Amazon ECS API Reference: ServiceConnectService (portName, discoveryName: "up to 64
  characters ... lowercase letters, numbers, underscores (_), and hyphens (-). The name can't
  start with a hyphen."), ServiceConnectService.clientAliases ("The maximum number of client
  aliases that you can have in this list is 1"), ServiceConnectClientAlias.dnsName,
  TimeoutConfiguration, ServiceConnectConfiguration.accessLogConfiguration
- Amazon ECS Developer Guide, Service Connect components:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts-deploy.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
