#include "rules/ecs_fargate.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (task_level_unknown(cx)) return;  // a container array: the execution role is unknown
  if (has_execution_role(cx.root)) return;
  for_each_container_setting(cx.root, "secrets", Shape::array, [&](const Place& at) {
    cx.report(at, "container secrets need a task `executionRoleArn` to read them from Secrets "
                  "Manager or Parameter Store, and there is none");
  });
}

constexpr Rule kRule = {
    "secrets-execution-role", kTaskDefinition, Level::error,
    "A container has secrets but the task definition has no executionRoleArn",
    R"md(
## Why
ECS reads the values of a container's `secrets` from AWS Secrets Manager or Systems Manager
Parameter Store before the container starts, with the permissions of the task execution role.
On every launch type, ECS rejects a task definition whose containers have `secrets` and that has
no `executionRoleArn`: "When you are specifying container secrets, you must also specify a value
for 'executionRoleArn'." An empty `secrets` list is not reported, and an `executionRoleArn` that
holds a template placeholder counts as present.

`logConfiguration.secretOptions` is read with the same role, so it needs one too for the task to
start; but no source shows RegisterTaskDefinition rejecting `secretOptions` without a role, so
this rule (an error) leaves it out rather than raise an alarm it cannot back.

## Bad
```json
{
  "family": "api",
  "containerDefinitions": [
    {"name": "api", "image": "example/api:2.1", "memory": 512,
     "secrets": [{"name": "DB_PASSWORD",
                  "valueFrom": "arn:aws:ssm:us-east-1:111122223333:parameter/db/password"}]}
  ]
}
```

## Good
```json
{
  "family": "api",
  "executionRoleArn": "arn:aws:iam::111122223333:role/ecsTaskExecutionRole",
  "containerDefinitions": [
    {"name": "api", "image": "example/api:2.1", "memory": 512,
     "secrets": [{"name": "DB_PASSWORD",
                  "valueFrom": "arn:aws:ssm:us-east-1:111122223333:parameter/db/password"}]}
  ]
}
```

## References
- Amazon ECS API Reference: ContainerDefinition.secrets; RegisterTaskDefinition.executionRoleArn
- Pass sensitive data to an Amazon ECS container:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html
- The error text as reported in fabfuel/ecs-deploy#87
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
