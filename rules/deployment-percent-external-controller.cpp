#include "rules/ecs_deploy.hpp"

namespace ecslint {
namespace {

struct Percent {
  const char* key;
  int64_t default_value;
};

constexpr Percent kPercents[] = {{"maximumPercent", 200}, {"minimumHealthyPercent", 100}};

void check(Context& cx) {
  std::string_view controller = deployment_controller(cx.root);
  auto launch_type = known_string(cx.root, "launchType");
  if ((controller != "CODE_DEPLOY" && controller != "EXTERNAL") || !launch_type ||
      *launch_type != "EC2")
    return;
  const Json* configuration = object_member(cx.root, "deploymentConfiguration");
  if (!configuration) return;
  for (const Percent& percent : kPercents) {
    auto value = int_member(*configuration, percent.key);
    if (value && *value != percent.default_value)
      cx.report(deployment_configuration_at() / percent.key,
                fmt::format("a custom {} ({}) is not allowed for a service with the {} deployment "
                            "controller and the EC2 launch type; remove it (ECS uses {})",
                            percent.key, *value, controller, percent.default_value));
  }
}

constexpr Rule kRule = {
    "deployment-percent-external-controller", kService, Level::error,
    "A CODE_DEPLOY or EXTERNAL service on EC2 sets a custom maximumPercent or minimumHealthyPercent",
    R"md(
## Why
With the blue/green (CODE_DEPLOY) or EXTERNAL deployment controller, the new tasks are started
by CodeDeploy or by task sets, and the deployment percentages only limit how many tasks keep
running while container instances drain. For such services on the EC2 launch type the API
Reference says: "You can't specify a custom maximumPercent value for a service that uses either
the blue/green (CODE_DEPLOY) or EXTERNAL deployment types and has tasks that use the EC2 launch
type", and the same of `minimumHealthyPercent`; ECS uses the defaults (200 and 100). A value
equal to the default is not reported, and neither is a service whose launch type is not given
(its capacity provider strategy decides, which one document cannot tell).

## Bad
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2, "launchType": "EC2",
 "deploymentController": {"type": "CODE_DEPLOY"},
 "deploymentConfiguration": {"maximumPercent": 150, "minimumHealthyPercent": 50}}
```

## Good
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2, "launchType": "EC2",
 "deploymentController": {"type": "CODE_DEPLOY"}}
```

## References
- Amazon ECS API Reference: DeploymentConfiguration.maximumPercent and
  DeploymentConfiguration.minimumHealthyPercent
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
