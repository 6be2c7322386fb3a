#include "rules/ecs_network.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!assigns_public_ip(cx.root)) return;
  if (known_string(cx.root, "launchType").value_or("") == "EC2")
    return;  // public-ip-ec2 reports that as an error
  cx.report(awsvpc_pointer() / "assignPublicIp",
            "assignPublicIp ENABLED gives every task a public IP address; prefer private subnets "
            "with a NAT gateway or VPC endpoints");
}

constexpr Rule kRule = {
    "public-ip-enabled", kService, Level::note,
    "The service's tasks get public IP addresses (assignPublicIp ENABLED)",
    R"md(
## Why
With `assignPublicIp` `ENABLED`, each task's network interface gets a public IP address, so the
task is reachable from the internet wherever its security groups allow it. Tasks in private
subnets, reached through a load balancer and reaching out through a NAT gateway or VPC
endpoints, expose less. Public IPs are a common shortcut for pulling images from the internet
in a public subnet; security baselines flag them. (With the EC2 launch type ECS rejects
`ENABLED` outright: see `public-ip-ec2`.)

## Bad
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "launchType": "FARGATE",
  "networkConfiguration": {"awsvpcConfiguration": {
    "subnets": ["subnet-0123456789abcdef0"], "assignPublicIp": "ENABLED"}}
}
```

## Good
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "launchType": "FARGATE",
  "networkConfiguration": {"awsvpcConfiguration": {
    "subnets": ["subnet-0123456789abcdef0"], "assignPublicIp": "DISABLED"}}
}
```

## References
- Amazon ECS API Reference: AwsVpcConfiguration.assignPublicIp
- Peers: checkov CKV_AWS_333 ("Ensure ECS services do not have public IP addresses assigned to
  them automatically"); AWS Control Tower CT.ECS.PR.9; AWS Security Hub ECS.2; kyverno-json
  catalog ecs service public IP
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
