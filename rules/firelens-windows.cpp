#include "rules/ecs_logging.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!is_windows(cx.root)) return;
  FirelensUse use = firelens_use(cx.root);
  for (const FirelensUse::Router& router : use.routers)
    cx.report_key(router.at / "firelensConfiguration", "FireLens is not supported for Windows "
                                                       "containers");
  for (const Pointer& sender : use.senders)
    cx.report(sender, "the awsfirelens log driver is not supported for Windows containers");
}

constexpr Rule kRule = {
    "firelens-windows", kTaskDefinition, Level::error,
    "A Windows task definition uses FireLens",
    R"md(
## Why
FireLens is supported for tasks on Linux only, on Fargate and on EC2. A task definition whose
`runtimePlatform.operatingSystemFamily` is a Windows Server family cannot have a log router
(`firelensConfiguration`) or use the `awsfirelens` log driver. For Windows containers use
`awslogs`, or run Fluent Bit as a separate service and send logs to it with the `fluentd` log
driver (EC2 only).

## Bad
```json
{"runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
 "containerDefinitions": [
   {"name": "app", "image": "mcr.microsoft.com/windows/servercore/iis",
    "logConfiguration": {"logDriver": "awsfirelens", "options": {"Name": "stdout"}}}]}
```

## Good
```json
{"runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
 "containerDefinitions": [
   {"name": "app", "image": "mcr.microsoft.com/windows/servercore/iis",
    "logConfiguration": {"logDriver": "awslogs",
                         "options": {"awslogs-group": "/ecs/iis", "awslogs-region": "us-east-1",
                                     "awslogs-stream-prefix": "iis"}}}]}
```

## References
- Amazon ECS Developer Guide: Send Amazon ECS logs to an AWS service or AWS Partner
  (using_firelens: "Windows containers don't support FireLens")
- AWS Containers blog: Centralized logging for Windows containers on Amazon ECS using
  Fluent Bit
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
