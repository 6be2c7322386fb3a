#include <cmath>

#include "rules/ecs_deploy.hpp"

namespace ecslint {
namespace {

constexpr double kMaxBakeMinutes = 1440;

// A traffic share in percent: min–100, in steps of 0.1.
void check_percent(Context& cx, const Json& object, const Place& at, const char* key, double min) {
  auto value = number_member(object, key);
  if (!value) return;
  double tenths = *value * 10;
  if (*value < min || *value > 100)
    cx.report(at / key, fmt::format("{} {} is out of range; ECS allows {:.1f}–100.0", key,
                                    show_number(*value), min));
  else if (std::fabs(tenths - std::round(tenths)) > 1e-9)
    cx.report(at / key, fmt::format("{} {} is not a multiple of 0.1", key, show_number(*value)));
}

// A bake time: whole minutes, 0–1440 (24 hours).
void check_bake(Context& cx, const Json& object, const Place& at, const char* key) {
  auto value = number_member(object, key);
  if (!value) return;
  if (*value < 0 || *value > kMaxBakeMinutes)
    cx.report(at / key, fmt::format("{} {} is out of range; ECS allows 0–1440 minutes", key,
                                    show_number(*value)));
  else if (!is_whole(*value))
    cx.report(at / key, fmt::format("{} {} is not a whole number of minutes", key,
                                    show_number(*value)));
}

struct Shape {
  const char* key;       // the configuration member
  const char* strategy;  // the only strategy it belongs to
  const char* percent;   // its traffic share and the share's minimum
  double percent_min;
  const char* bake;
};

constexpr Shape kShapes[] = {
    {"linearConfiguration", "LINEAR", "stepPercent", 3.0, "stepBakeTimeInMinutes"},
    {"canaryConfiguration", "CANARY", "canaryPercent", 0.1, "canaryBakeTimeInMinutes"},
};

void check(Context& cx) {
  const Json* configuration = object_member(cx.root, "deploymentConfiguration");
  if (!configuration) return;
  const Pointer at = deployment_configuration_at();
  std::string_view strategy = deployment_strategy(cx.root);
  std::string_view controller = deployment_controller(cx.root);
  if (!strategy.empty() && strategy != "ROLLING" && (controller == "CODE_DEPLOY" || controller == "EXTERNAL"))
    cx.report(at / "strategy",
              fmt::format("strategy {} needs the ECS deployment controller, and this service uses "
                          "{}; remove the strategy or use the ECS controller",
                          strategy, controller));
  check_bake(cx, *configuration, at, "bakeTimeInMinutes");
  for (const Shape& shape : kShapes) {
    const Json* part = member(*configuration, shape.key);
    if (!part || !part->IsObject()) continue;
    if (!strategy.empty() && strategy != shape.strategy)
      cx.report_key(at / shape.key,
                    fmt::format("{} is only valid with strategy {}, and this service uses {}; "
                                "remove it or set the strategy to {}",
                                shape.key, shape.strategy, strategy, shape.strategy));
    check_percent(cx, *part, at / shape.key, shape.percent, shape.percent_min);
    check_bake(cx, *part, at / shape.key, shape.bake);
  }
}

constexpr Rule kRule = {
    "deployment-strategy", kService, Level::error,
    "The deployment strategy or its linear/canary settings do not fit the controller or their ranges",
    R"md(
## Why
`deploymentConfiguration.strategy` (ROLLING, BLUE_GREEN, LINEAR, CANARY) chooses how the ECS
deployment controller replaces a service revision; the developer guide's setup for blue/green,
linear and canary deployments starts with "Set the service deployment controller to ECS", so a
strategy other than ROLLING with the CODE_DEPLOY or EXTERNAL controller cannot take effect. The
API Reference gives the rest:

- `linearConfiguration` is "Only valid when the deployment strategy is LINEAR", and
  `canaryConfiguration` only when it is CANARY;
- `linearConfiguration.stepPercent`: 3.0–100.0 in multiples of 0.1;
- `canaryConfiguration.canaryPercent`: 0.1–100.0 in multiples of 0.1;
- `bakeTimeInMinutes`, `stepBakeTimeInMinutes`, `canaryBakeTimeInMinutes`: whole minutes,
  0–1440 (24 hours).

An absent strategy is ROLLING. A strategy or controller holding a template placeholder is not
checked. Whether `bakeTimeInMinutes` may be left out with BLUE_GREEN is reported separately, as a
warning (`blue-green-bake-time-missing`).

## Bad
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
 "deploymentConfiguration": {"strategy": "CANARY",
   "linearConfiguration": {"stepPercent": 2.5, "stepBakeTimeInMinutes": 5}}}
```

## Good
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
 "deploymentConfiguration": {"strategy": "LINEAR", "bakeTimeInMinutes": 10,
   "linearConfiguration": {"stepPercent": 10.0, "stepBakeTimeInMinutes": 5}}}
```

## References
- Amazon ECS API Reference: DeploymentConfiguration (`strategy`, `bakeTimeInMinutes`,
  `linearConfiguration`, `canaryConfiguration`), LinearConfiguration, CanaryConfiguration
- Amazon ECS Developer Guide: Required resources for Amazon ECS linear deployments,
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/linear-deployment-implementation.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
