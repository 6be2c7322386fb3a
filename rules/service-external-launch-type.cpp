#include "rules/ecs_link.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!cx.linked) return;
  const LaunchTarget target = launch_target(cx.root);
  // With requiresCompatibilities listed, external-network-mode (EXTERNAL listed) or
  // service-launch-type-compatibility (EXTERNAL not listed) reports the task definition.
  if (!target.external || listed_compatibilities(cx.linked->root)) return;
  if (linked_network_mode(cx.linked->root) != "awsvpc") return;
  const Pointer mode_at = Pointer() / "networkMode";
  cx.report_linked(target.launch_type_at, mode_at,
                   fmt::format("launchType EXTERNAL does not support networkMode awsvpc, which {} "
                               "uses; use bridge, host or none",
                               cx.linked->where(mode_at)));
}

constexpr Rule kRule = {
    "service-external-launch-type", kService | kLinked, Level::error,
    "An EXTERNAL (ECS Anywhere) service runs a task definition with networkMode awsvpc",
    R"md(
## Why
ECS Anywhere runs tasks on your own servers and VMs (`launchType: EXTERNAL`), which support the
`bridge`, `host` and `none` network modes but not `awsvpc` (there is no elastic network interface
to give each task). A task definition that lists `EXTERNAL` in `requiresCompatibilities` is
checked for this on its own (`external-network-mode`); one that lists nothing is registered for
EC2 only, and an EXTERNAL service that runs it is reported here.

## Bad
`taskdef.json`:
```json
{"family": "edge", "networkMode": "awsvpc",
 "containerDefinitions": [{"name": "edge", "image": "example/edge:1.0", "memory": 256}]}
```
`service.json`:
```json
{"serviceName": "edge", "cluster": "onprem", "taskDefinition": "edge", "launchType": "EXTERNAL"}
```

## Good
The task definition with `"networkMode": "bridge"` and `"requiresCompatibilities": ["EXTERNAL"]`.

## References
- Amazon ECS Anywhere considerations (network modes):
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-anywhere.html
- Amazon ECS API Reference, CreateService: `launchType`
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
