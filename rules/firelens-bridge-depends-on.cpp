#include "rules/ecs_logging.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (task_level_unknown(cx)) return;  // a container array: the network mode is unknown
  if (network_mode(cx.root) != "bridge") return;
  FirelensUse use = firelens_use(cx.root);
  if (use.routers.size() != 1) return;
  auto router = known_string(*use.routers.front().container, "name");
  if (!router) return;
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    if (log_driver(container) != "awsfirelens") return;
    for_each_item(array_member(container, "dependsOn"), at / "dependsOn",
                  [&](const Json& dependency, const Place& dependency_at) {
                    if (known_string(dependency, "containerName") != *router) return;
                    auto condition = known_string(dependency, "condition");
                    if (condition && *condition != "START" && *condition != "HEALTHY")
                      cx.report(dependency_at / "condition",
                                fmt::format("condition {} waits for the log router \"{}\" to exit; "
                                            "depend on it with START or HEALTHY",
                                            *condition, *router));
                  });
  });
}

constexpr Rule kRule = {
    "firelens-bridge-depends-on", kTaskDefinition, Level::warning,
    "In bridge mode a container waits for its FireLens log router to exit before it starts",
    R"md(
## Why
In `bridge` network mode the log router must be running before the containers that send their
logs to it start. ECS orders them by itself: it makes every container that uses the
`awsfirelens` log driver depend on the router with `START`, unless you give that container an
explicit dependency on the router, which replaces the default order. Such a dependency must use
`START` or `HEALTHY` (the ECS Developer Guide asks for exactly this). `COMPLETE` or `SUCCESS`
make the container wait until the router has exited: the container either never starts, or
starts with nowhere to send its logs.

Older guides said that bridge-mode containers must declare the dependency themselves; current
ECS adds it, so a missing `dependsOn` is not reported.

## Bad
```json
{"name": "app", "image": "httpd:2.4",
 "dependsOn": [{"containerName": "log_router", "condition": "COMPLETE"}],
 "logConfiguration": {"logDriver": "awsfirelens", "options": {"Name": "stdout"}}}
```

## Good
```json
{"name": "app", "image": "httpd:2.4",
 "dependsOn": [{"containerName": "log_router", "condition": "START"}],
 "logConfiguration": {"logDriver": "awsfirelens", "options": {"Name": "stdout"}}}
```

## References
- Amazon ECS Developer Guide: Send Amazon ECS logs to an AWS service or AWS Partner
  (using_firelens: the default start order, and "ensure that each container has a START or
  HEALTHY condition requirement" for bridge mode)
- Amazon ECS API Reference: ContainerDependency.condition
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
