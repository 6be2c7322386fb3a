#include "rules/ecs_ports.hpp"

namespace ecslint {
namespace {

// Docker's and ECS's defaults when a member is omitted.
constexpr int64_t kDefaultInterval = 30;
constexpr int64_t kDefaultTimeout = 5;

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    const Json* health = object_member(container, "healthCheck");
    if (!health) return;
    bool has_interval = member(*health, "interval") != nullptr;
    bool has_timeout = member(*health, "timeout") != nullptr;
    auto interval = has_interval ? int_member(*health, "interval") : kDefaultInterval;
    auto timeout = has_timeout ? int_member(*health, "timeout") : kDefaultTimeout;
    if (!interval || !timeout || (!has_interval && !has_timeout) || *timeout <= *interval) return;
    cx.report(has_timeout ? at / "healthCheck" / "timeout" : at / "healthCheck" / "interval",
              fmt::format("health check timeout {}{} is longer than the interval {}{}; were they "
                          "swapped?",
                          *timeout, has_timeout ? "" : " (the default)", *interval,
                          has_interval ? "" : " (the default)"));
  });
}

constexpr Rule kRule = {
    "healthcheck-timing", kTaskDefinition, Level::warning,
    "A container health check timeout is longer than its interval",
    R"md(
## Why
`interval` is the pause between two health checks (30 seconds when omitted) and `timeout` how
long one check may run before it counts as failed (5 seconds when omitted). A timeout longer
than the interval is almost always a mistake, most often the two values swapped
(`"interval": 5, "timeout": 30`):

- Docker starts the next check only after the previous one ended, so a hanging check stretches
  the real period to interval + timeout, and noticing an unhealthy container takes
  `retries` × (interval + timeout) instead of the intended time;
- a check that needs that long to answer usually points at a probe that does too much.

The defaults count: `"timeout": 40` alone is compared with the default interval of 30. Equal
values are not reported: the ECS agent's own test task definitions use `"interval": 5,
"timeout": 5`, which works, only without margin. Values outside the ranges ECS allows are
`healthcheck-range`'s business; this rule only compares them. ECS accepts such settings, so this
is a warning.

## Bad
```json
{"name": "web", "image": "nginx:1.27", "memory": 256,
 "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"],
                 "interval": 5, "timeout": 30}}
```

## Good
```json
{"name": "web", "image": "nginx:1.27", "memory": 256,
 "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"],
                 "interval": 30, "timeout": 5}}
```

## References
- Amazon ECS API Reference: HealthCheck.interval, HealthCheck.timeout (defaults 30 and 5)
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html
- Docker's health monitor: the interval runs "from the end of the first to the start of the
  second" probe (moby `daemon/health.go`)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
