#include "rules/ecs_logging.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  FirelensUse use = firelens_use(cx.root);
  for (size_t i = 1; i < use.routers.size(); ++i)
    cx.report_key(use.routers[i].at / "firelensConfiguration",
                  fmt::format("a second FireLens log router; a task has one, and {} containers here "
                              "have a firelensConfiguration",
                              use.routers.size()));
}

constexpr Rule kRule = {
    "firelens-multiple-routers", kTaskDefinition, Level::warning,
    "More than one container of a task has a firelensConfiguration",
    R"md(
## Why
FireLens gives a task one log router: every container with the `awsfirelens` log driver sends
its logs to "the" container with a `firelensConfiguration`, and the log driver has no way to
choose between two. ECS's own error message speaks of a firelens configuration "in one of the
containers". What ECS does with a second router is not documented, so this is a warning: merge
the configurations into one router (Fluent Bit can send one stream to several outputs).

## Bad
```json
{"containerDefinitions": [
  {"name": "router_a", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
   "firelensConfiguration": {"type": "fluentbit"}},
  {"name": "router_b", "image": "fluent/fluentd:v1.16",
   "firelensConfiguration": {"type": "fluentd"}},
  {"name": "app", "image": "httpd:2.4",
   "logConfiguration": {"logDriver": "awsfirelens", "options": {"Name": "stdout"}}}]}
```

## Good
```json
{"containerDefinitions": [
  {"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
   "firelensConfiguration": {"type": "fluentbit"}},
  {"name": "app", "image": "httpd:2.4",
   "logConfiguration": {"logDriver": "awsfirelens", "options": {"Name": "stdout"}}}]}
```

## References
- Amazon ECS API Reference: ContainerDefinition.firelensConfiguration
- Amazon ECS Developer Guide: Send Amazon ECS logs to an AWS service or AWS Partner
  (using_firelens)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
