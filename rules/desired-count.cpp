#include "rules/ecs_deploy.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (auto count = int_member(cx.root, "desiredCount"); count && *count < 0) {
    cx.report(Pointer() / "desiredCount",
              fmt::format("desiredCount {} is negative; use 0 or more tasks", *count));
    return;
  }
  // UpdateService keeps the current count; ecspresso's files get it from ecspresso.
  if (member(cx.root, "desiredCount") || !is_create_service(cx.root)) return;
  const Json* scheduling = member(cx.root, "schedulingStrategy");
  auto known = known_string(cx.root, "schedulingStrategy");
  if (scheduling && (!known || *known != "REPLICA")) return;
  cx.report(Pointer(), "desiredCount is missing; a REPLICA service needs the number of tasks to "
                       "keep running");
}

constexpr Rule kRule = {
    "desired-count", kService, Level::warning,
    "A REPLICA service has no desiredCount, or a negative one",
    R"md(
## Why
`desiredCount` is the number of tasks a REPLICA service keeps running. The API Reference says it
"is required if `schedulingStrategy` is `REPLICA` or isn't specified" (a DAEMON service computes
its own count). A negative count is never meaningful. This is a warning, not an error:
CloudFormation and some tools fill in a default count when it is left out, and whether
CreateService itself refuses a missing count is not documented precisely.

UpdateService input (`service` instead of `serviceName`) keeps the current count when it is left
out, and ecspresso's service files take it from ecspresso: neither is reported as missing.

## Bad
```json
{"serviceName": "web", "cluster": "prod", "taskDefinition": "web:3"}
```

## Good
```json
{"serviceName": "web", "cluster": "prod", "taskDefinition": "web:3", "desiredCount": 2}
```

## References
- Amazon ECS API Reference: CreateService.desiredCount
- KICS: "ECS Service Without Running Tasks" (a related check on CloudFormation/Terraform)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
