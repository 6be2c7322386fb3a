#include "rules/ecs_network.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (service_launch_type(cx.root) != "FARGATE" || item_count(cx.root, "placementConstraints") == 0)
    return;
  cx.report(Pointer() / "placementConstraints",
            "placement constraints are not supported with Fargate (\"Placement constraints are "
            "not supported with FARGATE launch type.\"); remove them");
}

constexpr Rule kRule = {
    "placement-fargate", kService, Level::error,
    "A Fargate service has placement constraints",
    R"md(
## Why
Placement constraints choose among the container instances of a cluster; Fargate tasks run on
no instance of yours, so ECS rejects them: "Placement constraints are not supported with FARGATE
launch type." The rule applies when `launchType` is `FARGATE` or every capacity provider of the
strategy is `FARGATE` or `FARGATE_SPOT`. An empty list (`"placementConstraints": []`, as in
describe output) is accepted. Placement strategies on Fargate are not reported: the sources
disagree on whether ECS rejects or ignores them.

## Bad
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "launchType": "FARGATE",
  "placementConstraints": [{"type": "distinctInstance"}]
}
```

## Good
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "launchType": "FARGATE"
}
```

## References
- Amazon ECS Developer Guide, Amazon ECS task placement ("Task placement strategies and
  constraints aren't supported for tasks using the Fargate launch type"):
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement.html
- GetSimpl/cloudlift#138: "Placement constraints are not supported with FARGATE launch type."
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
