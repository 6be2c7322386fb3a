#include "rules/ecs_deploy.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  // UpdateService keeps the current bake time when the member is left out.
  if (is_update_service(cx.root) || deployment_strategy(cx.root) != "BLUE_GREEN") return;
  const Json* configuration = object_member(cx.root, "deploymentConfiguration");
  if (!configuration || member(*configuration, "bakeTimeInMinutes")) return;
  cx.report(deployment_configuration_at() / "strategy",
            "strategy BLUE_GREEN without bakeTimeInMinutes; the API Reference asks for it with "
            "BLUE_GREEN (0–1440 minutes that both revisions keep running after the traffic shift)");
}

constexpr Rule kRule = {
    "blue-green-bake-time-missing", kService, Level::warning,
    "An ECS-native BLUE_GREEN deployment does not set bakeTimeInMinutes",
    R"md(
## Why
`bakeTimeInMinutes` is "the time period when both blue and green service revisions are running
simultaneously after the production traffic has shifted", and the API Reference says: "You must
provide this parameter when you use the BLUE_GREEN deployment strategy." It is how long a
rollback stays instant.

This is a warning, not an error: the same member is marked "Required: No", CloudFormation, CDK
and Terraform treat it as optional, and no ECS error message for a missing bake time is on
record. UpdateService input keeps the current value when the member is left out and is not
checked.

## Bad
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
 "deploymentConfiguration": {"strategy": "BLUE_GREEN"}}
```

## Good
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
 "deploymentConfiguration": {"strategy": "BLUE_GREEN", "bakeTimeInMinutes": 10}}
```

## References
- Amazon ECS API Reference: DeploymentConfiguration.bakeTimeInMinutes
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
