#include "rules/ecs_volumes.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (has_task_role(cx.root)) return;
  for_each_volume_of_type(cx.root, "s3filesVolumeConfiguration",
                          [&](const Json& volume, const Json&, const Place& at) {
                            cx.report_key(at, fmt::format("{} is an S3 Files volume, which needs a "
                                                          "task IAM role, but the task definition "
                                                          "has no taskRoleArn",
                                                          volume_label(volume)));
                          });
}

constexpr Rule kRule = {
    "s3files-task-role", kTaskDefinition, Level::warning,
    "An S3 Files volume is used but the task definition has no task role",
    R"md(
## Why
Amazon S3 Files volumes (`s3filesVolumeConfiguration`) are mounted with the task IAM role: the API
reference says the task definition must include a task IAM role with the permissions for
attaching the file system. Without `taskRoleArn` the volume cannot be mounted.

This is a warning, not an error, for two reasons: whether RegisterTaskDefinition itself rejects
the task definition is not verified (only a second-hand report quotes "S3 Files IAM authorization
requires a task role."), and RunTask or a service can supply the role through
`overrides.taskRoleArn`. An empty `taskRoleArn` (`""`) counts as no role; one that holds a
template placeholder counts as a role.

## Bad
```json
{
  "family": "reports",
  "containerDefinitions": [
    {"name": "app", "image": "public.ecr.aws/docker/library/busybox:stable", "memory": 128,
     "mountPoints": [{"sourceVolume": "data", "containerPath": "/data"}]}
  ],
  "volumes": [
    {"name": "data",
     "s3filesVolumeConfiguration": {"fileSystemArn": "arn:aws:s3files:us-east-1:111122223333:file-system/fs-0123456789abcdef0"}}
  ]
}
```

## Good
```json
{
  "family": "reports",
  "taskRoleArn": "arn:aws:iam::111122223333:role/reports-task",
  "containerDefinitions": [
    {"name": "app", "image": "public.ecr.aws/docker/library/busybox:stable", "memory": 128,
     "mountPoints": [{"sourceVolume": "data", "containerPath": "/data"}]}
  ],
  "volumes": [
    {"name": "data",
     "s3filesVolumeConfiguration": {"fileSystemArn": "arn:aws:s3files:us-east-1:111122223333:file-system/fs-0123456789abcdef0"}}
  ]
}
```

## References
- Amazon ECS API Reference: S3FilesVolumeConfiguration ("Your task definition must include a Task
  IAM Role") https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_S3FilesVolumeConfiguration.html
- Amazon ECS Developer Guide: Amazon S3 Files volumes
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/s3files-volumes.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
