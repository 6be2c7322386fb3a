#include "rules/ecs_volumes.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!fargate_applies(cx.root) || !is_windows(cx.root)) return;
  for_each_volume_of_type(cx.root, "efsVolumeConfiguration",
                          [&](const Json& volume, const Json&, const Place& at) {
                            cx.report_key(at, fmt::format("{} is an EFS volume, which Windows "
                                                          "containers on Fargate cannot mount",
                                                          volume_label(volume)));
                          });
}

constexpr Rule kRule = {
    "efs-windows-fargate", kTaskDefinition, Level::error,
    "A Windows task definition for Fargate uses an EFS volume",
    R"md(
## Why
Amazon EFS is an NFS file system, and Windows containers on AWS Fargate cannot mount it: the
Fargate Windows platform does not support EFS volumes (nor FSx for Windows File Server, see
`fsx-windows-fargate`). A task definition whose `runtimePlatform.operatingSystemFamily` is a
Windows Server family and whose `requiresCompatibilities` lists `FARGATE` cannot use an
`efsVolumeConfiguration`. Linux tasks on Fargate can (platform version 1.4.0 or later), and so can
Linux tasks on EC2.

## Bad
```json
{
  "family": "iis",
  "requiresCompatibilities": ["FARGATE"],
  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "cpuArchitecture": "X86_64"},
  "networkMode": "awsvpc",
  "cpu": "1024",
  "memory": "2048",
  "containerDefinitions": [
    {"name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022",
     "mountPoints": [{"sourceVolume": "content", "containerPath": "C:\\inetpub\\wwwroot"}]}
  ],
  "volumes": [{"name": "content", "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0"}}]
}
```

## Good
Keep the content in the image, or run the task on Windows EC2 instances with an FSx for Windows
File Server volume:
```json
{
  "family": "iis",
  "requiresCompatibilities": ["FARGATE"],
  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "cpuArchitecture": "X86_64"},
  "networkMode": "awsvpc",
  "cpu": "1024",
  "memory": "2048",
  "containerDefinitions": [
    {"name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022"}
  ]
}
```

## References
- Amazon ECS Developer Guide: Windows containers on AWS Fargate considerations (EFS and FSx for
  Windows File Server volumes are not supported)
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html
- Amazon ECS API Reference: Volume.efsVolumeConfiguration
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
