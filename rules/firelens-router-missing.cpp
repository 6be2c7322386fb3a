#include "rules/ecs_logging.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  FirelensUse use = firelens_use(cx.root);
  if (!use.routers.empty() || use.router_unknown) return;
  for (const Pointer& sender : use.senders)
    cx.report(sender, "the awsfirelens log driver needs a log router, but no container has a "
                      "firelensConfiguration");
}

constexpr Rule kRule = {
    "firelens-router-missing", kTaskDefinition, Level::error,
    "A container uses the awsfirelens log driver but no container is a FireLens log router",
    R"md(
## Why
The `awsfirelens` log driver sends a container's logs to the task's FireLens log router: a
Fluent Bit or Fluentd container marked by a `firelensConfiguration`. Without one ECS rejects the
task definition: "When awsfirelens log driver is specified in log configuration, a firelens
configuration object must be configured in one of the containers."

## Bad
```json
{"containerDefinitions": [
  {"name": "app", "image": "httpd:2.4",
   "logConfiguration": {"logDriver": "awsfirelens",
                        "options": {"Name": "cloudwatch", "region": "us-east-1"}}}]}
```

## Good
```json
{"containerDefinitions": [
  {"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
   "essential": true, "firelensConfiguration": {"type": "fluentbit"}},
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
