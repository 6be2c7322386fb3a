#include "rules/ecs_logging.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for (const FirelensUse::Router& router : firelens_use(cx.root).routers)
    if (!is_essential(*router.container))
      cx.report(router.at / "essential", "the FireLens log router is not essential; if it stops, "
                                         "the task keeps running without shipping its logs");
}

constexpr Rule kRule = {
    "firelens-router-not-essential", kTaskDefinition, Level::note,
    "The FireLens log router container is marked essential: false",
    R"md(
## Why
The container with the `firelensConfiguration` receives the logs of every container that uses
the `awsfirelens` log driver. When a non-essential router exits, ECS keeps the task running, and
its logs are silently lost (or, in `blocking` mode, the applications stall). AWS recommends that
the log router be marked essential, so that ECS replaces the whole task instead.

## Bad
```json
{"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
 "essential": false, "firelensConfiguration": {"type": "fluentbit"}}
```

## Good
```json
{"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
 "essential": true, "firelensConfiguration": {"type": "fluentbit"}}
```

## References
- Amazon ECS Developer Guide: Example Amazon ECS task definition: Route logs to FireLens
  (firelens-taskdef: "we recommend that the container be marked as essential")
- Amazon ECS API Reference: ContainerDefinition.essential
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
