#include "rules/ecs_container.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_dependency(cx.root, [&](const Dependency& dep) {
    auto condition = known_string(dep.entry, "condition");
    if (!condition || *condition != "HEALTHY") return;
    const Json* target = dependency_target(cx.root, dep);
    if (target && !member(*target, "healthCheck"))
      cx.report(dep.at / "condition",
                fmt::format("condition HEALTHY waits for container \"{}\" to pass its health "
                            "check, but it has no `healthCheck`",
                            dep.target));
  });
}

constexpr Rule kRule = {
    "depends-on-healthy-without-healthcheck", kTaskDefinition, Level::warning,
    "A dependsOn entry waits for HEALTHY on a container that has no health check",
    R"md(
## Why
The `HEALTHY` condition makes a container wait until another container's Docker health check
passes, and the API Reference states that this requires the container waited for to have a
health check configured. Without a `healthCheck` there is nothing to pass: the intended order
(start the app only once its proxy or database is ready) is not what happens. What ECS does in
that case is not documented (one emulator treats the condition as met at once), and no
RegisterTaskDefinition error is on record, so this is a warning rather than an error. Use
`START` if starting first is enough, or add a `healthCheck`.

## Bad
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "proxy", "image": "envoyproxy/envoy:v1.31.0", "memory": 256},
    {"name": "web", "image": "example/web:1.4", "memory": 512,
     "dependsOn": [{"containerName": "proxy", "condition": "HEALTHY"}]}
  ]
}
```

## Good
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "proxy", "image": "envoyproxy/envoy:v1.31.0", "memory": 256,
     "healthCheck": {"command": ["CMD-SHELL", "curl -s http://localhost:9901/ready"]}},
    {"name": "web", "image": "example/web:1.4", "memory": 512,
     "dependsOn": [{"containerName": "proxy", "condition": "HEALTHY"}]}
  ]
}
```

## References
- Amazon ECS API Reference: ContainerDependency.condition (`HEALTHY`: "This requires that the
  dependent container has health checks configured.")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDependency.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
