#include "rules/ecs_deploy.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  report_enabled_without_ecs_controller(cx, "deploymentCircuitBreaker");
}

constexpr Rule kRule = {
    "circuit-breaker-controller", kService, Level::error,
    "The deployment circuit breaker is enabled on a CODE_DEPLOY or EXTERNAL service",
    R"md(
## Why
The deployment circuit breaker watches the tasks that ECS itself starts during a deployment. The
API Reference says: "The deployment circuit breaker can only be used for services using the
rolling update (`ECS`) deployment type." With the CODE_DEPLOY (CodeDeploy blue/green) or
EXTERNAL deployment controller, ECS does not run the deployment, so an enabled circuit breaker
is refused. A circuit breaker with `"enable": false` is what describe output shows for every
service and is not reported; a deployment controller holding a placeholder is not checked.

## Bad
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
 "deploymentController": {"type": "CODE_DEPLOY"},
 "deploymentConfiguration": {"deploymentCircuitBreaker": {"enable": true, "rollback": true}}}
```

## Good
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
 "deploymentController": {"type": "ECS"},
 "deploymentConfiguration": {"deploymentCircuitBreaker": {"enable": true, "rollback": true}}}
```

## References
- Amazon ECS API Reference: DeploymentConfiguration.deploymentCircuitBreaker,
  DeploymentCircuitBreaker
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
