#include "rules/ecs_misc.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  // Windows on EC2 ignores the list rather than refusing it (the API only says "not supported"),
  // so the error is kept to Windows on Fargate, where the platform is known to refuse it.
  if (!fargate_applies(cx.root) || !is_windows(cx.root)) return;
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    const Json* ulimits = array_member(container, "ulimits");
    if (ulimits && !ulimits->Empty())
      cx.report_key(at / "ulimits",
                    "`ulimits` is not supported for Windows containers on Fargate; remove it");
  });
}

constexpr Rule kRule = {
    "ulimit-windows", kTaskDefinition, Level::error,
    "A Windows container on Fargate sets ulimits, which Windows does not support",
    R"md(
## Why
Resource limits set with `ulimits` are a Linux kernel feature. The ECS API Reference says of
`ContainerDefinition.ulimits`: "This parameter is not supported for Windows containers", and the
Fargate guide lists it among the parameters Windows containers on Fargate cannot use.

The rule fires when `requiresCompatibilities` lists `FARGATE` and
`runtimePlatform.operatingSystemFamily` is a Windows Server family, and only for a non-empty
list (console exports carry `"ulimits": []`). Windows task definitions for EC2 are not reported:
there the setting is documented as unsupported but not as refused, so an error would not be
justified.

## Bad
```json
{
  "family": "iis",
  "requiresCompatibilities": ["FARGATE"],
  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2019_CORE"},
  "networkMode": "awsvpc", "cpu": "1024", "memory": "2048",
  "containerDefinitions": [{
    "name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis",
    "ulimits": [{"name": "nofile", "softLimit": 4096, "hardLimit": 4096}]
  }]
}
```

## Good
```json
{
  "family": "iis",
  "requiresCompatibilities": ["FARGATE"],
  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2019_CORE"},
  "networkMode": "awsvpc", "cpu": "1024", "memory": "2048",
  "containerDefinitions": [{"name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis"}]
}
```

## References
- Amazon ECS API Reference: ContainerDefinition.ulimits ("not supported for Windows containers"),
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
- Amazon ECS Developer Guide: Windows containers on AWS Fargate considerations
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
