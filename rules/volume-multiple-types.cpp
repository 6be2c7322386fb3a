#include "rules/ecs_volumes.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_volume(cx.root, [&](const Json& volume, const Place& at) {
    std::vector<const char*> types = volume_types(volume);
    for (size_t i = 1; i < types.size(); ++i)
      cx.report_key(at / types[i],
                    fmt::format("{} specifies both `{}` and `{}`; a volume may have only one type",
                                volume_label(volume), types[0], types[i]));
  });
}

constexpr Rule kRule = {
    "volume-multiple-types", kTaskDefinition, Level::error,
    "A volume specifies more than one volume type",
    R"md(
## Why
Each volume of a task definition may specify a name and **one** of `host` (bind mount),
`dockerVolumeConfiguration`, `efsVolumeConfiguration`, `s3filesVolumeConfiguration`,
`fsxWindowsFileServerVolumeConfiguration` or `configuredAtLaunch: true` (an EBS volume
configured by the service or RunTask). ECS rejects a volume that specifies two of them. A volume
with none of them is a bind mount whose host path Docker chooses.

`"configuredAtLaunch": false` is not a volume type (console exports print it for every volume),
and a member whose value is `null` is left to the schema check.

## Bad
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 512,
     "mountPoints": [{"sourceVolume": "data", "containerPath": "/data"}]}
  ],
  "volumes": [
    {"name": "data", "host": {"sourcePath": "/srv/data"},
     "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0"}}
  ]
}
```

## Good
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 512,
     "mountPoints": [{"sourceVolume": "data", "containerPath": "/data"}]}
  ],
  "volumes": [
    {"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0"}}
  ]
}
```

## References
- Amazon ECS API Reference: Volume ("Each volume defined in the volume configuration may only
  specify a name and one of either configuredAtLaunch, dockerVolumeConfiguration,
  efsVolumeConfiguration, fsxWindowsFileServerVolumeConfiguration, or host")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Volume.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
