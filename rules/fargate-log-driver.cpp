#include "rules/ecs_fargate.hpp"

namespace ecslint {
namespace {

// Drivers of the LogDriver enum that Fargate refuses. Values outside the enum are left to the
// schema check, so a typo is reported once.
constexpr std::string_view kHostDrivers[] = {"json-file", "syslog", "journald", "gelf", "fluentd"};

void check(Context& cx) {
  if (!fargate_applies(cx.root)) return;
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    auto driver = log_driver(container);
    if (!driver) return;
    for (std::string_view host_driver : kHostDrivers)
      if (*driver == host_driver)
        cx.report(log_driver_at(at),
                  fmt::format("log driver \"{}\" is not supported on Fargate; use awslogs, splunk "
                              "or awsfirelens",
                              *driver));
  });
}

constexpr Rule kRule = {
    "fargate-log-driver", kTaskDefinition, Level::error,
    "A Fargate container uses a log driver other than awslogs, splunk or awsfirelens",
    R"md(
## Why
On Fargate there is no host Docker daemon to write `json-file` logs to or to forward `syslog`,
`journald`, `gelf` or `fluentd` output from. When `requiresCompatibilities` lists `FARGATE` (even
beside `EC2`), the only log drivers ECS accepts are `awslogs` (CloudWatch Logs), `splunk` and
`awsfirelens` (FireLens: Fluent Bit or Fluentd running as a sidecar, which can forward to any of
the destinations the other drivers reach). Values that are not log drivers at all are reported by
the schema check; placeholders are not checked.

## Bad
```json
{
  "family": "web",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "256",
  "memory": "512",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27",
     "logConfiguration": {"logDriver": "json-file"}}
  ]
}
```

## Good
```json
{
  "family": "web",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "256",
  "memory": "512",
  "executionRoleArn": "arn:aws:iam::111122223333:role/ecsTaskExecutionRole",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27",
     "logConfiguration": {"logDriver": "awslogs",
                          "options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1",
                                      "awslogs-stream-prefix": "web"}}}
  ]
}
```

## References
- Amazon ECS API Reference: LogConfiguration.logDriver ("For tasks on Fargate, the supported log
  drivers are awslogs, splunk, and awsfirelens.")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
