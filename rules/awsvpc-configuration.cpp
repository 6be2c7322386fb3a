#include "rules/ecs_network.hpp"

namespace ecslint {
namespace {

constexpr size_t kMaxSubnets = 16;
constexpr size_t kMaxSecurityGroups = 5;

void check(Context& cx) {
  const Json* config = awsvpc_configuration(cx.root);
  if (!config) return;
  const Pointer at = awsvpc_pointer();
  if (const Json* subnets = array_member(*config, "subnets")) {
    if (subnets->Empty())
      cx.report(at / "subnets", "`subnets` is empty; give 1–16 subnet IDs");
    else if (subnets->Size() > kMaxSubnets)
      cx.report(at / "subnets", fmt::format("{} subnets are too many; ECS allows at most {}",
                                            subnets->Size(), kMaxSubnets));
  }
  if (size_t groups = item_count(*config, "securityGroups"); groups > kMaxSecurityGroups)
    cx.report(at / "securityGroups",
              fmt::format("{} security groups are too many; ECS allows at most {}", groups,
                          kMaxSecurityGroups));
}

constexpr Rule kRule = {
    "awsvpc-configuration", kService, Level::error,
    "The awsvpc configuration has no subnet, more than 16 subnets or more than 5 security groups",
    R"md(
## Why
`networkConfiguration.awsvpcConfiguration` places each task's network interface. ECS needs at
least one subnet and accepts at most 16 subnets and at most 5 security groups (all in the same
VPC). The schema check already reports a missing `subnets` member and the `assignPublicIp` enum;
this rule counts the items. A placeholder item counts as one item.

## Bad
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "networkConfiguration": {"awsvpcConfiguration": {"subnets": []}}
}
```

## Good
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "networkConfiguration": {"awsvpcConfiguration": {
    "subnets": ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"],
    "securityGroups": ["sg-0123456789abcdef0"]}}
}
```

## References
- Amazon ECS API Reference: AwsVpcConfiguration.subnets ("There's a limit of 16 subnets that can
  be specified"), AwsVpcConfiguration.securityGroups ("There's a limit of 5 security groups that
  can be specified")
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
