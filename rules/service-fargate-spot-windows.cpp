#include "rules/ecs_link.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!cx.linked) return;
  const LaunchTarget target = launch_target(cx.root);
  if (!target.spot || !is_windows(cx.linked->root)) return;
  const Pointer os_at = Pointer() / "runtimePlatform" / "operatingSystemFamily";
  cx.report_linked(target.spot_at, os_at,
                   fmt::format("Windows containers on AWS Fargate cannot use the Fargate Spot "
                               "capacity provider, and {} runs Windows; use FARGATE",
                               cx.linked->where(os_at)));
}

constexpr Rule kRule = {
    "service-fargate-spot-windows", kService | kLinked, Level::error,
    "A FARGATE_SPOT capacity provider runs a Windows task definition",
    R"md(
## Why
Fargate Spot runs Linux tasks only: "Windows containers on AWS Fargate cannot use the Fargate
Spot capacity provider." A service whose capacity provider strategy names `FARGATE_SPOT` for a
task definition whose `runtimePlatform.operatingSystemFamily` is a Windows Server family cannot
place its tasks. Use the `FARGATE` capacity provider (or `launchType: FARGATE`).

## Bad
`taskdef.json`:
```json
{"family": "iis", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
 "cpu": "1024", "memory": "2048",
 "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "cpuArchitecture": "X86_64"},
 "containerDefinitions": [{"name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis"}]}
```
`service.json`:
```json
{"serviceName": "iis", "cluster": "prod", "taskDefinition": "iis",
 "capacityProviderStrategy": [{"capacityProvider": "FARGATE_SPOT", "weight": 1}],
 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0abc1234"]}}}
```

## Good
```json
"capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1}]
```

## References
- Amazon ECS on AWS Fargate, Windows containers considerations:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html
- Amazon ECS API Reference, CapacityProviderStrategyItem
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
