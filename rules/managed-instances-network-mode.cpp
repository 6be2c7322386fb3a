#include "rules/ecs.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  // With FARGATE listed too, fargate-network-mode already asks for awsvpc.
  if (!requires_compatibility(cx.root, "MANAGED_INSTANCES") || fargate_applies(cx.root)) return;
  if (!member(cx.root, "networkMode")) {
    for_each_item(array_member(cx.root, "requiresCompatibilities"),
                  Pointer() / "requiresCompatibilities", [&](const Json& item, const Place& at) {
                    if (item.IsString() && std::string_view(item.GetString()) == "MANAGED_INSTANCES")
                      cx.report(at, "`networkMode` is missing; ECS Managed Instances run only "
                                    "task definitions that set it to \"awsvpc\", \"host\" or "
                                    "\"none\"");
                  });
    return;
  }
  auto mode = known_string(cx.root, "networkMode");
  if (mode && *mode == "bridge")
    cx.report(Pointer() / "networkMode",
              "network mode \"bridge\" is not supported on ECS Managed Instances; use "
              "\"awsvpc\", \"host\" or \"none\"");
}

constexpr Rule kRule = {
    "managed-instances-network-mode", kTaskDefinition, Level::warning,
    "A task definition for ECS Managed Instances uses bridge or omits networkMode",
    R"md(
## Why
Amazon ECS Managed Instances (`MANAGED_INSTANCES` in `requiresCompatibilities`) support the
`awsvpc`, `host` and `none` network modes, for compatibility with workloads moved from Fargate
or EC2; `bridge` is not among them. The Managed Instances networking page also says the network
mode must be specified: tasks cannot run on Managed Instances from a task definition without
one. Both are reported when `FARGATE` is not listed as well (`fargate-network-mode` covers that
case).

This is a warning: Managed Instances are new (2025), the sources differ (an earlier reading
said an omitted mode means `awsvpc`), and AWS does not document whether RegisterTaskDefinition
itself refuses these task definitions or only RunTask/CreateService do.

## Bad
```json
{
  "family": "web",
  "requiresCompatibilities": ["MANAGED_INSTANCES"],
  "networkMode": "bridge",
  "cpu": "256",
  "memory": "512",
  "containerDefinitions": [{"name": "web", "image": "nginx:1.27"}]
}
```

## Good
```json
{
  "family": "web",
  "requiresCompatibilities": ["MANAGED_INSTANCES"],
  "networkMode": "awsvpc",
  "cpu": "256",
  "memory": "512",
  "containerDefinitions": [{"name": "web", "image": "nginx:1.27"}]
}
```

## References
- Amazon ECS Developer Guide, Amazon ECS task networking for Amazon ECS Managed Instances
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/managed-instance-networking.html
- Amazon ECS API Reference: ManagedInstancesNetworkConfiguration ("awsvpc …, host …, and none")
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
