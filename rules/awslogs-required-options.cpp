#include "rules/ecs_logging.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  // On EC2 the Docker awslogs driver falls back to the instance's Region; elsewhere (Fargate,
  // ECS Anywhere) nothing supplies one.
  const bool region_needed = !ec2_applies(cx.root);
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    if (log_driver(container) != "awslogs") return;
    const Place config_at = at / "logConfiguration";
    const Json* config = object_member(container, "logConfiguration");
    const Json* options = member(*config, "options");
    if (!options) {
      cx.report(config_at, region_needed ? "the awslogs log driver needs options awslogs-group and "
                                           "awslogs-region; this logConfiguration has no options"
                                         : "the awslogs log driver needs option awslogs-group; this "
                                           "logConfiguration has no options");
      return;
    }
    if (!options->IsObject()) return;
    if (!member(*options, "awslogs-group"))
      cx.report(config_at / "options", "awslogs options lack awslogs-group, the log group the "
                                       "awslogs driver sends to");
    if (region_needed && !member(*options, "awslogs-region"))
      cx.report(config_at / "options", "awslogs options lack awslogs-region; outside EC2 no "
                                       "instance Region is there to fall back on");
  });
}

constexpr Rule kRule = {
    "awslogs-required-options", kTaskDefinition, Level::error,
    "An awslogs log configuration lacks awslogs-group, or awslogs-region outside EC2",
    R"md(
## Why
The `awslogs` driver sends a container's output to a CloudWatch Logs log group in a Region.
`awslogs-group` is required: without it the Docker driver refuses to start and so does the
container. The ECS API Reference marks `awslogs-region` as required too, but on EC2 the Docker
driver falls back to the Region of the instance, and real task definitions that AWS accepted and
ran on EC2 omit it. ecslint therefore asks for `awslogs-region` only when the task definition
cannot run on EC2 (`requiresCompatibilities` is given and does not list `EC2`: Fargate only, ECS
Anywhere), where no instance Region is there to fall back on.

`awslogs-stream-prefix`, required on Fargate, is a separate check.

## Bad
```json
{"logConfiguration": {"logDriver": "awslogs",
                      "options": {"awslogs-stream-prefix": "web"}}}
```

## Good
```json
{"logConfiguration": {"logDriver": "awslogs",
                      "options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1",
                                  "awslogs-stream-prefix": "web"}}}
```

## References
- Amazon ECS API Reference: LogConfiguration.options (awslogs-group and awslogs-region,
  "Required: Yes")
- Amazon ECS Developer Guide: Send Amazon ECS logs to CloudWatch (using_awslogs)
- Docker documentation: Amazon CloudWatch Logs logging driver (awslogs-region falls back to the
  EC2 instance's Region)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
