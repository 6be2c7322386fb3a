#include "rules/ecs_network.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!assigns_public_ip(cx.root)) return;
  // Only an explicit EC2 launch type: custom capacity providers may be Managed Instances.
  if (known_string(cx.root, "launchType").value_or("") != "EC2") return;
  cx.report(awsvpc_pointer() / "assignPublicIp",
            "assignPublicIp ENABLED is not supported with the EC2 launch type (\"Assign public IP "
            "is not supported for this launch type.\"); use DISABLED and a NAT gateway or VPC "
            "endpoints");
}

constexpr Rule kRule = {
    "public-ip-ec2", kService, Level::error,
    "assignPublicIp is ENABLED for a service with the EC2 launch type",
    R"md(
## Why
Tasks in `awsvpc` network mode on EC2 instances get their own network interface, but ECS cannot
give that interface a public IP address: only Fargate tasks can have one. CreateService with
`launchType` `EC2` and `assignPublicIp` `ENABLED` fails with "Assign public IP is not supported
for this launch type." Tasks on EC2 reach the internet through a NAT gateway (or reach AWS
services through VPC endpoints). Services that use a capacity provider strategy are not
checked: a custom capacity provider may be an Auto Scaling group or Managed Instances, which the
service file does not say.

## Bad
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "launchType": "EC2",
  "networkConfiguration": {"awsvpcConfiguration": {
    "subnets": ["subnet-0123456789abcdef0"], "assignPublicIp": "ENABLED"}}
}
```

## Good
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "launchType": "EC2",
  "networkConfiguration": {"awsvpcConfiguration": {
    "subnets": ["subnet-0123456789abcdef0"], "assignPublicIp": "DISABLED"}}
}
```

## References
- Amazon ECS API Reference: AwsVpcConfiguration.assignPublicIp
- hashicorp/waypoint#643 and aws/aws-cdk#13348: "Assign public IP is not supported for this
  launch type."
- Amazon ECS Developer Guide, Amazon ECS task networking options for EC2:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking-awsvpc.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
