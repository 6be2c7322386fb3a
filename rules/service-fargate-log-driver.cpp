#include "rules/ecs_link.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!cx.linked || fargate_applies(cx.linked->root)) return;  // fargate-log-driver reports it
  const LaunchTarget target = launch_target(cx.root);
  if (!target.fargate) return;
  for_each_container(cx.linked->root, [&](const Json& container, const Place& at) {
    auto driver = log_driver(container);
    if (!driver || *driver == "awslogs" || *driver == "splunk" || *driver == "awsfirelens") return;
    const Pointer driver_at = at / "logConfiguration" / "logDriver";
    cx.report_linked(target.fargate_at, driver_at,
                     fmt::format("this service runs on Fargate, and {} in {} uses the log driver {}, "
                                 "which Fargate does not support; use awslogs, splunk or awsfirelens",
                                 container_label(container, at), cx.linked->where(driver_at), *driver));
  });
}

constexpr Rule kRule = {
    "service-fargate-log-driver", kService | kLinked, Level::error,
    "A Fargate service runs a task definition with a log driver Fargate does not support",
    R"md(
## Why
Tasks on Fargate can log only with `awslogs`, `splunk` and `awsfirelens`. A task definition that
lists `FARGATE` in `requiresCompatibilities` is checked for this by `fargate-log-driver` when it
is registered. One that does not list it (an EC2-style task definition) can still be chosen by a
service that runs on Fargate (`launchType: FARGATE` or a Fargate capacity provider), and then
its `json-file`, `syslog`, `fluentd`, `gelf` or `journald` containers cannot run. This rule
reports that case, in the service file, at the launch type or capacity provider.

## Bad
`taskdef.json`:
```json
{"family": "web", "networkMode": "awsvpc", "cpu": "256", "memory": "512",
 "containerDefinitions": [{"name": "web", "image": "nginx:1.27",
                           "logConfiguration": {"logDriver": "json-file"}}]}
```
`service.json`:
```json
{"serviceName": "web", "cluster": "prod", "taskDefinition": "web", "launchType": "FARGATE",
 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0abc1234"]}}}
```

## Good
```json
"logConfiguration": {"logDriver": "awslogs",
                     "options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1",
                                 "awslogs-stream-prefix": "web"}}
```

## References
- Amazon ECS API Reference, LogConfiguration: `logDriver` ("For tasks on AWS Fargate, the
  supported log drivers are awslogs, splunk, and awsfirelens")
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
