#include "rules/ecs_link.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!cx.linked || linked_network_mode(cx.linked->root) != "awsvpc") return;
  auto role = known_string(cx.root, "role");
  if (!role || role->empty()) return;
  const Pointer mode_at = Pointer() / "networkMode";
  cx.report_linked(Pointer() / "role", mode_at,
                   fmt::format("You cannot specify an IAM role for services that require a service "
                               "linked role: {} uses networkMode awsvpc; remove role",
                               cx.linked->where(mode_at)));
}

constexpr Rule kRule = {
    "service-role-awsvpc", kService | kLinked, Level::error,
    "The service sets role, but its task definition uses awsvpc, which needs the service-linked role",
    R"md(
## Why
`role` names the IAM role ECS uses to register tasks with a load balancer. With the awsvpc
network mode ECS must use its service-linked role (AWSServiceRoleForECS) instead, and
CreateService refuses a custom one: "You cannot specify an IAM role for services that require a
service linked role." Remove `role`; the service-linked role is created for you.

(`role` without a load balancer is a single-file question; this rule only compares the service
with its task definition.)

## Bad
`taskdef.json`:
```json
{"family": "web", "networkMode": "awsvpc",
 "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}]}
```
`service.json`:
```json
{"serviceName": "web", "cluster": "prod", "taskDefinition": "web",
 "role": "arn:aws:iam::123456789012:role/ecsServiceRole",
 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0abc1234"]}}}
```

## Good
The same service without `role`.

## References
- Amazon ECS API Reference, CreateService: `role` ("If your task definition uses the awsvpc
  network mode, you must not specify a role")
- "You cannot specify an IAM role for services that require a service linked role."
  (hashicorp/terraform-provider-aws#4657)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
