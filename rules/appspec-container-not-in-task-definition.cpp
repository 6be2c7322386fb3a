#include "rules/ecs_appspec.hpp"
#include "rules/ecs_link.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_target_properties(cx.root, [&](const Json& properties, const Place& at) {
    const Json* info = object_member(properties, "LoadBalancerInfo");
    if (!info) return;
    auto name = known_string(*info, "ContainerName");
    if (!name) return;
    const Place info_at = at / "LoadBalancerInfo";
    check_container_port(cx, *name, info_at / "ContainerName", int_member(*info, "ContainerPort"),
                         info_at / "ContainerPort");
  });
}

constexpr Rule kRule = {
    "appspec-container-not-in-task-definition", kAppSpec | kLinked, Level::error,
    "LoadBalancerInfo names a container or port that the AppSpec's task definition does not have",
    R"md(
## Why
In a blue/green deployment CodeDeploy registers the replacement tasks' `ContainerName` and
`ContainerPort` with the target groups. The container "must be a container specified in your
Amazon ECS task definition", and the port one it maps (`portMappings[].containerPort`, or
inside a `containerPortRange`). A mismatch, typically after a container was renamed, fails the
deployment.

The AppSpec is paired with the task definition its `TaskDefinition` names (family,
family:revision or ARN), or, for `<TASK_DEFINITION>`, with the task definition in its folder.

## Bad
`taskdef.json`:
```json
{"family": "web", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
 "cpu": "256", "memory": "512",
 "containerDefinitions": [{"name": "app", "image": "nginx:1.27",
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
        LoadBalancerInfo:
          ContainerName: app
          ContainerPort: 8080
```

## Good
```yaml
        LoadBalancerInfo:
          ContainerName: app
          ContainerPort: 80
```

## References
- CodeDeploy AppSpec 'resources' section for Amazon ECS deployments: `LoadBalancerInfo`
  (https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html)
- Amazon ECS API Reference, PortMapping: `containerPort`, `containerPortRange`
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
