#include "rules/rule.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  auto enabled = bool_member(cx.root, "enableExecuteCommand");
  if (enabled && *enabled)
    cx.report(Pointer() / "enableExecuteCommand",
              "ECS Exec is enabled: anyone allowed ecs:ExecuteCommand gets a shell in the "
              "containers; make sure the task role allows only the ssmmessages actions it needs "
              "and the cluster logs ECS Exec sessions");
}

constexpr Rule kRule = {
    "execute-command-enabled", kService, Level::note,
    "ECS Exec is enabled on the service",
    R"md(
## Why
`enableExecuteCommand: true` lets anyone with `ecs:ExecuteCommand` open an interactive shell in
the service's running containers through Systems Manager. That is handy for debugging and a
standing door in production. If it is meant to stay on, the task role needs the
`ssmmessages:CreateControlChannel`, `CreateDataChannel`, `OpenControlChannel` and
`OpenDataChannel` permissions (and no more), and the cluster's `executeCommandConfiguration`
should log sessions (CloudWatch Logs or S3, encrypted with KMS), which is what the peer checks
below look for.

## Bad
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
 "enableExecuteCommand": true}
```

## Good
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
 "enableExecuteCommand": false}
```

## References
- Amazon ECS API Reference: CreateService.enableExecuteCommand
- Amazon ECS Developer Guide: Monitor Amazon ECS containers with ECS Exec (IAM permissions,
  logging)
- Peers: checkov CKV_AWS_223 (ECS cluster enables logging of ECS Exec), CKV_AWS_224 (ECS cluster
  logging of ECS Exec is encrypted)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
