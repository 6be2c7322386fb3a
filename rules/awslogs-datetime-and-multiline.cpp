#include "rules/ecs_logging.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    if (log_driver(container) != "awslogs") return;
    const Json* options = log_options(container);
    if (options && member(*options, "awslogs-datetime-format") &&
        member(*options, "awslogs-multiline-pattern"))
      cx.report_key(at / "logConfiguration" / "options" / "awslogs-multiline-pattern",
                    "awslogs-multiline-pattern is ignored because awslogs-datetime-format is also "
                    "set; set only one of them");
  });
}

constexpr Rule kRule = {
    "awslogs-datetime-and-multiline", kTaskDefinition, Level::warning,
    "An awslogs configuration sets both awslogs-datetime-format and awslogs-multiline-pattern",
    R"md(
## Why
Both options tell the awslogs driver where a multi-line log message starts. The ECS API Reference
says you cannot configure both; the Docker driver then uses `awslogs-datetime-format` and ignores
`awslogs-multiline-pattern`, so the pattern you wrote has no effect.

## Bad
```json
{"logDriver": "awslogs",
 "options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1",
             "awslogs-datetime-format": "%Y-%m-%d %H:%M:%S",
             "awslogs-multiline-pattern": "^INFO"}}
```

## Good
```json
{"logDriver": "awslogs",
 "options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1",
             "awslogs-datetime-format": "%Y-%m-%d %H:%M:%S"}}
```

## References
- Amazon ECS API Reference: LogConfiguration.options (awslogs-datetime-format,
  awslogs-multiline-pattern)
- Docker documentation: Amazon CloudWatch Logs logging driver
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
