#include "rules/ecs_logging.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    const Json* options = docker_log_options(container);
    if (options && known_string(*options, "mode") == "blocking")
      cx.report(at / "logConfiguration" / "options" / "mode",
                "log mode \"blocking\" stalls the application whenever logs cannot be delivered; "
                "consider \"non-blocking\" with a max-buffer-size");
  });
}

constexpr Rule kRule = {
    "log-mode-blocking", kTaskDefinition, Level::note,
    "A log configuration uses the blocking delivery mode",
    R"md(
## Why
In `blocking` mode every write to stdout or stderr waits until the log driver has taken the
message. When CloudWatch Logs (or Splunk, or the log destination) is slow or unreachable, the
application stops in the middle of a write, and health checks and requests time out. In
`non-blocking` mode messages go through a buffer (`max-buffer-size`) and the oldest are dropped
when it is full: the application keeps running at the risk of losing log lines. ECS made
`non-blocking` the default in June 2025; choose `blocking` only when losing a log line is worse
than stalling the service.

## Bad
```json
{"logDriver": "awslogs",
 "options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "mode": "blocking"}}
```

## Good
```json
{"logDriver": "awslogs",
 "options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1",
             "mode": "non-blocking", "max-buffer-size": "25m"}}
```

## References
- Amazon ECS API Reference: LogConfiguration.options (mode, max-buffer-size)
- Amazon ECS API Reference: PutAccountSettingDefault, setting defaultLogDriverMode
- Docker documentation: Configure logging drivers, "Configure the delivery mode of log messages"
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
