#include "rules/ecs_ports.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    // Only servers: essential containers that expose a port. Workers and batch jobs without
    // ports would make this note fire on nearly every task definition.
    if (!is_essential(container) || !takes_effect(array_member(container, "portMappings"))) return;
    if (member(container, "healthCheck")) return;
    cx.report(at / "healthCheck",
              fmt::format("{} is essential and serves ports but has no healthCheck; ECS cannot "
                          "tell when it stops responding",
                          container_label(container, at)));
  });
}

constexpr Rule kRule = {
    "healthcheck-missing", kTaskDefinition | kOptIn, Level::note,
    "An essential container that exposes ports has no container health check",
    R"md(
## Why
Without a `healthCheck`, ECS only knows whether a container's process is running, not whether it
still answers. A hung server stays "running" until a load balancer (if there is one) notices, and
`dependsOn` with condition `HEALTHY`, the task's health status and service deployments cannot use
it. A container health check lets ECS replace such tasks.

**When it fires:** on each container that is essential (`essential` omitted or `true`) and has at
least one port mapping, and has no `healthCheck`. Containers without port mappings (workers,
batch jobs, sidecars that only send) and non-essential containers are skipped: their health does
not decide the task's, and reporting every container would make this note fire on almost every
task definition. To silence it for a file, disable the rule in `.ecslint.yaml`.

This rule is **opt-in**: it fires on most real task definitions, so it is off until you turn it on with `--enable healthcheck-missing` (or `--enable all`), or give it a level in `.ecslint.yaml` (`rules: {healthcheck-missing: note}`).

## Bad
```json
{"name": "web", "image": "nginx:1.27", "memory": 256,
 "portMappings": [{"containerPort": 80}]}
```

## Good
```json
{"name": "web", "image": "nginx:1.27", "memory": 256,
 "portMappings": [{"containerPort": 80}],
 "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]}}
```

## References
- Amazon ECS API Reference: ContainerDefinition.healthCheck, HealthCheck
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html
- Peers: KICS "HealthCheck Missing" (fires on every container definition without one)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
