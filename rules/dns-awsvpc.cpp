#include "rules/ecs_ports.hpp"

namespace ecslint {
namespace {

constexpr const char* kMembers[] = {"dnsServers", "dnsSearchDomains", "disableNetworking"};

void check(Context& cx) {
  // On Fargate, fargate-unsupported-parameter already reports all three as errors.
  if (network_mode(cx.root) != "awsvpc" || fargate_applies(cx.root)) return;
  for (const char* key : kMembers)
    for_each_container_using(cx.root, key, [&](const Json&, const Place& at) {
      cx.report_key(at, fmt::format("{} may not be supported when networkMode=awsvpc; the task's "
                                    "network interface uses the VPC's DNS settings",
                                    key));
    });
}

constexpr Rule kRule = {
    "dns-awsvpc", kTaskDefinition, Level::warning,
    "A container sets dnsServers, dnsSearchDomains or disableNetworking in awsvpc network mode",
    R"md(
## Why
With the `awsvpc` network mode each task gets an elastic network interface whose DNS resolution
comes from the VPC (its DHCP options set and the Route 53 Resolver). Earlier editions of the
Amazon ECS Developer Guide said that `dnsServers`, `dnsSearchDomains` and `disableNetworking` are
not supported with `awsvpc`; the current API Reference only says that `dnsServers` and
`dnsSearchDomains` are not supported for Windows containers. Because the sources disagree, this
is a warning, not an error: check that the setting really takes effect, or configure DNS in the
VPC (DHCP options set, Route 53 private hosted zones) instead.

Empty lists and `"disableNetworking": false` are not reported. On Fargate the rule stays silent,
since `fargate-unsupported-parameter` reports these parameters there as errors.

## Bad
```json
{
  "family": "web",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 256, "dnsServers": ["10.0.0.2"]}
  ]
}
```

## Good
```json
{
  "family": "web",
  "networkMode": "awsvpc",
  "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 256}]
}
```

## References
- Amazon ECS API Reference: ContainerDefinition.dnsServers, dnsSearchDomains, disableNetworking
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
- Amazon ECS Developer Guide (2023 edition), task definition parameters, "Network settings"
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
