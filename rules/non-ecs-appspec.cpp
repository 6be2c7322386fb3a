#include "rules/rule.hpp"

namespace ecslint {
namespace {

constexpr Rule kRule = {
    "non-ecs-appspec", kAppSpec, Level::note,
    "An AppSpec for EC2/on-premises or Lambda deployments is recognised and skipped",
    R"md(
## Why
CodeDeploy AppSpec files come in three shapes: for EC2/on-premises deployments (with `os`,
`files` and `permissions`), for AWS Lambda (a `Resources` entry of type `AWS::Lambda::Function`)
and for Amazon ECS (a `TargetService` of type `AWS::ECS::Service`). ecslint checks only the ECS
shape. When you name one of the others explicitly it says so with this note instead of reporting
errors that do not apply; found by walking a folder, such files are skipped quietly.

## Bad
```yaml
version: 0.0
os: linux
files:
  - source: /
    destination: /var/www/html
```
(not wrong, just not ECS: ecslint does not lint it)

## Good
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
- CodeDeploy AppSpec file structure: https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure.html
)md",
    nullptr};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
