#include "rules/ecs_fargate.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  // ECS Anywhere does not support awsvpc: recommending it there would be wrong.
  if (requires_compatibility(cx.root, "EXTERNAL")) return;
  auto mode = known_string(cx.root, "networkMode");
  if (mode && *mode == "bridge")
    cx.report(Pointer() / "networkMode",
              "network mode \"bridge\" shares the instance's security groups among all tasks; "
              "\"awsvpc\" gives each task its own network interface and security groups");
}

constexpr Rule kRule = {
    "network-mode-not-awsvpc", kTaskDefinition, Level::note,
    "The task explicitly uses the bridge network mode instead of awsvpc",
    R"md(
## Why
In the `bridge` network mode all tasks on a container instance share the instance's elastic
network interface, its security groups and its IP address; network access can only be
controlled per instance. `awsvpc` gives every task its own network interface, private IP address
and security groups, and its traffic shows in VPC Flow Logs per task. Security baselines
therefore recommend `awsvpc`.

When this rule fires, and why not more often: `bridge` is a legitimate choice on EC2 (denser
packing without ENI trunking, dynamic host ports behind a load balancer), and it is the default
when `networkMode` is left out, which is the case in most task definitions (almost two thirds
of ecslint's corpus of real files). A note on every one of them would drown the findings that
matter and get the rule switched off. So the note fires only on an explicit
`"networkMode": "bridge"` (a decision someone can revisit), not on an omitted `networkMode`, not
on `host` (`host-network-mode` reports that, more strongly), not on `none` (no network at all),
and not for ECS Anywhere (`EXTERNAL`), where `awsvpc` is not supported.

## Bad
```json
{"family": "web", "networkMode": "bridge",
 "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512,
                           "portMappings": [{"containerPort": 80, "hostPort": 0}]}]}
```

## Good
```json
{"family": "web", "networkMode": "awsvpc",
 "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512,
                           "portMappings": [{"containerPort": 80}]}]}
```

## References
- Amazon ECS API Reference: RegisterTaskDefinition.networkMode
- KICS query "ECS Task Definition Network Mode Not Recommended"
- AWS Control Tower control CT.ECS.PR.4
- terrascan AC_AWS_0088
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
