#include "rules/ecs_volumes.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!fargate_applies(cx.root)) return;
  for_each_volume_of_type(cx.root, "fsxWindowsFileServerVolumeConfiguration",
                          [&](const Json& volume, const Json&, const Place& at) {
                            cx.report_key(at, fmt::format("{} is an FSx for Windows File Server "
                                                          "volume, which Fargate tasks cannot "
                                                          "mount; it needs Windows tasks on EC2",
                                                          volume_label(volume)));
                          });
}

constexpr Rule kRule = {
    "fsx-windows-fargate", kTaskDefinition, Level::warning,
    "A Fargate task definition uses an FSx for Windows File Server volume",
    R"md(
## Why
Amazon FSx for Windows File Server volumes (`fsxWindowsFileServerVolumeConfiguration`) are
mounted by the ECS agent on Windows container instances that are joined to the file system's
Active Directory domain. AWS Fargate does not support them: the Fargate Windows considerations
list FSx for Windows File Server among the unsupported features (the request to add it,
aws/containers-roadmap#1654, is still open), and Linux tasks cannot mount it at all. The rule
fires when `requiresCompatibilities` lists `FARGATE`.

This is a warning rather than an error because the developer guide page that lists the
limitation dates from 2023 and whether RegisterTaskDefinition refuses the combination (rather than
the task failing to start) is not documented.

## Bad
```json
{
  "family": "iis",
  "requiresCompatibilities": ["FARGATE"],
  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2019_CORE", "cpuArchitecture": "X86_64"},
  "networkMode": "awsvpc",
  "cpu": "1024",
  "memory": "2048",
  "containerDefinitions": [
    {"name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2019",
     "mountPoints": [{"sourceVolume": "share", "containerPath": "C:\\share"}]}
  ],
  "volumes": [
    {"name": "share",
     "fsxWindowsFileServerVolumeConfiguration": {
       "fileSystemId": "fs-0123456789abcdef0", "rootDirectory": "share",
       "authorizationConfig": {"credentialsParameter": "arn:aws:secretsmanager:us-east-1:111122223333:secret:fsx-AbCdEf",
                               "domain": "corp.example.com"}}}
  ]
}
```

## Good
The same task definition with `"requiresCompatibilities": ["EC2"]`, run on Windows container
instances joined to the domain.

## References
- Amazon ECS Developer Guide: Windows containers on AWS Fargate considerations
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html
- Amazon ECS Developer Guide: Use FSx for Windows File Server volumes with Amazon ECS
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/wfsx-volumes.html
- Amazon ECS API Reference: FSxWindowsFileServerVolumeConfiguration
- aws/containers-roadmap#1654: "Add support to FSx for Fargate in Windows Containers" (open)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
