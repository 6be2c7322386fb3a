#include "rules/ecs_network.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!service_connect_enabled(cx.root)) return;
  std::string_view controller = deployment_controller(cx.root);
  if (controller != "CODE_DEPLOY" && controller != "EXTERNAL") return;
  cx.report(
      Pointer() / "serviceConnectConfiguration" / "enabled",
      fmt::format("enabling Service Connect is not supported with the {} deployment controller; "
                  "use "
                  "the ECS controller (its ROLLING, BLUE_GREEN, LINEAR and CANARY "
                  "strategies support Service Connect)",
                  controller));
}

constexpr Rule kRule = {
    "service-connect-controller", kService, Level::error,
    "Service Connect is enabled on a service with the CODE_DEPLOY or EXTERNAL deployment controller",
    R"md(
## Why
Service Connect works only with services deployed by ECS itself, that is with the `ECS`
deployment controller (the default). When it was introduced the Developer Guide said "Only
services that use rolling deployments are supported"; since 2025 the ECS controller also offers
the native `BLUE_GREEN`, `LINEAR` and `CANARY` strategies, which support Service Connect (they
can even route test traffic through Service Connect `testTrafficRules`). Services deployed by
CodeDeploy (`CODE_DEPLOY`) or by a third-party controller (`EXTERNAL`, task sets) still cannot
enable it. This rule fires only when `serviceConnectConfiguration.enabled` is `true`.

## Bad
```json
{
  "serviceName": "api",
  "taskDefinition": "api:7",
  "deploymentController": {"type": "CODE_DEPLOY"},
  "serviceConnectConfiguration": {"enabled": true, "namespace": "internal",
    "services": [{"portName": "http"}]}
}
```

## Good
```json
{
  "serviceName": "api",
  "taskDefinition": "api:7",
  "deploymentController": {"type": "ECS"},
  "deploymentConfiguration": {"strategy": "BLUE_GREEN", "bakeTimeInMinutes": 5},
  "serviceConnectConfiguration": {"enabled": true, "namespace": "internal",
    "services": [{"portName": "http"}]}
}
```

## References
- Amazon ECS Developer Guide, Service Connect considerations (2023: "Only services that use
  rolling deployments are supported")
- Amazon ECS Developer Guide, Required resources for Amazon ECS blue/green deployments ("your
  service must use ... Elastic Load Balancing [or] Service Connect"; "Set the service deployment
  controller to ECS"):
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/blue-green-deployment-implementation.html
- Amazon ECS API Reference: ServiceConnectConfiguration, DeploymentController
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
