#include "rules/ecs.hpp"

namespace ecslint {
namespace {

struct Range {
  const char* key;
  int64_t min;
  int64_t max;
  const char* unit;
};

constexpr Range kRanges[] = {
    {"interval", 5, 300, " seconds"},
    {"timeout", 2, 60, " seconds"},
    {"retries", 1, 10, ""},
    {"startPeriod", 0, 300, " seconds"},
};

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    const Json* health = object_member(container, "healthCheck");
    if (!health) return;
    for (const Range& range : kRanges) {
      auto value = int_member(*health, range.key);
      if (value && (*value < range.min || *value > range.max))
        cx.report(at / "healthCheck" / range.key,
                  fmt::format("{} {} is out of range; ECS allows {}–{}{}", range.key, *value,
                              range.min, range.max, range.unit));
    }
  });
}

constexpr Rule kRule = {
    "healthcheck-range", kTaskDefinition, Level::error,
    "A container health check interval, timeout, retries or startPeriod is out of range",
    R"md(
## Why
ECS accepts container health check settings only within these ranges and rejects the task
definition otherwise:

| member | range | default |
|---|---|---|
| `interval` | 5–300 seconds | 30 |
| `timeout` | 2–60 seconds | 5 |
| `retries` | 1–10 | 3 |
| `startPeriod` | 0–300 seconds | off |

The timeout range is easy to get wrong: Elastic Load Balancing target group health checks allow a
timeout of up to 120 seconds, ECS container health checks only 60. Values that are not integers
are left to the schema check.

## Bad
```json
{"name": "web", "image": "nginx:1.27",
 "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"],
                 "interval": 30, "timeout": 90, "retries": 3}}
```

## Good
```json
{"name": "web", "image": "nginx:1.27",
 "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"],
                 "interval": 30, "timeout": 10, "retries": 3}}
```

## References
- Amazon ECS API Reference, HealthCheck: `interval`, `timeout`, `retries`, `startPeriod`
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
