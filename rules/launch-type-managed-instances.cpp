#include "rules/rule.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  auto launch_type = known_string(cx.root, "launchType");
  if (launch_type && *launch_type == "MANAGED_INSTANCES")
    cx.report(Pointer() / "launchType",
              "launchType MANAGED_INSTANCES: ECS Managed Instances are used through a capacity "
              "provider strategy; remove launchType and name the cluster's Managed Instances "
              "capacity provider in capacityProviderStrategy");
}

constexpr Rule kRule = {
    "launch-type-managed-instances", kService, Level::warning,
    "The service asks for the MANAGED_INSTANCES launch type instead of a capacity provider",
    R"md(
## Why
`MANAGED_INSTANCES` is one of the values the API model lists for `launchType`, but Amazon ECS
Managed Instances run tasks through a Managed Instances capacity provider that belongs to the
cluster: the API Reference for `launchType` says Managed Instances must use a capacity provider
strategy, and the developer guide moves services to Managed Instances by giving them that
capacity provider ("Updating an Amazon ECS service to use a capacity provider"). A service that
names the launch type instead will not be placed the way it is meant to. This is a warning, not
an error: the API accepts the value in its model, and whether ECS refuses it at CreateService is
not documented.

## Bad
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
 "launchType": "MANAGED_INSTANCES"}
```

## Good
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
 "capacityProviderStrategy": [{"capacityProvider": "managed-instances-cp", "weight": 1}]}
```

## References
- Amazon ECS API Reference: CreateService.launchType
- Amazon ECS Developer Guide: Updating an Amazon ECS service to use a capacity provider,
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/update-service-managed-instances.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
