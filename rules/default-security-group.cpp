#include "rules/ecs_network.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  const Json* config = awsvpc_configuration(cx.root);
  if (!config) return;
  const Json* groups = member(*config, "securityGroups");
  if (groups && !groups->IsNull() && !(groups->IsArray() && groups->Empty())) return;
  // A missing member resolves to its parent's key.
  cx.report(awsvpc_pointer() / "securityGroups",
            "awsvpc configuration lists no security groups, so tasks get the VPC's default "
            "security group; name dedicated ones in `securityGroups`");
}

constexpr Rule kRule = {
    "default-security-group", kService, Level::note,
    "The awsvpc configuration names no security group, so tasks get the VPC's default one",
    R"md(
## Why
When `networkConfiguration.awsvpcConfiguration` has no `securityGroups` (absent, `null` or
empty), ECS attaches the VPC's default security group to every task. That group allows all
traffic between its members and is shared by anything else that was launched without a group,
so tasks end up with rules nobody wrote for them. Name dedicated security groups instead.

## Bad
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"]}}
}
```

## Good
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "networkConfiguration": {"awsvpcConfiguration": {
    "subnets": ["subnet-0123456789abcdef0"], "securityGroups": ["sg-0123456789abcdef0"]}}
}
```

## References
- Amazon ECS API Reference: AwsVpcConfiguration.securityGroups ("If you don't specify a security
  group, the default security group for the VPC is used")
- Amazon VPC User Guide, Default security groups for your VPCs:
  https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
