#include <string>

#include "rules/ecs_deploy.hpp"

namespace ecslint {
namespace {

constexpr const char* kNeeded[] = {"alternateTargetGroupArn", "productionListenerRule", "roleArn"};

// True when Service Connect is configured and not switched off.
bool uses_service_connect(const Json& service) {
  const Json* connect = object_member(service, "serviceConnectConfiguration");
  if (!connect) return false;
  auto enabled = bool_member(*connect, "enabled");
  return !enabled || *enabled;
}

void check_load_balancer(Context& cx, const Json& balancer, const Place& at, std::string_view strategy) {
  // Classic load balancers (loadBalancerName) are the role of another rule.
  if (!balancer.IsObject() || !member(balancer, "targetGroupArn")) return;
  const Json* advanced = member(balancer, "advancedConfiguration");
  if (!advanced) {
    cx.report(at, fmt::format("strategy {} shifts traffic between two target groups, and this "
                              "load balancer has no advancedConfiguration (alternateTargetGroupArn, "
                              "productionListenerRule, roleArn)",
                              strategy));
    return;
  }
  if (!advanced->IsObject()) return;
  std::string missing;
  for (const char* key : kNeeded)
    if (!member(*advanced, key)) missing += missing.empty() ? key : std::string(", ") + key;
  if (!missing.empty())
    cx.report_key(at / "advancedConfiguration",
                  fmt::format("advancedConfiguration lacks {}, which strategy {} needs to shift "
                              "traffic",
                              missing, strategy));
}

void check(Context& cx) {
  std::string_view strategy = deployment_strategy(cx.root);
  if (strategy != "BLUE_GREEN" && strategy != "LINEAR" && strategy != "CANARY") return;
  if (uses_service_connect(cx.root)) return;
  const Json* balancers = array_member(cx.root, "loadBalancers");
  if (balancers && !balancers->Empty()) {
    for_each_item(balancers, Pointer() / "loadBalancers", [&](const Json& balancer, const Place& at) {
      check_load_balancer(cx, balancer, at, strategy);
    });
    return;
  }
  // UpdateService keeps the current load balancers when the member is left out.
  if (is_update_service(cx.root)) return;
  cx.report(deployment_configuration_at() / "strategy",
            fmt::format("strategy {} shifts traffic through a load balancer or Service Connect, "
                        "and this service has neither; add loadBalancers with "
                        "advancedConfiguration or serviceConnectConfiguration",
                        strategy));
}

constexpr Rule kRule = {
    "blue-green-traffic-config", kService, Level::warning,
    "A blue/green, linear or canary service lacks load balancer advancedConfiguration and Service Connect",
    R"md(
## Why
ECS-native blue/green, linear and canary deployments start the new revision beside the old one
and then move traffic to it. The developer guide says that to use them with managed traffic
shifting "your service must use one of the following features: Elastic Load Balancing, Service
Connect". With a load balancer, ECS shifts traffic between the production target group and an
alternate one, so each target-group load balancer needs `advancedConfiguration` with
`alternateTargetGroupArn`, `productionListenerRule` (the listener or listener rule whose weights
ECS changes) and `roleArn` (the role ECS uses to call Elastic Load Balancing); `testListenerRule`
is optional.

This is a warning: ECS may accept the service and only fail, or shift nothing, at deployment
time. UpdateService input without `loadBalancers` keeps the current ones and is not reported for
lacking them.

## Bad
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
 "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/blue/0123456789abcdef",
                    "containerName": "web", "containerPort": 80}],
 "deploymentConfiguration": {"strategy": "BLUE_GREEN", "bakeTimeInMinutes": 5}}
```

## Good
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
 "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/blue/0123456789abcdef",
                    "containerName": "web", "containerPort": 80,
                    "advancedConfiguration": {
                      "alternateTargetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/green/fedcba9876543210",
                      "productionListenerRule": "arn:aws:elasticloadbalancing:us-east-1:111122223333:listener-rule/app/web/0123456789abcdef/0123456789abcdef/0123456789abcdef",
                      "roleArn": "arn:aws:iam::111122223333:role/ecsInfrastructureRoleForLoadBalancers"}}],
 "deploymentConfiguration": {"strategy": "BLUE_GREEN", "bakeTimeInMinutes": 5}}
```

## References
- Amazon ECS API Reference: AdvancedConfiguration, LoadBalancer.advancedConfiguration
- Amazon ECS Developer Guide: Required resources for Amazon ECS linear deployments, and
  Application Load Balancer resources for blue/green, linear, and canary deployments
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
