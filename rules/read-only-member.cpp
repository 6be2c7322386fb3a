#include "rules/rule.hpp"

namespace ecslint {
namespace {

// What describe-task-definition adds to a task definition; RegisterTaskDefinition takes none
// of it (the list aws-actions/amazon-ecs-deploy-task-definition strips before registering).
constexpr const char* kReadOnly[] = {"taskDefinitionArn", "revision",     "status",
                                     "requiresAttributes", "compatibilities", "registeredAt",
                                     "registeredBy",      "deregisteredAt"};

void check(Context& cx) {
  for (const char* key : kReadOnly)
    if (member(cx.root, key))
      cx.report_key(Pointer() / key,
                    fmt::format("`{}` is read-only (describe-task-definition output); "
                                "RegisterTaskDefinition rejects it: remove it",
                                key));
}

constexpr Rule kRule = {
    "read-only-member", kTaskDefinition, Level::error,
    "A task definition carries a read-only member from describe-task-definition output",
    R"md(
## Why
`aws ecs describe-task-definition` prints what ECS knows about a registered task definition,
including members that ECS sets itself: `taskDefinitionArn`, `revision`, `status`,
`requiresAttributes`, `compatibilities`, `registeredAt`, `registeredBy` and `deregisteredAt`.
Saving that output and registering it again is a common way to copy a task definition, but
RegisterTaskDefinition takes none of these members: the AWS CLI stops with "Unknown parameter in
input: "registeredAt", must be one of: family, taskRoleArn, ...". ecslint also reports them inside
the `{"taskDefinition": {...}}` wrapper that describe-task-definition prints.

## Bad
```json
{
  "taskDefinitionArn": "arn:aws:ecs:us-east-1:111122223333:task-definition/web:3",
  "family": "web",
  "revision": 3,
  "status": "ACTIVE",
  "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}]
}
```

## Good
```json
{
  "family": "web",
  "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}]
}
```

## References
- Amazon ECS API Reference, RegisterTaskDefinition (request members) and
  DescribeTaskDefinition (response members)
- aws/aws-sdk#38: "Unknown parameter in input: "registeredAt""
- aws-actions/amazon-ecs-deploy-task-definition: `IGNORED_TASK_DEFINITION_ATTRIBUTES`
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
