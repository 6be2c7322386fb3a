#include "rules/ecs_logging.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  FirelensUse use = firelens_use(cx.root);
  if (!use.senders.empty() || use.driver_unknown) return;
  for (const FirelensUse::Router& router : use.routers)
    cx.report_key(router.at / "firelensConfiguration",
                  "this container is a FireLens log router, but no container uses the awsfirelens "
                  "log driver");
}

constexpr Rule kRule = {
    "firelens-without-awsfirelens", kTaskDefinition, Level::error,
    "A container is a FireLens log router but no container sends its logs with awsfirelens",
    R"md(
## Why
A `firelensConfiguration` makes a container the task's FireLens log router. ECS accepts one only
when some container sends its logs to it, and otherwise rejects the task definition: "When a
firelensConfiguration object is specified, at least one container has to be configured with the
awsfirelens log driver." Usually the application container still has another log driver (for
example `awslogs`) after a copy and paste.

## Bad
```json
{"containerDefinitions": [
  {"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
   "firelensConfiguration": {"type": "fluentbit"}},
  {"name": "app", "image": "httpd:2.4",
   "logConfiguration": {"logDriver": "awslogs",
                        "options": {"awslogs-group": "/ecs/app", "awslogs-region": "us-east-1"}}}]}
```

## Good
```json
{"containerDefinitions": [
  {"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
   "firelensConfiguration": {"type": "fluentbit"}},
  {"name": "app", "image": "httpd:2.4",
   "logConfiguration": {"logDriver": "awsfirelens",
                        "options": {"Name": "cloudwatch", "region": "us-east-1"}}}]}
```

## References
- Amazon ECS API Reference: ContainerDefinition.firelensConfiguration, LogConfiguration.logDriver
- Amazon ECS Developer Guide: Send Amazon ECS logs to an AWS service or AWS Partner
  (using_firelens)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
