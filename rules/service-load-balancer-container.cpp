#include "rules/ecs_link.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_item(array_member(cx.root, "loadBalancers"), Pointer() / "loadBalancers",
                [&](const Json& item, const Place& at) {
                  auto name = known_string(item, "containerName");
                  if (!name) return;
                  check_container_port(cx, *name, at / "containerName",
                                       int_member(item, "containerPort"), at / "containerPort");
                });
}

constexpr Rule kRule = {
    "service-load-balancer-container", kService | kLinked, Level::error,
    "A load balancer names a container or containerPort that the task definition does not have",
    R"md(
## Why
Each `loadBalancers` entry tells ECS which container and port to register in the target group
(or Classic Load Balancer). The container must be one of the task definition's containers, and
`containerPort` "must correspond to a containerPort in the task definition" — one of that
container's `portMappings[].containerPort`, or inside one of its `containerPortRange`s. Otherwise
CreateService fails, or, after a rename in the task definition, the deployment does.

Containers or ports written as template placeholders are not checked.

## Bad
`taskdef.json`:
```json
{"family": "web", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
 "cpu": "256", "memory": "512",
 "containerDefinitions": [{"name": "app", "image": "nginx:1.27",
                           "portMappings": [{"containerPort": 80}]}]}
```
`service.json`:
```json
{"serviceName": "web", "cluster": "prod", "taskDefinition": "web",
 "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef",
                    "containerName": "web", "containerPort": 8080}]}
```
(`web` is not a container of the task definition, whose container `app` maps port 80)

## Good
```json
"loadBalancers": [{"targetGroupArn": "…", "containerName": "app", "containerPort": 80}]
```

## References
- Amazon ECS API Reference, LoadBalancer: `containerName` ("as it appears in a container
  definition"), `containerPort` ("must correspond to a containerPort in the task definition")
- Amazon ECS API Reference, PortMapping: `containerPort`, `containerPortRange`
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
