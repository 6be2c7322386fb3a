#include "rules/ecs_deploy.hpp"
#include "rules/ecs_link.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!cx.linked || is_update_service(cx.root)) return;  // UpdateService keeps the current one
  const Json* configuration = member(cx.root, "networkConfiguration");
  if ((configuration && !configuration->IsNull()) || linked_network_mode(cx.linked->root) != "awsvpc")
    return;
  const Pointer mode_at = Pointer() / "networkMode";
  cx.report_linked(cx.linked->reference, mode_at,
                   fmt::format("Network Configuration must be provided when networkMode 'awsvpc' "
                               "is specified: {} uses awsvpc; add networkConfiguration."
                               "awsvpcConfiguration with the subnets (and security groups)",
                               cx.linked->where(mode_at)));
}

constexpr Rule kRule = {
    "service-network-configuration-required", kService | kLinked, Level::error,
    "The task definition uses awsvpc, but the service has no networkConfiguration",
    R"md(
## Why
With `networkMode: awsvpc` every task gets its own elastic network interface, and ECS must know
which subnets (and security groups) to put it in. CreateService refuses a service without
`networkConfiguration` for such a task definition: "Network Configuration must be provided when
networkMode 'awsvpc' is specified." Fargate task definitions always use awsvpc.

The finding is at the service's `taskDefinition` (at the top of an ecspresso service file, which
names none). UpdateService input is not checked: what it omits keeps its current value.

## Bad
`taskdef.json`:
```json
{"family": "web", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
 "cpu": "256", "memory": "512", "containerDefinitions": [{"name": "web", "image": "nginx:1.27"}]}
```
`service.json`:
```json
{"serviceName": "web", "cluster": "prod", "taskDefinition": "web:3", "launchType": "FARGATE"}
```

## Good
```json
{"serviceName": "web", "cluster": "prod", "taskDefinition": "web:3", "launchType": "FARGATE",
 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0abc1234"],
                                                  "securityGroups": ["sg-0abc1234"]}}}
```

## References
- Amazon ECS API Reference, CreateService: `networkConfiguration` ("required for task
  definitions that use the awsvpc network mode")
- "Network Configuration must be provided when networkMode 'awsvpc' is specified."
  (PasseiDireto/gh-runner-task-action#8)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
