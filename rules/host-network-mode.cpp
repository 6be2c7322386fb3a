#include "rules/ecs_fargate.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  auto mode = known_string(cx.root, "networkMode");
  if (mode && *mode == "host")
    cx.report(Pointer() / "networkMode",
              "network mode \"host\" puts the containers on the host's network stack; prefer "
              "\"awsvpc\" (or \"bridge\")");
}

constexpr Rule kRule = {
    "host-network-mode", kTaskDefinition, Level::note,
    "The task uses the host network mode and shares the instance's network stack",
    R"md(
## Why
In the `host` network mode the containers use the container instance's network interfaces
directly: they can bind any port of the instance, see its traffic and reach services that listen
on the instance only (for example the instance metadata service without a hop limit, or the ECS
agent's introspection port). Two copies of the task cannot run on one instance when they use the
same port. `awsvpc` gives each task its own elastic network interface and security groups; `bridge`
isolates containers behind Docker's virtual network. Use `host` only when the extra network
performance or the host access is really needed, and then run the containers as a non-root user
(see `host-network-root-user`).

## Bad
```json
{"family": "web", "networkMode": "host",
 "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}]}
```

## Good
```json
{"family": "web", "networkMode": "awsvpc",
 "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}]}
```

## References
- Amazon ECS API Reference: RegisterTaskDefinition.networkMode
- AWS Security Hub control ECS.17
- AWS Config rule ecs-task-definition-network-mode-not-host
- KICS query "ECS Task Definition Network Mode Not Recommended" (any mode but awsvpc)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
