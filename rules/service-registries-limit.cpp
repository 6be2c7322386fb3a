#include "rules/ecs_network.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  size_t count = item_count(cx.root, "serviceRegistries");
  if (count > 1)
    cx.report(Pointer() / "serviceRegistries",
              fmt::format("{} service registries are too many; a service can use only one", count));
}

constexpr Rule kRule = {
    "service-registries-limit", kService, Level::error,
    "A service lists more than one service discovery registry",
    R"md(
## Why
`serviceRegistries` connects a service to AWS Cloud Map service discovery. The field is a list,
but ECS accepts one registry per service: "Each service may be associated with one service
registry. Multiple service registries for each service isn't supported." The schema does not
bound the list, so this rule does. (To give clients several names, use Service Connect client
aliases or several Cloud Map records on the one registry.)

## Bad
```json
{
  "serviceName": "api",
  "taskDefinition": "api:7",
  "serviceRegistries": [
    {"registryArn": "arn:aws:servicediscovery:us-east-1:111122223333:service/srv-aaaaaaaaaaaaaaaa"},
    {"registryArn": "arn:aws:servicediscovery:us-east-1:111122223333:service/srv-bbbbbbbbbbbbbbbb"}]
}
```

## Good
```json
{
  "serviceName": "api",
  "taskDefinition": "api:7",
  "serviceRegistries": [
    {"registryArn": "arn:aws:servicediscovery:us-east-1:111122223333:service/srv-aaaaaaaaaaaaaaaa"}]
}
```

## References
- Amazon ECS API Reference: CreateService.serviceRegistries ("Each service may be associated
  with one service registry. Multiple service registries for each service isn't supported.")
- Amazon ECS Developer Guide, Use service discovery to connect Amazon ECS services with DNS names
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
