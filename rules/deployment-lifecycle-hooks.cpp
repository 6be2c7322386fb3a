#include "rules/ecs_deploy.hpp"

namespace ecslint {
namespace {

constexpr double kMaxTimeoutMinutes = 20160;  // 14 days

void check_timeout(Context& cx, const Json& hook, const Place& at) {
  const Json* timeout = object_member(hook, "timeoutConfiguration");
  if (!timeout) return;
  auto minutes = number_member(*timeout, "timeoutInMinutes");
  if (!minutes) return;
  const Pointer minutes_at = at / "timeoutConfiguration" / "timeoutInMinutes";
  if (*minutes < 1 || *minutes > kMaxTimeoutMinutes)
    cx.report(minutes_at, fmt::format("timeoutInMinutes {} is out of range; ECS allows 1–20160 "
                                      "minutes (14 days)",
                                      show_number(*minutes)));
  else if (!is_whole(*minutes))
    cx.report(minutes_at, fmt::format("timeoutInMinutes {} is not a whole number of minutes",
                                      show_number(*minutes)));
}

void check_hook(Context& cx, const Json& hook, const Place& at) {
  if (!hook.IsObject()) return;
  const Json* type_value = member(hook, "targetType");
  auto type = known_string(hook, "targetType");
  if (type_value && !type) return;  // a placeholder: the hook's kind is unknown
  std::string_view target = type ? *type : std::string_view("AWS_LAMBDA");
  const Json* stages = member(hook, "lifecycleStages");
  if (!stages)
    cx.report(at, "the lifecycle hook has no lifecycleStages; name the stages at which it runs");
  else if (stages->IsArray() && stages->Empty())
    cx.report(at / "lifecycleStages", "lifecycleStages is empty; name the stages at which the hook runs");
  if (target == "AWS_LAMBDA" && !member(hook, "hookTargetArn"))
    cx.report(at, "the AWS_LAMBDA lifecycle hook has no hookTargetArn; name the Lambda function "
                  "ARN");
  if (target == "PAUSE")
    for_each_item(stages, at / "lifecycleStages", [&](const Json& stage, const Place& stage_at) {
      if (!stage.IsString()) return;
      std::string_view name(stage.GetString(), stage.GetStringLength());
      if (name == "TEST_TRAFFIC_SHIFT" || name == "PRODUCTION_TRAFFIC_SHIFT")
        cx.report(stage_at, fmt::format("a PAUSE hook cannot run at {}; that stage takes only "
                                        "AWS_LAMBDA hooks (pause at POST_{} instead)",
                                        name, name));
    });
  check_timeout(cx, hook, at);
}

void check(Context& cx) {
  const Json* configuration = object_member(cx.root, "deploymentConfiguration");
  if (!configuration) return;
  for_each_item(array_member(*configuration, "lifecycleHooks"),
                deployment_configuration_at() / "lifecycleHooks",
                [&](const Json& hook, const Place& at) { check_hook(cx, hook, at); });
}

constexpr Rule kRule = {
    "deployment-lifecycle-hooks", kService, Level::error,
    "A deployment lifecycle hook lacks its stages or target, pauses where it cannot, or times out badly",
    R"md(
## Why
Deployment lifecycle hooks (`deploymentConfiguration.lifecycleHooks`) run a Lambda function or
pause the deployment at chosen stages. The API Reference sets these rules for each hook:

- `lifecycleStages` is required ("You must provide this parameter when configuring a deployment
  lifecycle hook") and names at least one stage;
- `targetType` is `AWS_LAMBDA` (the default) or `PAUSE`; an `AWS_LAMBDA` hook needs
  `hookTargetArn`, the Lambda function ARN ("You must provide this parameter when configuring an
  AWS_LAMBDA lifecycle hook");
- "PAUSE hooks cannot be configured at TEST_TRAFFIC_SHIFT or PRODUCTION_TRAFFIC_SHIFT stages.
  These stages are only valid for AWS_LAMBDA hooks.";
- `timeoutConfiguration.timeoutInMinutes` is a whole number of minutes from 1 to 20160 (14
  days; default 1440).

Stage names and the timeout action are enums and are checked by the schema. A hook whose
`targetType` holds a template placeholder is not checked.

## Bad
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
 "deploymentConfiguration": {"strategy": "BLUE_GREEN", "bakeTimeInMinutes": 5,
   "lifecycleHooks": [{"targetType": "PAUSE", "lifecycleStages": ["TEST_TRAFFIC_SHIFT"],
                       "timeoutConfiguration": {"timeoutInMinutes": 30000}}]}}
```

## Good
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
 "deploymentConfiguration": {"strategy": "BLUE_GREEN", "bakeTimeInMinutes": 5,
   "lifecycleHooks": [{"targetType": "PAUSE", "lifecycleStages": ["POST_TEST_TRAFFIC_SHIFT"],
                       "timeoutConfiguration": {"timeoutInMinutes": 60, "action": "ROLLBACK"}}]}}
```

## References
- Amazon ECS API Reference: DeploymentLifecycleHook (`lifecycleStages`, `hookTargetArn`,
  `targetType`), DeploymentLifecycleHookTimeoutConfiguration (`timeoutInMinutes`)
- Amazon ECS Developer Guide: Pause hooks for Amazon ECS service deployments,
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/pause-lifecycle-hooks.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
