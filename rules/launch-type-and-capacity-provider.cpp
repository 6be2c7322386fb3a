#include "rules/rule.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  const Json* strategy = array_member(cx.root, "capacityProviderStrategy");
  // An empty strategy is what console exports and describe output hold for "none".
  auto launch_type = known_string(cx.root, "launchType");
  if (!strategy || strategy->Empty() || !launch_type || launch_type->empty()) return;
  cx.report_key(Pointer() / "launchType",
                fmt::format("launchType {} and capacityProviderStrategy are both set; ECS: "
                            "\"Specifying both a launch type and capacity provider strategy is "
                            "not supported. Remove one and try again.\"",
                            *launch_type));
}

constexpr Rule kRule = {
    "launch-type-and-capacity-provider", kService, Level::error,
    "The service sets both a launch type and a capacity provider strategy",
    R"md(
## Why
A service runs its tasks either on a launch type (`launchType`) or through a capacity provider
strategy (`capacityProviderStrategy`), never both: "If a `capacityProviderStrategy` is
specified, the `launchType` parameter must be omitted." CreateService refuses the pair with
"Specifying both a launch type and capacity provider strategy is not supported. Remove one and
try again." An empty `capacityProviderStrategy` (`[]`) is not reported, and neither is a launch
type holding a template placeholder.

## Bad
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2, "launchType": "FARGATE",
 "capacityProviderStrategy": [{"capacityProvider": "FARGATE_SPOT", "weight": 1}]}
```

## Good
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
 "capacityProviderStrategy": [{"capacityProvider": "FARGATE_SPOT", "weight": 1}]}
```

## References
- Amazon ECS API Reference: CreateService.capacityProviderStrategy and CreateService.launchType
- terraform-linters/tflint-ruleset-aws#349 and pulumi/pulumi-awsx#599 (the error message)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
