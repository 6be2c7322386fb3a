#include "rules/ecs_ports.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  // On Fargate, fargate-unsupported-parameter already reports extraHosts.
  if (network_mode(cx.root) != "awsvpc" || fargate_applies(cx.root)) return;
  for_each_container_using(cx.root, "extraHosts", [&](const Json&, const Place& at) {
    cx.report_key(at, "extraHosts is not supported when networkMode=awsvpc");
  });
}

constexpr Rule kRule = {
    "extra-hosts-awsvpc", kTaskDefinition, Level::error,
    "A container sets extraHosts although the task uses the awsvpc network mode",
    R"md(
## Why
`extraHosts` adds lines to a container's `/etc/hosts` (Docker's `--add-host`). The ECS API
Reference says the parameter is not supported for tasks that use the `awsvpc` network mode (nor
for Windows containers), and ECS refuses it there. Use DNS instead: a Route 53 private hosted
zone, Service Connect or service discovery.

An empty list is not reported (console exports carry `"extraHosts": []`). On Fargate, which
always uses `awsvpc`, the rule stays silent because `fargate-unsupported-parameter` already
reports `extraHosts`.

## Bad
```json
{
  "family": "web",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 256,
     "extraHosts": [{"hostname": "db", "ipAddress": "10.0.0.12"}]}
  ]
}
```

## Good
```json
{
  "family": "web",
  "networkMode": "bridge",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 256,
     "extraHosts": [{"hostname": "db", "ipAddress": "10.0.0.12"}]}
  ]
}
```

## References
- Amazon ECS API Reference: ContainerDefinition.extraHosts ("This parameter isn't supported for
  Windows containers or tasks that use the awsvpc network mode.")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
