#include "rules/ecs_link.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!cx.linked) return;
  auto strategy = known_string(cx.root, "schedulingStrategy");
  if (!strategy || *strategy != "DAEMON") return;
  // A launch type or Fargate provider in the service: daemon-scheduling and
  // service-launch-type-compatibility report those.
  const LaunchTarget target = launch_target(cx.root);
  if (target.fargate || !target.launch_type_at.text.empty()) return;
  const Json* listed = listed_compatibilities(cx.linked->root);
  if (!listed || requires_compatibility(cx.linked->root, "EC2") ||
      requires_compatibility(cx.linked->root, "EXTERNAL"))
    return;
  if (!requires_compatibility(cx.linked->root, "FARGATE")) return;
  const Pointer at = Pointer() / "requiresCompatibilities";
  cx.report_linked(Pointer() / "schedulingStrategy", at,
                   fmt::format("schedulingStrategy DAEMON is not supported on Fargate, and {} "
                               "requires FARGATE only; daemon services run on EC2 or external "
                               "instances, so list EC2 there",
                               cx.linked->where(at)));
}

constexpr Rule kRule = {
    "service-daemon-fargate", kService | kLinked, Level::error,
    "A DAEMON service runs a task definition that only Fargate can run",
    R"md(
## Why
The DAEMON scheduling strategy places one task on each container instance; Fargate has no
container instances, so "Tasks using the Fargate launch type or the FARGATE_SPOT capacity
provider don't support the DAEMON scheduling strategy". A DAEMON service that names no launch
type and no capacity provider, with a task definition whose `requiresCompatibilities` lists only
`FARGATE`, has nowhere to run its tasks. (A service that says `launchType: FARGATE` or names a
Fargate capacity provider is reported by `daemon-scheduling`; one that says `EC2` with such a
task definition by `service-launch-type-compatibility`.)

## Bad
`taskdef.json`:
```json
{"family": "agent", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
 "cpu": "256", "memory": "512",
 "containerDefinitions": [{"name": "agent", "image": "example/agent:1.0"}]}
```
`service.json`:
```json
{"serviceName": "agent", "cluster": "prod", "taskDefinition": "agent",
 "schedulingStrategy": "DAEMON"}
```

## Good
The task definition with `"requiresCompatibilities": ["EC2"]` (and a network mode EC2 supports),
and the service with `"launchType": "EC2"`.

## References
- Amazon ECS API Reference, CreateService: `schedulingStrategy`
- Amazon ECS daemon scheduling:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_services.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
