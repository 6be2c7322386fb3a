#include "rules/ecs_logging.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    if (member(container, "logConfiguration")) return;  // a wrong type is the schema's
    auto name = known_string(container, "name");
    cx.report(at, name ? fmt::format("container \"{}\" has no logConfiguration; its output is not "
                                     "sent to any log service",
                                     *name)
                       : std::string("container has no logConfiguration; its output is not sent "
                                     "to any log service"));
  });
}

constexpr Rule kRule = {
    "log-configuration-missing", kTaskDefinition | kOptIn, Level::note,
    "A container has no logConfiguration, so its logs are not collected",
    R"md(
## Why
Without `logConfiguration` a container logs through the Docker daemon's default driver. On
Fargate nothing is collected at all; on EC2 the logs stay in `json-file` on the instance and
disappear with it. A log configuration (`awslogs` to CloudWatch Logs, `awsfirelens`, `splunk`,
...) keeps the output that you need to investigate a failed task. Security baselines require it.

This rule is **opt-in**: it fires on most real task definitions, so it is off until you turn it on with `--enable log-configuration-missing` (or `--enable all`), or give it a level in `.ecslint.yaml` (`rules: {log-configuration-missing: note}`).

## Bad
```json
{"name": "web", "image": "nginx:1.27", "essential": true}
```

## Good
```json
{"name": "web", "image": "nginx:1.27", "essential": true,
 "logConfiguration": {"logDriver": "awslogs",
                      "options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1",
                                  "awslogs-stream-prefix": "web"}}}
```

## References
- Amazon ECS API Reference: ContainerDefinition.logConfiguration, LogConfiguration
- cdk-nag AwsSolutions-ECS7 (container without a log driver)
- AWS Config rule ecs-task-definition-log-configuration
- AWS Control Tower proactive control CT.ECS.PR.5
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
