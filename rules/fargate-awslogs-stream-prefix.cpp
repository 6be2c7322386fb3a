#include "rules/ecs_fargate.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!fargate_applies(cx.root)) return;
  for_each_container_logging_to(cx.root, "awslogs", [&](const Json& container, const Place& at) {
    const Place config_at = at / "logConfiguration";
    const Json* options = member(*object_member(container, "logConfiguration"), "options");
    if (!options) {
      cx.report_key(config_at, "awslogs on Fargate needs the option `awslogs-stream-prefix`; "
                               "this log configuration has no `options`");
      return;
    }
    if (options->IsObject() && !member(*options, "awslogs-stream-prefix"))
      cx.report_key(config_at / "options",
                    "awslogs on Fargate needs the option `awslogs-stream-prefix`; it is missing");
  });
}

constexpr Rule kRule = {
    "fargate-awslogs-stream-prefix", kTaskDefinition, Level::error,
    "A Fargate container logs with awslogs but has no awslogs-stream-prefix option",
    R"md(
## Why
On EC2 the `awslogs` log driver names log streams after the Docker container ID unless told
otherwise. Fargate requires the `awslogs-stream-prefix` option instead, so that each stream is
named `prefix/container-name/task-id`. When `requiresCompatibilities` lists `FARGATE` and a
container uses `awslogs` without that option, ECS rejects the task definition: "Fargate requires
log configuration options to include awslogs-stream-prefix to support log driver awslogs." The
finding is on the `options` key, or on `logConfiguration` when it has no options at all.

## Bad
```json
{"name": "web", "image": "nginx:1.27",
 "logConfiguration": {"logDriver": "awslogs",
                      "options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1"}}}
```

## Good
```json
{"name": "web", "image": "nginx:1.27",
 "logConfiguration": {"logDriver": "awslogs",
                      "options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1",
                                  "awslogs-stream-prefix": "web"}}}
```

## References
- Amazon ECS API Reference: LogConfiguration.options (`awslogs-stream-prefix` "Required: Yes, when
  using Fargate")
- Send Amazon ECS logs to CloudWatch:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html
- The error text as reported in aws/aws-cdk#1422
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
