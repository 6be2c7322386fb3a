#include "rules/ecs_volumes.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (has_task_role(cx.root)) return;
  for_each_volume_of_type(cx.root, "efsVolumeConfiguration", [&](const Json& volume,
                                                                  const Json& efs,
                                                                  const Place& at) {
    const Json* auth = object_member(efs, "authorizationConfig");
    if (auth && known_string(*auth, "iam") == "ENABLED")
      cx.report(at / "authorizationConfig" / "iam",
                fmt::format("{} mounts EFS with the task IAM role (iam \"ENABLED\"), but the "
                            "task definition has no taskRoleArn",
                            volume_label(volume)));
  });
}

constexpr Rule kRule = {
    "efs-iam-task-role", kTaskDefinition, Level::warning,
    "An EFS volume uses IAM authorization but the task definition has no task role",
    R"md(
## Why
With `authorizationConfig.iam: "ENABLED"`, the ECS agent mounts the EFS file system with the
credentials of the task IAM role (`taskRoleArn`), and EFS authorises the mount by that role's
`elasticfilesystem:Client*` permissions. Without a task role there are no credentials to mount
with, and the task fails to start. This is a warning, not an error: RunTask and services can
supply the task role in `overrides.taskRoleArn`.

An empty `taskRoleArn` (`""`, as console exports print it) counts as no role; one that holds a
template placeholder counts as a role.

## Bad
```json
{
  "family": "app",
  "containerDefinitions": [
    {"name": "app", "image": "public.ecr.aws/docker/library/busybox:stable", "memory": 128,
     "mountPoints": [{"sourceVolume": "shared", "containerPath": "/mnt/shared"}]}
  ],
  "volumes": [
    {"name": "shared",
     "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0", "transitEncryption": "ENABLED",
                                "authorizationConfig": {"iam": "ENABLED"}}}
  ]
}
```

## Good
```json
{
  "family": "app",
  "taskRoleArn": "arn:aws:iam::111122223333:role/app-task",
  "containerDefinitions": [
    {"name": "app", "image": "public.ecr.aws/docker/library/busybox:stable", "memory": 128,
     "mountPoints": [{"sourceVolume": "shared", "containerPath": "/mnt/shared"}]}
  ],
  "volumes": [
    {"name": "shared",
     "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0", "transitEncryption": "ENABLED",
                                "authorizationConfig": {"iam": "ENABLED"}}}
  ]
}
```

## References
- Amazon ECS API Reference: EFSAuthorizationConfig.iam ("Determines whether to use the Amazon ECS
  task role defined in a task definition when mounting the Amazon EFS file system")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSAuthorizationConfig.html
- Amazon ECS Developer Guide: Use Amazon EFS volumes with Amazon ECS (IAM authorization)
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
