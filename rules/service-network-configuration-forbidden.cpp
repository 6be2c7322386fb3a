#include "rules/ecs_link.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!cx.linked) return;
  const Json* configuration = member(cx.root, "networkConfiguration");
  std::string_view mode = linked_network_mode(cx.linked->root);
  if (!configuration || !takes_effect(*configuration) || mode.empty() || mode == "awsvpc") return;
  const Pointer mode_at = Pointer() / "networkMode";
  std::string uses = member(cx.linked->root, "networkMode")
                         ? fmt::format("uses networkMode \"{}\"", mode)
                         : fmt::format("sets no networkMode (so \"{}\")", mode);
  cx.report_linked(Pointer() / "networkConfiguration", mode_at,
                   fmt::format("Network Configuration is not valid for the given networkMode of "
                               "this task definition: {} {}; remove networkConfiguration or use "
                               "networkMode awsvpc",
                               cx.linked->where(mode_at), uses));
  cx.findings.back().at_key = true;
}

constexpr Rule kRule = {
    "service-network-configuration-forbidden", kService | kLinked, Level::error,
    "The service has a networkConfiguration, but its task definition does not use awsvpc",
    R"md(
## Why
`networkConfiguration` (subnets, security groups, public IP) describes the network interface
that awsvpc gives each task. With any other network mode (`bridge`, the default on Linux;
`host`; `none`; Windows' `default`) tasks share the instance's network, and CreateService refuses
the setting: "Network Configuration is not valid for the given networkMode of this task
definition." An empty `networkConfiguration` (`{}`), as some exports hold, is not reported.

## Bad
`taskdef.json`:
```json
{"family": "web", "networkMode": "bridge",
 "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}]}
```
`service.json`:
```json
{"serviceName": "web", "cluster": "prod", "taskDefinition": "web", "launchType": "EC2",
 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0abc1234"]}}}
```

## Good
The same service without `networkConfiguration`, or the task definition with
`"networkMode": "awsvpc"`.

## References
- Amazon ECS API Reference, CreateService: `networkConfiguration`
- "Network Configuration is not valid for the given networkMode of this task definition."
  (DataDog/test-infra-definitions#57)
- Amazon ECS task networking: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
