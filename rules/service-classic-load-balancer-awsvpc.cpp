#include "rules/ecs_link.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!cx.linked || linked_network_mode(cx.linked->root) != "awsvpc") return;
  const Pointer mode_at = Pointer() / "networkMode";
  for_each_item(array_member(cx.root, "loadBalancers"), Pointer() / "loadBalancers",
                [&](const Json& item, const Place& at) {
                  auto name = known_string(item, "loadBalancerName");
                  if (!name || name->empty()) return;
                  cx.report_linked(at / "loadBalancerName", mode_at,
                                   fmt::format("Classic Load Balancer '{}' cannot serve tasks with "
                                               "networkMode awsvpc ({}); use an Application or "
                                               "Network Load Balancer target group (targetGroupArn)",
                                               *name, cx.linked->where(mode_at)));
                });
}

constexpr Rule kRule = {
    "service-classic-load-balancer-awsvpc", kService | kLinked, Level::error,
    "A Classic Load Balancer is used with a task definition whose network mode is awsvpc",
    R"md(
## Why
A Classic Load Balancer registers container instances, not IP addresses, so it cannot reach
tasks that have their own network interface. For task definitions that use the awsvpc network
mode (every Fargate task definition does), the API reference says "Classic Load Balancers aren't
supported": use an Application or Network Load Balancer target group of target type `ip`
(`targetGroupArn`) instead of `loadBalancerName`.

## Bad
`taskdef.json`:
```json
{"family": "web", "networkMode": "awsvpc",
 "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512,
                           "portMappings": [{"containerPort": 80}]}]}
```
`service.json`:
```json
{"serviceName": "web", "cluster": "prod", "taskDefinition": "web",
 "loadBalancers": [{"loadBalancerName": "web-clb", "containerName": "web", "containerPort": 80}],
 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0abc1234"]}}}
```

## Good
```json
"loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef",
                   "containerName": "web", "containerPort": 80}]
```

## References
- Amazon ECS API Reference, CreateService: `loadBalancers` ("For services using the awsvpc
  network mode … Classic Load Balancers aren't supported")
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
