#include "rules/ecs_ports.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (network_mode(cx.root) != "awsvpc") return;
  for_each_container_using(cx.root, "hostname", [&](const Json&, const Place& at) {
    cx.report_key(at, "hostname is not supported on container when networkMode=awsvpc");
  });
}

constexpr Rule kRule = {
    "hostname-awsvpc", kTaskDefinition, Level::error,
    "A container sets hostname although the task uses the awsvpc network mode",
    R"md(
## Why
With the `awsvpc` network mode the task's network interface, and so its host name, belongs to
the whole task and is set by ECS; a container cannot choose its own. ECS rejects the task
definition: "hostname is not supported on container when networkMode=awsvpc." Fargate always uses
`awsvpc`, so `hostname` never works there.

An empty string is not reported (console exports carry `"hostname": ""`), nor is a template
placeholder.

## Bad
```json
{
  "family": "web",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 256, "hostname": "web.internal"}
  ]
}
```

## Good
```json
{
  "family": "web",
  "networkMode": "awsvpc",
  "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 256}]
}
```

## References
- Amazon ECS API Reference: ContainerDefinition.hostname ("The hostname parameter is not
  supported if you're using the awsvpc network mode.")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
- The error ECS returns: labd/ecs-deplojo#26
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
