#include "rules/ecs_appspec.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_task_definition(cx.root, [&](std::string_view text, const TaskDefinitionForm& form,
                                        const Place& at) {
    if (form.kind == TaskDefinitionForm::not_arn)
      cx.report(at, fmt::format("TaskDefinition \"{}\" is not a task definition ARN; CodeDeploy "
                                "documents "
                                "arn:aws:ecs:REGION:ACCOUNT:task-definition/FAMILY:REVISION",
                                text));
    else if (form.kind == TaskDefinitionForm::no_revision)
      cx.report(at, fmt::format("TaskDefinition \"{}\" has no revision; CodeDeploy documents "
                                "arn:aws:ecs:REGION:ACCOUNT:task-definition/FAMILY:REVISION",
                                text));
  });
}

constexpr Rule kRule = {
    "appspec-task-definition-not-arn", kAppSpec, Level::warning,
    "The AppSpec TaskDefinition is a family name or an ARN without revision, not a full ARN",
    R"md(
## Why
CodeDeploy documents `Properties.TaskDefinition` as the full task definition ARN, revision
included: `arn:aws:ecs:REGION:ACCOUNT:task-definition/FAMILY:REVISION`. A family name
(`web`), `family:revision` (`web:3`) or an ARN without revision is what ECS's own APIs accept,
but the AppSpec reference does not say CodeDeploy does, and without a revision it is not clear
which revision the deployment would run. So this is a warning, not an error: write the full ARN
(or `<TASK_DEFINITION>` when CodePipeline fills it in).

Values with a placeholder are not checked; malformed ARNs are reported by
`appspec-task-definition`.

## Bad
```yaml
Properties:
  TaskDefinition: "web:3"
  LoadBalancerInfo:
    ContainerName: "web"
    ContainerPort: 80
```

## Good
```yaml
Properties:
  TaskDefinition: "arn:aws:ecs:us-east-1:111122223333:task-definition/web:3"
  LoadBalancerInfo:
    ContainerName: "web"
    ContainerPort: 80
```

## References
- CodeDeploy User Guide, AppSpec 'resources' section for Amazon ECS deployments
  (`TaskDefinition`: "specified with the ARN of the task definition"):
  https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
