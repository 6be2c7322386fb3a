#include <set>
#include <string>
#include <vector>

#include "rules/ecs_fargate.hpp"

namespace ecslint {
namespace {

constexpr std::string_view kKnown[] = {"IgnoredUID",       "IgnoredGID",      "AppPorts",
                                       "ProxyIngressPort", "ProxyEgressPort", "EgressIgnoredPorts",
                                       "EgressIgnoredIPs"};
constexpr std::string_view kRequired[] = {"AppPorts", "ProxyIngressPort", "ProxyEgressPort"};

bool is_known(std::string_view name) {
  for (std::string_view known : kKnown)
    if (name == known) return true;
  return false;
}

// Names of the properties present with a non-empty value. A placeholder name makes the set
// incomplete: the required checks are then skipped.
struct Present {
  std::set<std::string, std::less<>> names;
  bool complete = true;
};

void check_names(Context& cx, const Json& properties, const Place& at, Present& present) {
  for_each_item(&properties, at, [&](const Json& property, const Place& property_at) {
    const Json* name_value = member(property, "name");
    if (!name_value) return;
    auto name = known_string(property, "name");
    if (!name) {
      present.complete = false;
      return;
    }
    if (!is_known(*name)) {
      cx.report(property_at / "name",
                fmt::format("\"{}\" is not an App Mesh proxy property; use IgnoredUID, "
                            "IgnoredGID, AppPorts, ProxyIngressPort, ProxyEgressPort, "
                            "EgressIgnoredPorts or EgressIgnoredIPs",
                            *name));
      return;
    }
    auto value = string_member(property, "value");
    if (!value || !value->empty()) present.names.emplace(*name);
  });
}

bool has_proxy_identity(const Present& present) {
  return present.names.count("IgnoredUID") || present.names.count("IgnoredGID");
}

// The required port properties that are missing, as "A", "A and B" or "A, B and C".
std::string missing_ports(const Present& present) {
  std::vector<std::string_view> missing;
  for (std::string_view name : kRequired)
    if (!present.names.count(name)) missing.push_back(name);
  std::string text;
  for (size_t i = 0; i < missing.size(); ++i)
    text += fmt::format("{}{}", i == 0 ? "" : i + 1 == missing.size() ? " and " : ", ", missing[i]);
  return text;
}

void check(Context& cx) {
  const Json* proxy = object_member(cx.root, "proxyConfiguration");
  if (!proxy) return;
  const Pointer proxy_at = Pointer() / "proxyConfiguration";
  const Json* properties = member(*proxy, "properties");
  if (!properties) {
    cx.report_key(proxy_at, "proxyConfiguration has no `properties`; App Mesh needs IgnoredUID or "
                            "IgnoredGID, AppPorts, ProxyIngressPort and ProxyEgressPort");
    return;
  }
  if (!properties->IsArray()) return;
  const Pointer properties_at = proxy_at / "properties";
  Present present;
  check_names(cx, *properties, properties_at, present);
  if (!present.complete) return;
  if (!has_proxy_identity(present))
    cx.report(properties_at, "neither IgnoredUID nor IgnoredGID has a value; the proxy needs its "
                             "user or group ID to tell its own traffic apart");
  std::string missing = missing_ports(present);
  if (!missing.empty())
    cx.report(properties_at, fmt::format("the App Mesh proxy properties lack {}", missing));
}

constexpr Rule kRule = {
    "proxy-configuration-properties", kTaskDefinition, Level::error,
    "App Mesh proxyConfiguration properties are unknown or lack a required one",
    R"md(
## Why
`proxyConfiguration.properties` are the settings ECS hands to the App Mesh CNI plugin, as
name/value pairs. The documented names are `IgnoredUID`, `IgnoredGID`, `AppPorts`,
`ProxyIngressPort`, `ProxyEgressPort`, `EgressIgnoredPorts` and `EgressIgnoredIPs`; anything else
(for example `IgnoredUid` or `ProxyIngressPorts`) is a typo that configures nothing. The API
reference marks these as required:

- `IgnoredUID` or `IgnoredGID` (either may be empty when the other is given): the user or group
  of the proxy container, so that the proxy's own traffic is not redirected back to itself;
- `AppPorts`: the application's ports, whose traffic goes through the proxy;
- `ProxyIngressPort` and `ProxyEgressPort`: where the proxy listens.

The API reference marks `EgressIgnoredPorts` and `EgressIgnoredIPs` as required too, but AWS's own
task definition examples omit them and the AWS CDK treats them as optional, so they are not
required here. A property whose name holds a template placeholder could be any of them: the
missing-property check is then skipped.

## Bad
```json
"proxyConfiguration": {"type": "APPMESH", "containerName": "envoy",
  "properties": [{"name": "IgnoredUid", "value": "1337"}, {"name": "AppPorts", "value": "8080"},
                 {"name": "ProxyIngressPort", "value": "15000"},
                 {"name": "ProxyEgressPort", "value": "15001"}]}
```

## Good
```json
"proxyConfiguration": {"type": "APPMESH", "containerName": "envoy",
  "properties": [{"name": "IgnoredUID", "value": "1337"}, {"name": "AppPorts", "value": "8080"},
                 {"name": "ProxyIngressPort", "value": "15000"},
                 {"name": "ProxyEgressPort", "value": "15001"},
                 {"name": "EgressIgnoredIPs", "value": "169.254.170.2,169.254.169.254"}]}
```

## References
- Amazon ECS API Reference: ProxyConfiguration.properties
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ProxyConfiguration.html
- AWS CDK AppMeshProxyConfigurationProps (appPorts, proxyIngressPort, proxyEgressPort required;
  egressIgnoredIPs, egressIgnoredPorts optional)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
