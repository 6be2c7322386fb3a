#include <string>

#include "rules/ecs_network.hpp"

namespace ecslint {
namespace {

constexpr int64_t kMaxGrace = 2147483647;

std::string shown(const Json& value) {
  return value.IsInt64() ? std::to_string(value.GetInt64()) : fmt::format("{}", value.GetDouble());
}

void check(Context& cx) {
  const Json* value = member(cx.root, "healthCheckGracePeriodSeconds");
  if (!value || !value->IsNumber()) return;
  // Read as a double so that values beyond int64 are still caught.
  double seconds = value->GetDouble();
  if (seconds >= 0 && seconds <= static_cast<double>(kMaxGrace)) return;
  cx.report(Pointer() / "healthCheckGracePeriodSeconds",
            fmt::format("healthCheckGracePeriodSeconds {} is out of range; ECS allows 0–{} seconds",
                        shown(*value), kMaxGrace));
}

constexpr Rule kRule = {
    "health-check-grace-period", kService, Level::warning,
    "healthCheckGracePeriodSeconds is outside 0–2147483647 seconds",
    R"md(
## Why
`healthCheckGracePeriodSeconds` is how long the service scheduler ignores failing Elastic Load
Balancing, VPC Lattice and container health checks after a task starts. The API documentation
allows "up to 2,147,483,647 seconds"; a negative value means nothing. The schema only says it is
an integer, so this rule checks the range.

This is a warning, not an error: the bound comes from the API documentation text, not from the
API model. The rule deliberately does not report a grace period on a service without a load
balancer: ECS used to reject that, but today the period also applies to VPC Lattice and to
container health checks, which live in the task definition (ecspresso removed the same check in
2025, kayac/ecspresso#805).

## Bad
```json
{"serviceName": "web", "taskDefinition": "web:3", "healthCheckGracePeriodSeconds": -30}
```

## Good
```json
{"serviceName": "web", "taskDefinition": "web:3", "healthCheckGracePeriodSeconds": 60}
```

## References
- Amazon ECS API Reference: CreateService.healthCheckGracePeriodSeconds ("you can specify a
  health check grace period of up to 2,147,483,647 seconds (about 69 years)"; "If you don't use
  any of the health checks, then healthCheckGracePeriodSeconds is unused")
- aws-cloudformation/cfn-lint#3612 (the same range from the CloudFormation documentation)
- kayac/ecspresso#805 (grace period without a load balancer is no longer an error)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
