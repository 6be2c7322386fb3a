#include "rules/ecs_fargate.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!fargate_applies(cx.root) || has_execution_role(cx.root)) return;
  for_each_container_logging_to(cx.root, "awslogs", [&](const Json&, const Place& at) {
    cx.report(log_driver_at(at),
              "log driver awslogs on Fargate needs a task `executionRoleArn` to write to "
              "CloudWatch Logs, and there is none");
  });
}

constexpr Rule kRule = {
    "fargate-execution-role-awslogs", kTaskDefinition, Level::error,
    "A Fargate task definition uses the awslogs log driver without an executionRoleArn",
    R"md(
## Why
On Fargate, the `awslogs` log driver sends container output to CloudWatch Logs with the
permissions of the task execution role (`logs:CreateLogStream`, `logs:PutLogEvents`). When
`requiresCompatibilities` lists `FARGATE` and a container uses `awslogs`, ECS rejects a task
definition without `executionRoleArn`: "Fargate requires task definition to have execution role
ARN to support log driver awslogs." An `executionRoleArn` that holds a template placeholder counts
as present.

## Bad
```json
{
  "family": "web",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "256",
  "memory": "512",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27",
     "logConfiguration": {"logDriver": "awslogs",
                          "options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1",
                                      "awslogs-stream-prefix": "web"}}}
  ]
}
```

## Good
Add `"executionRoleArn": "arn:aws:iam::111122223333:role/ecsTaskExecutionRole"` (a role with
the `AmazonECSTaskExecutionRolePolicy` managed policy) to the task definition.

## References
- Amazon ECS API Reference: RegisterTaskDefinition.executionRoleArn; LogConfiguration
- Amazon ECS task execution IAM role:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html
- The error text as reported in virtual-kubelet/virtual-kubelet#193
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
