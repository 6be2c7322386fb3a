#include "rules/ecs_network.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_object(cx.root, Pointer(), "loadBalancers", [&](const Json& lb, const Place& at) {
    const bool target_group = given(member(lb, "targetGroupArn"));
    const bool classic = given(member(lb, "loadBalancerName"));
    if (target_group && classic)
      cx.report_key(at / "loadBalancerName",
                    "a load balancer entry takes either `targetGroupArn` (Application or Network "
                    "Load Balancer) or `loadBalancerName` (Classic Load Balancer), not both");
    else if (!target_group && !classic)
      cx.report(at / "targetGroupArn",
                "load balancer entry names no load balancer; give `targetGroupArn` "
                "(Application or Network Load Balancer) or `loadBalancerName` (Classic)");
    for (const char* key : {"containerName", "containerPort"})
      if (!given(member(lb, key)))
        cx.report(at / key,
                  fmt::format("load balancer entry lacks `{}`; ECS needs the container and "
                              "port to register with the load balancer",
                              key));
  });
}

constexpr Rule kRule = {
    "load-balancer-fields", kService, Level::error,
    "A load balancer entry must name one load balancer and the container and port to register",
    R"md(
## Why
Each `loadBalancers` entry of a service tells ECS where to register the tasks:
- for an Application or Network Load Balancer, the `targetGroupArn` of a target group;
- for a Classic Load Balancer, its `loadBalancerName`;
- in both cases the `containerName` and `containerPort` (from the task definition) that
  receive the traffic.

An entry takes one of `targetGroupArn` and `loadBalancerName`, never both, and always the
container and port; ECS rejects the service otherwise. Empty strings (as in the
`--generate-cli-skeleton` output) count as missing. Whether the container and port exist in the
task definition is a cross-file check.

## Bad
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "loadBalancers": [{
    "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/web/0123456789abcdef",
    "loadBalancerName": "web-elb"}]
}
```

## Good
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "loadBalancers": [{
    "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/web/0123456789abcdef",
    "containerName": "web", "containerPort": 80}]
}
```

## References
- Amazon ECS API Reference: CreateService.loadBalancers, LoadBalancer (targetGroupArn,
  loadBalancerName, containerName, containerPort)
- Amazon ECS Developer Guide, Use load balancing to distribute Amazon ECS service traffic:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-load-balancing.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
