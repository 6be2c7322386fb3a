#include "rules/ecs_network.hpp"

namespace ecslint {
namespace {

void check_target_group(Context& cx, const Json& config, const Place& at) {
  const Json* value = member(config, "targetGroupArn");
  if (value && value->IsString() && value->GetStringLength() == 0) {
    cx.report(at / "targetGroupArn",
              "`targetGroupArn` is empty; give the VPC Lattice target group");
    return;
  }
  auto text = checkable_string(config, "targetGroupArn");
  if (!text) return;
  auto arn = parse_arn(*text);
  if (arn && arn->service == "vpc-lattice" && arn->resource.substr(0, 12) == "targetgroup/") return;
  std::string_view problem = arn && arn->service == "elasticloadbalancing"
                                 ? "is an Elastic Load Balancing ARN"
                                 : "is not a VPC Lattice target group ARN";
  cx.report(at / "targetGroupArn",
            fmt::format("targetGroupArn \"{}\" {}; expected arn:aws:vpc-lattice:REGION:ACCOUNT:"
                        "targetgroup/tg-ID",
                        *text, problem));
}

void check(Context& cx) {
  for_each_object(
      cx.root, Pointer(), "vpcLatticeConfigurations", [&](const Json& config, const Place& at) {
        check_role_arn(cx, config, at, "roleArn",
                       "give the ECS infrastructure role for VPC Lattice");
        check_target_group(cx, config, at);
        auto port = known_string(config, "portName");
        if (port && !is_lower_name(*port, 64))
          cx.report(
              at / "portName",
              fmt::format("portName \"{}\" cannot name a port mapping; port mapping names are "
                          "up to 64 lower-case letters, digits, '_' and '-', not starting with '-'",
                          *port));
      });
}

constexpr Rule kRule = {
    "vpc-lattice-configuration", kService, Level::error,
    "A VPC Lattice configuration has an invalid role, target group ARN or port name",
    R"md(
## Why
Each `vpcLatticeConfigurations` entry registers the service's tasks with a VPC Lattice target
group. It needs all three of:
- `roleArn`: the ECS infrastructure role that may manage the Lattice targets (an IAM role ARN);
- `targetGroupArn`: a **VPC Lattice** target group (`arn:aws:vpc-lattice:...:targetgroup/tg-...`),
  not an Elastic Load Balancing one;
- `portName`: the name of a port mapping of the task definition (up to 64 lower-case letters,
  digits, `_` and `-`).

The schema check reports missing members; this rule reports empty and malformed values.
Placeholders and UPPER_CASE stand-ins are not checked; whether `portName` exists in the task
definition is a cross-file check.

## Bad
```json
{
  "serviceName": "api",
  "taskDefinition": "api:7",
  "vpcLatticeConfigurations": [{
    "roleArn": "arn:aws:iam::111122223333:role/ecsInfrastructureRoleForLattice",
    "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/api/0123456789abcdef",
    "portName": "http"}]
}
```

## Good
```json
{
  "serviceName": "api",
  "taskDefinition": "api:7",
  "vpcLatticeConfigurations": [{
    "roleArn": "arn:aws:iam::111122223333:role/ecsInfrastructureRoleForLattice",
    "targetGroupArn": "arn:aws:vpc-lattice:us-east-1:111122223333:targetgroup/tg-0123456789abcdef0",
    "portName": "http"}]
}
```

## References
- Amazon ECS API Reference: VpcLatticeConfiguration (roleArn, targetGroupArn: "The full Amazon
  Resource Name (ARN) of the target group or groups associated with the VPC Lattice
  configuration", portName)
- Amazon ECS Developer Guide, Use Amazon VPC Lattice to connect, observe, and secure your Amazon
  ECS services: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-vpc-lattice.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
