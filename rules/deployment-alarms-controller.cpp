#include "rules/ecs_deploy.hpp"

namespace ecslint {
namespace {

void check(Context& cx) { report_enabled_without_ecs_controller(cx, "alarms"); }

constexpr Rule kRule = {
    "deployment-alarms-controller", kService, Level::error,
    "CloudWatch deployment alarms are enabled on a CODE_DEPLOY or EXTERNAL service",
    R"md(
## Why
Deployment alarms let ECS mark a deployment as failed (and roll it back) when CloudWatch alarms
fire. The API Reference says: "You can only use the `DeploymentAlarms` method to detect
failures when the `DeploymentController` is set to `ECS`." With the CODE_DEPLOY or EXTERNAL
deployment controller, alarms belong to CodeDeploy's deployment group or to the external tool,
and enabled `deploymentConfiguration.alarms` are refused. Alarms with `"enable": false` are not
reported; a deployment controller holding a placeholder is not checked.

## Bad
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
 "deploymentController": {"type": "EXTERNAL"},
 "deploymentConfiguration": {"alarms": {"alarmNames": ["web-5xx"], "enable": true, "rollback": true}}}
```

## Good
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
 "deploymentConfiguration": {"alarms": {"alarmNames": ["web-5xx"], "enable": true, "rollback": true}}}
```

## References
- Amazon ECS API Reference: DeploymentAlarms, DeploymentConfiguration.alarms
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
