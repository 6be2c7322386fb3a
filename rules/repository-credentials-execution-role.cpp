#include "rules/ecs_fargate.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (task_level_unknown(cx)) return;  // a container array: the execution role is unknown
  if (has_execution_role(cx.root)) return;
  auto report = [&](const Place& at) {
    cx.report(at, "private registry credentials need a task `executionRoleArn` to read the "
                  "secret, and there is none");
  };
  for_each_container_setting(cx.root, "repositoryCredentials", Shape::object, report);
}

constexpr Rule kRule = {
    "repository-credentials-execution-role", kTaskDefinition, Level::warning,
    "A container pulls with repositoryCredentials but the task definition has no executionRoleArn",
    R"md(
## Why
`repositoryCredentials.credentialsParameter` names a Secrets Manager secret holding the user name
and password of a private registry. ECS reads that secret with the task execution role
(`secretsmanager:GetSecretValue`, and `kms:Decrypt` for a customer managed key) before it pulls
the image, so without `executionRoleArn` the image cannot be pulled and the task does not start.

This is a warning, not an error: the documentation requires the role, but no source shows
RegisterTaskDefinition rejecting the task definition without one. An empty
`repositoryCredentials` object is not reported, and an `executionRoleArn` that holds a template
placeholder counts as present.

## Bad
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "registry.example.com/web:1.0", "memory": 512,
     "repositoryCredentials": {
       "credentialsParameter": "arn:aws:secretsmanager:us-east-1:111122223333:secret:registry-AbCdEf"}}
  ]
}
```

## Good
Add `"executionRoleArn": "arn:aws:iam::111122223333:role/ecsTaskExecutionRole"` and give that
role `secretsmanager:GetSecretValue` on the secret.

## References
- Amazon ECS API Reference: ContainerDefinition.repositoryCredentials; RepositoryCredentials
- Private registry authentication for tasks:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/private-auth.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
