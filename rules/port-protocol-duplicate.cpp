#include <map>

#include "rules/ecs_ports.hpp"

namespace ecslint {
namespace {

struct Seen {
  std::string_view protocol;
  size_t index;
};

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    std::map<int64_t, Seen> first;  // containerPort → its first mapping in this container
    for_each_item(array_member(container, "portMappings"), at / "portMappings",
                  [&](const Json& mapping, const Place& mapping_at) {
                    auto port = int_member(mapping, "containerPort");
                    auto protocol = port_protocol(mapping);
                    if (!port || !protocol) return;
                    auto [seen, inserted] = first.try_emplace(*port, Seen{*protocol, pointer_index(mapping_at)});
                    if (inserted || seen->second.protocol == *protocol) return;
                    cx.report(member(mapping, "protocol") ? mapping_at / "protocol" : mapping_at,
                              fmt::format("containerPort {} is already exposed for {} by "
                                          "portMappings[{}]; ECS documents that a container port "
                                          "cannot be exposed for multiple protocols",
                                          *port, seen->second.protocol, seen->second.index));
                  });
  });
}

constexpr Rule kRule = {
    "port-protocol-duplicate", kTaskDefinition, Level::warning,
    "A container exposes the same containerPort for both tcp and udp",
    R"md(
## Why
The ECS API Reference for PortMapping says: "You can't expose the same container port for
multiple protocols. If you attempt this, an error is returned." A container that maps, say, port
53 once for `tcp` and once for `udp` is therefore expected to be refused. A mapping without
`protocol` counts as `tcp`, the default.

This is a warning rather than an error because the record disagrees. Users quote the error
"Container port 53 is used in more than one port mapping for container ..." (amazon-ecs-agent
#3428 in 2022, on Fargate; terraform-aws-ecs #89 in 2023), while the developer and CloudFormation
guides dropped the note in 2020 as "no longer true", and AWS's own Consul sample
(amazon-ecs-fargate-consul-connect-example) maps 8301 for both tcp and udp. If your task
definition registers and runs, disable this rule.

## Bad
```json
{"name": "dns", "image": "coredns/coredns:1.11.3", "memory": 128,
 "portMappings": [{"containerPort": 53, "protocol": "udp"},
                  {"containerPort": 53, "protocol": "tcp"}]}
```

## Good
```json
{"name": "dns", "image": "coredns/coredns:1.11.3", "memory": 128,
 "portMappings": [{"containerPort": 53, "protocol": "udp"}]}
```

## References
- Amazon ECS API Reference: PortMapping (the note on multiple protocols), PortMapping.protocol
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html
- The error reported by users: https://github.com/aws/amazon-ecs-agent/issues/3428 and
  https://github.com/terraform-aws-modules/terraform-aws-ecs/issues/89
- The notes removed: https://github.com/awsdocs/amazon-ecs-developer-guide/pull/128 and
  https://github.com/awsdocs/aws-cloudformation-user-guide/pull/705
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
