#include "rules/ecs_appspec.hpp"
#include "rules/ecs_link.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!cx.linked) return;
  std::string_view mode = linked_network_mode(cx.linked->root);
  if (mode.empty() || mode == "awsvpc") return;
  const Pointer mode_at = Pointer() / "networkMode";
  for_each_target_properties(cx.root, [&](const Json& properties, const Place& at) {
    const Json* configuration = member(properties, "NetworkConfiguration");
    if (!configuration || !takes_effect(*configuration)) return;
    cx.report_linked(at / "NetworkConfiguration", mode_at,
                     fmt::format("NetworkConfiguration applies only to networkMode awsvpc, and {} "
                                 "uses {}; remove it or use awsvpc",
                                 cx.linked->where(mode_at), mode));
    cx.findings.back().at_key = true;
  });
}

constexpr Rule kRule = {
    "appspec-network-configuration-mismatch", kAppSpec | kLinked, Level::warning,
    "The AppSpec sets NetworkConfiguration, but its task definition does not use awsvpc",
    R"md(
## Why
An AppSpec's `NetworkConfiguration.AwsvpcConfiguration` (subnets, security groups, public IP)
describes the network interface each replacement task gets with the awsvpc network mode. With
the task definition in `bridge`, `host` or `none` mode there is no such interface; ECS refuses
network configuration for those modes in CreateService ("Network Configuration is not valid for
the given networkMode of this task definition"), and CodeDeploy passes the AppSpec's on to ECS.
CodeDeploy's own documentation does not say what it does, so this is a warning.

## Bad
`taskdef.json`:
```json
{"family": "web", "networkMode": "bridge",
 "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512,
                           "portMappings": [{"containerPort": 80}]}]}
```
`appspec.yaml`:
```yaml
version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: <TASK_DEFINITION>
        LoadBalancerInfo: {ContainerName: web, ContainerPort: 80}
        NetworkConfiguration:
          AwsvpcConfiguration:
            Subnets: [subnet-0abc1234]
            SecurityGroups: [sg-0abc1234]
            AssignPublicIp: DISABLED
```

## Good
The AppSpec without `NetworkConfiguration`, or the task definition with `networkMode: awsvpc`.

## References
- CodeDeploy AppSpec 'resources' section for Amazon ECS deployments: `NetworkConfiguration`
- Amazon ECS API Reference, CreateService: `networkConfiguration`
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
