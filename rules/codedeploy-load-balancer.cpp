#include "rules/ecs_network.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (deployment_controller(cx.root) != "CODE_DEPLOY") return;
  // UpdateService input without loadBalancers keeps the service's current ones.
  if (!has_load_balancer(cx.root) && !is_update_service(cx.root)) {
    cx.report(Pointer() / "deploymentController" / "type",
              "the CODE_DEPLOY deployment controller needs a load balancer; add a "
              "`loadBalancers` entry with the `targetGroupArn` of an Application or Network "
              "Load Balancer target group");
    return;
  }
  for_each_object(cx.root, Pointer(), "loadBalancers", [&](const Json& lb, const Place& at) {
    if (given(member(lb, "loadBalancerName")))
      cx.report_key(at / "loadBalancerName",
                    "a Classic Load Balancer cannot serve a CODE_DEPLOY (blue/green) service; "
                    "use the `targetGroupArn` of an Application or Network Load Balancer");
  });
}

constexpr Rule kRule = {
    "codedeploy-load-balancer", kService, Level::error,
    "A CODE_DEPLOY service needs an Application or Network Load Balancer target group",
    R"md(
## Why
A service with the `CODE_DEPLOY` deployment controller is deployed blue/green by AWS CodeDeploy,
which shifts traffic between two target groups of an Application Load Balancer or a Network
Load Balancer. CreateService therefore needs a `loadBalancers` entry with a `targetGroupArn`,
and a Classic Load Balancer (`loadBalancerName`) cannot take part in a blue/green deployment.
UpdateService input that leaves `loadBalancers` out keeps the service's current load balancers
and is not reported.

## Bad
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "deploymentController": {"type": "CODE_DEPLOY"},
  "desiredCount": 2
}
```

## Good
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "deploymentController": {"type": "CODE_DEPLOY"},
  "loadBalancers": [{
    "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/web-blue/0123456789abcdef",
    "containerName": "web", "containerPort": 80}],
  "desiredCount": 2
}
```

## References
- Amazon ECS API Reference: CreateService.loadBalancers ("If the service uses the CODE_DEPLOY
  deployment controller ... you must use either an Application Load Balancer or Network Load
  Balancer"), DeploymentController.type
- Amazon ECS Developer Guide, Blue/green deployment with CodeDeploy:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-bluegreen.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
