#include "rules/ecs_appspec.hpp"

namespace ecslint {
namespace {

// Missing members and wrong types are the schema's; this rule checks the values.
void check(Context& cx) {
  for_each_target_properties(cx.root, [&](const Json& properties, const Place& at) {
    const Json* info = object_member(properties, "LoadBalancerInfo");
    if (!info) return;
    const Place info_at = at / "LoadBalancerInfo";
    if (auto name = known_string(*info, "ContainerName"); name && is_blank(*name))
      cx.report(info_at / "ContainerName",
                "ContainerName is empty; name the task definition's container that receives "
                "the load balancer traffic");
    if (auto port = int_member(*info, "ContainerPort"); port && (*port < 1 || *port > 65535))
      cx.report(info_at / "ContainerPort",
                fmt::format("ContainerPort {} is out of range; ports are 1–65535", *port));
  });
}

constexpr Rule kRule = {
    "appspec-load-balancer-info", kAppSpec, Level::error,
    "The AppSpec LoadBalancerInfo has an empty ContainerName or a ContainerPort outside 1–65535",
    R"md(
## Why
`LoadBalancerInfo` tells CodeDeploy which container and port of the replacement tasks to
register with the load balancer's target groups. Both are required: `ContainerName` must be
the name of a container in the task definition, and `ContainerPort` the port on that container
that traffic is routed to. An empty name names no container, and a port outside 1–65535 is no
port, so the replacement task set cannot be put behind the load balancer. (The AppSpec
assistant reports an empty name as an error and port 0 as suspicious.)

Missing members and wrong types (`ContainerPort: "80"`) are reported by the schema check;
placeholder values (`<CONTAINER_NAME>`, `${CONTAINER_PORT}`) are not checked. Whether the
container and port exist in the task definition is a cross-file check.

## Bad
```yaml
LoadBalancerInfo:
  ContainerName: ""
  ContainerPort: 0
```

## Good
```yaml
LoadBalancerInfo:
  ContainerName: "web"
  ContainerPort: 80
```

## References
- CodeDeploy User Guide, AppSpec 'resources' section for Amazon ECS deployments
  (`ContainerName`, `ContainerPort`):
  https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html
- Amazon ECS API Reference, LoadBalancer.containerPort
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
