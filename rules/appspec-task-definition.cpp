#include "rules/ecs_appspec.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_task_definition(cx.root, [&](std::string_view text, const TaskDefinitionForm& form,
                                        const Place& at) {
    if (form.kind == TaskDefinitionForm::empty)
      cx.report(at, "TaskDefinition is empty; give the ARN of the task definition to deploy");
    else if (form.kind == TaskDefinitionForm::malformed)
      cx.report(at, fmt::format("TaskDefinition \"{}\" is not a task definition ARN: {}; the form "
                                "is arn:aws:ecs:REGION:ACCOUNT:task-definition/FAMILY:REVISION",
                                text, form.problem));
  });
}

constexpr Rule kRule = {
    "appspec-task-definition", kAppSpec, Level::error,
    "The AppSpec TaskDefinition is empty or a malformed task definition ARN",
    R"md(
## Why
`Properties.TaskDefinition` names the task definition that the replacement task set runs. It is
required, and CodeDeploy documents it as the task definition's ARN:
`arn:aws:ecs:REGION:ACCOUNT:task-definition/FAMILY:REVISION`. An empty value, or an ARN that
does not have this shape (a doubled colon, another service such as `lambda`, a `service/`
resource, an account ID that is not 12 digits, revision 0), names no task definition, and the
deployment fails. The CodeDeploy tutorial with hooks itself shows
`arn:aws:ecs:aws-region-id:aws-account-id::task-definition/...`: the doubled colon stays wrong
after the words are filled in.

Values with a placeholder (`<TASK_DEFINITION>`, which CodePipeline's ECS blue/green action
replaces with the ARN it registers, `${TASK_DEF_ARN}`, `{{ ... }}`) are not checked. Words that
documentation writes for values to fill in (`region`, `aws-account-id`) pass; only the
structure of the ARN is checked. A value that is not an ARN at all (`web:3`) is reported by
`appspec-task-definition-not-arn`, as a warning.

## Bad
```yaml
Properties:
  TaskDefinition: "arn:aws:ecs:us-east-1:111122223333::task-definition/web:3"
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
  (`TaskDefinition`):
  https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html
- CodePipeline User Guide, Amazon ECS and CodeDeploy blue/green action reference
  (`<TASK_DEFINITION>` placeholder)
- Amazon ECS API Reference, TaskDefinition.taskDefinitionArn
)md",
                        check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
