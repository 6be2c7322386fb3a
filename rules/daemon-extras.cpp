#include "rules/ecs_deploy.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  auto scheduling = known_string(cx.root, "schedulingStrategy");
  if (!scheduling || *scheduling != "DAEMON") return;
  if (member(cx.root, "desiredCount"))
    cx.report_key(Pointer() / "desiredCount",
                  "desiredCount has no effect on a DAEMON service (ECS runs one task on each "
                  "container instance); remove it");
  const Json* placement = array_member(cx.root, "placementStrategy");
  if (placement && !placement->Empty())
    cx.report_key(Pointer() / "placementStrategy",
                  "placementStrategy has no effect on a DAEMON service (ECS runs one task on each "
                  "container instance); remove it");
  const Json* configuration = object_member(cx.root, "deploymentConfiguration");
  if (!configuration) return;
  if (auto maximum = int_member(*configuration, "maximumPercent"); maximum && *maximum != 100)
    cx.report(deployment_configuration_at() / "maximumPercent",
              fmt::format("maximumPercent {} on a DAEMON service; it should remain 100, since a "
                          "daemon never runs more than one task per container instance",
                          *maximum));
}

constexpr Rule kRule = {
    "daemon-extras", kService, Level::warning,
    "A DAEMON service sets desiredCount, placementStrategy or a maximumPercent other than 100",
    R"md(
## Why
A DAEMON service runs exactly one task on each active container instance that meets the task's
placement constraints; ECS computes the number of tasks itself. The API Reference and the
developer guide say a daemon service does not need a desired count or a placement strategy
("you don't need to specify a desired number of tasks, a task placement strategy, or use
Service Auto Scaling policies") and that for DAEMON services `maximumPercent` "should remain at
100%", the default; `minimumHealthyPercent` may be lowered to let a deployment stop old tasks
first. Setting them is at best ignored and suggests the service was meant to be REPLICA.

This is a warning: whether ECS refuses these members or ignores them has changed over time and
is not documented precisely.

## Bad
```json
{"serviceName": "log-router", "taskDefinition": "fluent-bit:4", "schedulingStrategy": "DAEMON",
 "desiredCount": 3, "deploymentConfiguration": {"maximumPercent": 200}}
```

## Good
```json
{"serviceName": "log-router", "taskDefinition": "fluent-bit:4", "schedulingStrategy": "DAEMON",
 "deploymentConfiguration": {"minimumHealthyPercent": 0}}
```

## References
- Amazon ECS API Reference: CreateService.schedulingStrategy, CreateService.desiredCount,
  DeploymentConfiguration.maximumPercent
- Amazon ECS Developer Guide: Amazon ECS services, "Daemon"
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
