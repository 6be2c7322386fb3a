#include "rules/ecs_misc.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  auto task_role = known_string(cx.root, "taskRoleArn");
  auto execution_role = known_string(cx.root, "executionRoleArn");
  if (!task_role || !execution_role || task_role->empty() || *task_role != *execution_role) return;
  cx.report(Pointer() / "taskRoleArn",
            fmt::format("the task role and the execution role are the same role \"{}\"; give the "
                        "application its own role with only the permissions it needs",
                        *task_role));
}

constexpr Rule kRule = {
    "same-task-and-execution-role", kTaskDefinition, Level::note,
    "taskRoleArn and executionRoleArn name the same IAM role",
    R"md(
## Why
The two roles serve different principals. The execution role is used by the ECS agent and
Fargate to pull images, fetch secrets and write logs; the task role is handed to the
application's code. Using one role for both gives the application every permission the agent
needs (reading all the task's secrets, pulling from the registries) and couples changes of one
to the other. Give each its own role, each with least privilege.

## Bad
```json
{"family": "web",
 "taskRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
 "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
 "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}]}
```

## Good
```json
{"family": "web",
 "taskRoleArn": "arn:aws:iam::123456789012:role/web-task",
 "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
 "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}]}
```

## References
- Amazon ECS Developer Guide: Amazon ECS task IAM role; Amazon ECS task execution IAM role
- Amazon ECS API Reference: RegisterTaskDefinition `taskRoleArn`, `executionRoleArn`
- Peers: checkov CKV_AWS_249 ("Ensure that the Execution Role ARN and the Task Role ARN are
  different in ECS Task definitions")
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
