#include "rules/ecs_task.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!requires_compatibility(cx.root, "EXTERNAL")) return;
  report_efs_volumes(cx, "for EXTERNAL (ECS Anywhere) tasks");
}

constexpr Rule kRule = {
    "external-efs-volume", kTaskDefinition, Level::error,
    "An ECS Anywhere (EXTERNAL) task definition uses an Amazon EFS volume",
    R"md(
## Why
Tasks on ECS Anywhere (`EXTERNAL` in `requiresCompatibilities`) run on servers outside AWS, and
ECS cannot mount Amazon EFS file systems for them: the ECS Anywhere considerations and the EFS
volumes page both exclude external instances. Use a bind mount (`host.sourcePath`) or a Docker
volume on the server instead.

## Bad
```json
{
  "family": "edge",
  "requiresCompatibilities": ["EXTERNAL"],
  "volumes": [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-1234567890abcdef0"}}],
  "containerDefinitions": [{"name": "app", "image": "example/edge:1.0", "memory": 256}]
}
```

## Good
```json
{
  "family": "edge",
  "requiresCompatibilities": ["EXTERNAL"],
  "volumes": [{"name": "data", "host": {"sourcePath": "/srv/data"}}],
  "containerDefinitions": [{"name": "app", "image": "example/edge:1.0", "memory": 256}]
}
```

## References
- Amazon ECS Developer Guide, Amazon ECS Anywhere considerations
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-anywhere.html
- Amazon ECS Developer Guide, Amazon EFS volumes considerations
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
