#include "rules/ecs_deploy.hpp"

namespace ecslint {
namespace {

constexpr size_t kMaxConfigurations = 5;
constexpr size_t kMaxNames = 5;
constexpr size_t kMaxNameLength = 255;

void check_names(Context& cx, const Json& metric, const Place& at) {
  const Json* names = array_member(metric, "metricNames");
  if (!names) return;
  if (names->Empty())
    cx.report(at / "metricNames", "metricNames is empty; name 1–5 metrics");
  else if (names->Size() > kMaxNames)
    cx.report(at / "metricNames", fmt::format("metricNames has {} items; ECS allows at most {}",
                                              names->Size(), kMaxNames));
  for_each_item(names, at / "metricNames", [&](const Json& name, const Place& name_at) {
    if (!name.IsString()) return;
    size_t length = name.GetStringLength();
    std::string_view text(name.GetString(), length);
    if (length > kMaxNameLength)
      cx.report(name_at, fmt::format("the metric name is {} characters long; ECS allows at most "
                                     "{}",
                                     length, kMaxNameLength));
    else if (!is_placeholder(text) && text != "CPUUtilization" && text != "MemoryUtilization")
      cx.report(name_at, fmt::format("metric name \"{}\" is not supported; use CPUUtilization or "
                                     "MemoryUtilization",
                                     text));
  });
}

void check(Context& cx) {
  const Json* monitoring = object_member(cx.root, "monitoring");
  if (!monitoring) return;
  const Pointer at = Pointer() / "monitoring" / "metricConfigurations";
  const Json* configurations = array_member(*monitoring, "metricConfigurations");
  if (configurations && configurations->Size() > kMaxConfigurations)
    cx.report(at, fmt::format("metricConfigurations has {} items; ECS allows at most {}",
                              configurations->Size(), kMaxConfigurations));
  for_each_item(configurations, at, [&](const Json& metric, const Place& metric_at) {
    if (!metric.IsObject()) return;
    check_names(cx, metric, metric_at);
    auto resolution = number_member(metric, "resolutionSeconds");
    if (resolution && *resolution != 20 && *resolution != 60)
      cx.report(metric_at / "resolutionSeconds",
                fmt::format("resolutionSeconds {} is not supported; use 20 or 60 seconds",
                            show_number(*resolution)));
  });
}

constexpr Rule kRule = {
    "monitoring-configuration", kService, Level::error,
    "Service monitoring has too many or unsupported metrics, or a resolution other than 20 or 60",
    R"md(
## Why
`monitoring.metricConfigurations` chooses extra metrics ECS collects for the service. The API
Reference limits it: at most 5 metric configurations; each has `metricNames` with 1 to 5 names
of 1–255 characters ("The supported metric names are `CPUUtilization` and
`MemoryUtilization`"), and `resolutionSeconds`, whose model range is 20–60 and whose "valid
values are `20` and `60`". Requests outside these limits are refused. The required members and
their JSON types are checked by the schema; metric names holding a template placeholder are not
checked.

## Bad
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
 "monitoring": {"metricConfigurations": [{"metricNames": [], "resolutionSeconds": 30}]}}
```

## Good
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
 "monitoring": {"metricConfigurations": [{"metricNames": ["CPUUtilization"], "resolutionSeconds": 60}]}}
```

## References
- Amazon ECS API Reference: MonitoringConfiguration, MetricConfiguration
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
