#include "rules/ecs_network.hpp"

namespace ecslint {
namespace {

// The problem with a target group ARN, or "" when it has the shape
// arn:PARTITION:elasticloadbalancing:REGION:ACCOUNT:targetgroup/NAME/ID.
std::string arn_problem(std::string_view text) {
  auto arn = parse_arn(text);
  if (!arn) return "is not an ARN";
  if (arn->service != "elasticloadbalancing")
    return fmt::format("is an ARN of service \"{}\", not of an Elastic Load Balancing target group",
                       arn->service);
  if (arn->resource.substr(0, 13) == "loadbalancer/")
    return "is the ARN of a load balancer, not of a target group";
  std::string_view rest =
      arn->resource.substr(0, 12) == "targetgroup/" ? arn->resource.substr(12) : std::string_view();
  size_t slash = rest.find('/');
  if (rest.empty() || slash == 0 || slash == std::string_view::npos || slash + 1 == rest.size())
    return "does not end in targetgroup/NAME/ID";
  if (arn->region.empty() || arn->account.empty()) return "lacks its region or account";
  return "";
}

void check_arn(Context& cx, const Json& object, const Place& at, std::string_view key) {
  auto text = checkable_string(object, key);
  if (!text) return;
  std::string problem = arn_problem(*text);
  if (!problem.empty())
    cx.report(at / key, fmt::format("{} \"{}\" {}; expected arn:aws:elasticloadbalancing:"
                                    "REGION:ACCOUNT:targetgroup/NAME/ID",
                                    key, *text, problem));
}

void check(Context& cx) {
  for_each_object(cx.root, Pointer(), "loadBalancers", [&](const Json& lb, const Place& at) {
    check_arn(cx, lb, at, "targetGroupArn");
    if (const Json* advanced = object_member(lb, "advancedConfiguration"))
      check_arn(cx, *advanced, at / "advancedConfiguration", "alternateTargetGroupArn");
  });
}

constexpr Rule kRule = {
    "target-group-arn", kService, Level::warning,
    "A load balancer's targetGroupArn is not the ARN of an Elastic Load Balancing target group",
    R"md(
## Why
`loadBalancers[].targetGroupArn` (and `advancedConfiguration.alternateTargetGroupArn` for ECS
blue/green deployments) must be the full ARN of an Elastic Load Balancing target group:
`arn:aws:elasticloadbalancing:REGION:ACCOUNT:targetgroup/NAME/ID`. A common slip is to paste
the load balancer's ARN (`...:loadbalancer/app/NAME/ID`) or only the target group's name. ECS
then rejects the service or, for values it cannot resolve, fails when it registers tasks.
This is a warning because the ARN's exact syntax is not part of the API model. Values holding
a template placeholder, UPPER_CASE stand-ins such as `TARGET_GROUP_ARN` and `{name}` stand-ins
are not checked.

## Bad
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "loadBalancers": [{
    "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/0123456789abcdef",
    "containerName": "web", "containerPort": 80}]
}
```

## Good
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "loadBalancers": [{
    "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/web/0123456789abcdef",
    "containerName": "web", "containerPort": 80}]
}
```

## References
- Amazon ECS API Reference: LoadBalancer.targetGroupArn ("The full Amazon Resource Name (ARN)
  of the Elastic Load Balancing target group or groups associated with a service"),
  AdvancedConfiguration.alternateTargetGroupArn
- Elastic Load Balancing: target group ARN format
  (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awselasticloadbalancingv2.html)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
