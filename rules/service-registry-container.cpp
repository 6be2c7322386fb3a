#include "rules/ecs_link.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!cx.linked) return;
  std::string_view mode = linked_network_mode(cx.linked->root);
  const Pointer mode_at = Pointer() / "networkMode";
  for_each_item(array_member(cx.root, "serviceRegistries"), Pointer() / "serviceRegistries",
                [&](const Json& item, const Place& at) {
                  if (!item.IsObject()) return;
                  const bool has_name = member(item, "containerName") != nullptr;
                  const bool has_container_port = member(item, "containerPort") != nullptr;
                  if ((mode == "bridge" || mode == "host") && !(has_name && has_container_port)) {
                    cx.report_linked(at, mode_at,
                                     fmt::format("with networkMode {} ({}), a service registry needs "
                                                 "containerName and containerPort",
                                                 mode, cx.linked->where(mode_at)));
                    return;
                  }
                  if (mode == "awsvpc" && member(item, "port") && (has_name || has_container_port)) {
                    cx.report_linked(at / "port", mode_at,
                                     fmt::format("with networkMode awsvpc ({}), a service registry "
                                                 "takes either port or containerName and "
                                                 "containerPort, not both",
                                                 cx.linked->where(mode_at)));
                    return;
                  }
                  if (auto name = known_string(item, "containerName"))
                    check_container_port(cx, *name, at / "containerName",
                                         int_member(item, "containerPort"), at / "containerPort");
                });
}

constexpr Rule kRule = {
    "service-registry-container", kService | kLinked, Level::error,
    "A service registry's container and port do not fit the task definition",
    R"md(
## Why
`serviceRegistries` registers each task in AWS Cloud Map. What ECS needs depends on the task
definition's network mode:

- `bridge` or `host`: SRV records need the container and port to publish, so `containerName`
  and `containerPort` are both required.
- `awsvpc`: with SRV records give either `containerName` and `containerPort`, or `port`, "but
  not both".

And `containerName` must be a container of the task definition, `containerPort` one of its
mapped container ports. (Whether the Cloud Map service uses SRV or A records is not in these
files, so the awsvpc case only checks that both forms are not mixed.)

## Bad
`taskdef.json`:
```json
{"family": "api", "networkMode": "bridge",
 "containerDefinitions": [{"name": "api", "image": "example/api:1.0", "memory": 512,
                           "portMappings": [{"containerPort": 8080}]}]}
```
`service.json`:
```json
{"serviceName": "api", "cluster": "prod", "taskDefinition": "api",
 "serviceRegistries": [{"registryArn": "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-0123456789abcdef"}]}
```

## Good
```json
"serviceRegistries": [{"registryArn": "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-0123456789abcdef",
                       "containerName": "api", "containerPort": 8080}]
```

## References
- Amazon ECS API Reference, ServiceRegistry: `containerName`, `containerPort`, `port`
- Amazon ECS service discovery:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-discovery.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
