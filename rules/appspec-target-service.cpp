#include "rules/ecs_appspec.hpp"

namespace ecslint {
namespace {

// The schema says what one Resources item looks like (an object holding TargetService and
// nothing else); how many items there are is this rule's.
void check(Context& cx) {
  Spelled resources = appspec_resources(cx.root);
  if (!resources.value) {
    cx.report(Pointer() / "Resources",
              "the AppSpec has no Resources section; an ECS deployment needs one TargetService");
    return;
  }
  if (!resources.value->IsArray()) return;  // the schema reports the type
  const size_t count = resources.value->Size();
  if (count == 0) {
    cx.report(resources.at,
              fmt::format("`{}` is empty; an ECS deployment needs exactly one item holding "
                          "TargetService",
                          resources.key));
    return;
  }
  for (size_t i = 1; i < count; ++i)
    cx.report(resources.at / i,
              fmt::format("`{}` has {} items; CodeDeploy supports only one ECS resource "
                          "(TargetService) in a deployment",
                          resources.key, count));
}

constexpr Rule kRule = {
    "appspec-target-service", kAppSpec, Level::error,
    "The AppSpec Resources list does not hold exactly one TargetService",
    R"md(
## Why
An ECS deployment updates one ECS service, so the `Resources` section of its AppSpec is a list
with exactly one item, and that item's only key is `TargetService`. CodeDeploy's AppSpec
assistant rejects anything else with "Only 1 ECS resource (TargetService) supported in a
deployment". A file without `Resources`, with an empty list, or with a second service (often a
copy-pasted block meant for another service) cannot be deployed.

The shape of the item itself (a `TargetService` key and nothing else beside it) is checked by
the schema check (`schema-violation`).

## Bad
```yaml
version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: "arn:aws:ecs:us-east-1:111122223333:task-definition/web:3"
        LoadBalancerInfo:
          ContainerName: "web"
          ContainerPort: 80
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: "arn:aws:ecs:us-east-1:111122223333:task-definition/api:7"
        LoadBalancerInfo:
          ContainerName: "api"
          ContainerPort: 8080
```

## Good
One AppSpec (and one CodeDeploy deployment group) per ECS service:
```yaml
version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: "arn:aws:ecs:us-east-1:111122223333:task-definition/web:3"
        LoadBalancerInfo:
          ContainerName: "web"
          ContainerPort: 80
```

## References
- CodeDeploy User Guide, AppSpec 'resources' section for Amazon ECS deployments:
  https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html
- aws-samples/aws-codedeploy-appspec-assistant (error messages of its ECS validation)
)md",
                        check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
