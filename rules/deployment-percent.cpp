#include "rules/ecs_deploy.hpp"

namespace ecslint {
namespace {

// ECS's defaults for a REPLICA service with the ECS deployment controller.
constexpr int64_t kDefaultMinimum = 100;
constexpr int64_t kDefaultMaximum = 200;

void check(Context& cx) {
  const Json* configuration = object_member(cx.root, "deploymentConfiguration");
  if (!configuration) return;
  // CODE_DEPLOY and EXTERNAL use the percentages only while instances drain, and DAEMON services
  // have their own rules (daemon-extras).
  auto scheduling = known_string(cx.root, "schedulingStrategy");
  if (deployment_controller(cx.root) != "ECS" || (scheduling && *scheduling == "DAEMON")) return;
  const Pointer at = deployment_configuration_at();
  auto minimum = int_member(*configuration, "minimumHealthyPercent");
  auto maximum = int_member(*configuration, "maximumPercent");
  bool reported = false;
  if (minimum && (*minimum < 0 || *minimum > 100)) {
    cx.report(at / "minimumHealthyPercent",
              fmt::format("minimumHealthyPercent {} is out of range; use 0–100", *minimum));
    reported = true;
  }
  if (maximum && *maximum < 100) {
    cx.report(at / "maximumPercent",
              fmt::format("maximumPercent {} is below 100; ECS could not even keep the desired "
                          "number of tasks running during a deployment",
                          *maximum));
    reported = true;
  }
  // Rolling updates only: the other strategies start the whole new revision beside the old one.
  auto count = int_member(cx.root, "desiredCount");
  if (reported || deployment_strategy(cx.root) != "ROLLING" || !count || *count <= 0 ||
      (!minimum && !maximum))
    return;
  // ECS rounds the lower limit up and the upper limit down.
  int64_t low = (*count * minimum.value_or(kDefaultMinimum) + 99) / 100;
  int64_t high = (*count * maximum.value_or(kDefaultMaximum)) / 100;
  if (high > low) return;
  cx.report(at / (maximum ? "maximumPercent" : "minimumHealthyPercent"),
            fmt::format("with desiredCount {}, minimumHealthyPercent {} and maximumPercent {} ECS "
                        "must keep {} task{} running and may run at most {}, so a rolling update "
                        "can neither start a new task nor stop an old one; raise maximumPercent or "
                        "lower minimumHealthyPercent",
                        *count, minimum.value_or(kDefaultMinimum),
                        maximum.value_or(kDefaultMaximum), low, low == 1 ? "" : "s", high));
}

constexpr Rule kRule = {
    "deployment-percent", kService, Level::warning,
    "Deployment percentages out of range, or so close that a rolling update cannot proceed",
    R"md(
## Why
During a rolling update ECS keeps at least `desiredCount × minimumHealthyPercent / 100` tasks
running (rounded up) and at most `desiredCount × maximumPercent / 100` (rounded down); the
defaults are 100 and 200. `minimumHealthyPercent` is a share of the desired count (0–100), and a
`maximumPercent` below 100 would not even let the desired number of tasks run. When the upper
limit is not above the lower one, for example `desiredCount` 1 with 100 / 100, ECS can neither
start a new task before stopping an old one nor stop an old one first: the deployment never
makes progress.

This is a warning: the API Reference describes these limits but does not say that CreateService
refuses values outside them. Services with the CODE_DEPLOY or EXTERNAL deployment controller
(which use the percentages only while container instances drain), DAEMON services (see
`daemon-extras`) and the BLUE_GREEN, LINEAR and CANARY strategies (which start the whole new
revision beside the old one) are not checked for the deadlock.

## Bad
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 1,
 "deploymentConfiguration": {"minimumHealthyPercent": 100, "maximumPercent": 100}}
```

## Good
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 1,
 "deploymentConfiguration": {"minimumHealthyPercent": 100, "maximumPercent": 200}}
```

## References
- Amazon ECS API Reference: DeploymentConfiguration.minimumHealthyPercent and
  DeploymentConfiguration.maximumPercent (rounding, defaults)
- Amazon ECS Developer Guide: Deploy Amazon ECS services by replacing tasks (rolling update)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
