#include "rules/ecs_network.hpp"

namespace ecslint {
namespace {

constexpr size_t kMaxTargetGroups = 5;

void check(Context& cx) {
  size_t target_groups = 0;
  size_t classic = 0;
  for_each_object(cx.root, Pointer(), "loadBalancers", [&](const Json& lb, const Place& at) {
    if (given(member(lb, "targetGroupArn"))) ++target_groups;
    if (given(member(lb, "loadBalancerName")) && ++classic == 2)
      cx.report(at / "loadBalancerName",
                "a service can use only one Classic Load Balancer; this is the second");
  });
  if (target_groups > kMaxTargetGroups)
    cx.report(Pointer() / "loadBalancers",
              fmt::format("{} target groups are too many; a service can use at most {}",
                          target_groups, kMaxTargetGroups));
}

constexpr Rule kRule = {
    "load-balancer-limits", kService, Level::error,
    "A service uses more than 5 target groups or more than one Classic Load Balancer",
    R"md(
## Why
A service can register its tasks with at most five target groups (Application or Network Load
Balancers, one `loadBalancers` entry each), and with at most one Classic Load Balancer
(`loadBalancerName`). ECS rejects a service that asks for more.

## Bad
```json
{
  "serviceName": "legacy",
  "taskDefinition": "legacy:1",
  "loadBalancers": [
    {"loadBalancerName": "legacy-a", "containerName": "app", "containerPort": 80},
    {"loadBalancerName": "legacy-b", "containerName": "app", "containerPort": 443}]
}
```

## Good
```json
{
  "serviceName": "legacy",
  "taskDefinition": "legacy:1",
  "loadBalancers": [
    {"loadBalancerName": "legacy-a", "containerName": "app", "containerPort": 80}]
}
```

## References
- Amazon ECS Developer Guide, Amazon ECS service quotas ("Target groups per service": 5;
  "Classic Load Balancers per service": 1):
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html
- Amazon ECS Developer Guide, Register multiple target groups with an Amazon ECS service:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/register-multiple-targetgroups.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
