#include "rules/ecs_network.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!given(member(cx.root, "role"))) return;
  const Pointer at = Pointer() / "role";
  // networkConfiguration is only valid for awsvpc task definitions, which always use the
  // service-linked role.
  if (awsvpc_configuration(cx.root))
    cx.report_key(at,
                  "`role` cannot be given for a service with `awsvpcConfiguration` (awsvpc "
                  "network mode uses the ECS service-linked role): remove it");
  else if (!has_load_balancer(cx.root))
    cx.report_key(at,
                  "`role` is only for services with a load balancer, and this one has "
                  "none: remove it");
}

constexpr Rule kRule = {
    "service-role", kService, Level::error,
    "A service gives an IAM role without a load balancer or with awsvpc networking",
    R"md(
## Why
A service's `role` lets ECS register tasks with a load balancer on your behalf. It predates the
ECS service-linked role, which does the same for every service today. ECS accepts `role` only
when the service has a load balancer and its task definition does not use the `awsvpc`
network mode; otherwise it answers "You cannot specify an IAM role for services that require a
service linked role." This rule checks what one service file can show:
- `role` without any `loadBalancers` entry;
- `role` together with `networkConfiguration.awsvpcConfiguration`, which only awsvpc task
  definitions take.

Whether the task definition itself uses awsvpc is a cross-file check. An empty `role` (as in
generated skeletons) is treated as absent.

## Bad
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "role": "ecsServiceRole",
  "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"]}}
}
```

## Good
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"]}}
}
```

## References
- Amazon ECS API Reference: CreateService.role ("This parameter is only permitted if you are
  using a load balancer with your service and your task definition doesn't use the awsvpc
  network mode")
- hashicorp/terraform-provider-aws#4657: "You cannot specify an IAM role for services that
  require a service linked role."
- Amazon ECS Developer Guide, Using service-linked roles for Amazon ECS:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using-service-linked-roles.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
