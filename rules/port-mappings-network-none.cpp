#include "rules/ecs_ports.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (network_mode(cx.root) != "none") return;
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    if (takes_effect(array_member(container, "portMappings")))
      cx.report_key(at / "portMappings",
                    fmt::format("{} has port mappings, but networkMode is none; a task without "
                                "networking cannot map ports",
                                container_label(container, at)));
  });
}

constexpr Rule kRule = {
    "port-mappings-network-none", kTaskDefinition, Level::error,
    "A container has port mappings although the task's network mode is none",
    R"md(
## Why
With `"networkMode": "none"` the task's containers have no external connectivity, and the ECS
API says that port mappings cannot be specified in the container definitions then. Either remove
`portMappings` or choose a network mode that has networking (`awsvpc`, `bridge` or `host`). An
empty `portMappings` list is not reported.

## Bad
```json
{
  "family": "batch",
  "networkMode": "none",
  "containerDefinitions": [
    {"name": "job", "image": "busybox:1.36", "memory": 128,
     "portMappings": [{"containerPort": 8080}]}
  ]
}
```

## Good
```json
{
  "family": "batch",
  "networkMode": "none",
  "containerDefinitions": [{"name": "job", "image": "busybox:1.36", "memory": 128}]
}
```

## References
- Amazon ECS API Reference: RegisterTaskDefinition `networkMode` ("If the network mode is set
  to none, you cannot specify port mappings in your container definitions")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
