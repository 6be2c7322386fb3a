#include "rules/ecs_network.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_object(
      cx.root, Pointer(), "placementConstraints", [&](const Json& item, const Place& at) {
        auto type = known_string(item, "type");
        const Json* expression = member(item, "expression");
        if (type.value_or("") == "distinctInstance" && given(expression))
          cx.report_key(at / "expression",
                        "a distinctInstance constraint takes no `expression`; remove it, or use "
                        "type memberOf");
        if (type.value_or("") == "memberOf" && !given(expression))
          cx.report(at / "type",
                    "a memberOf constraint needs an `expression` (cluster query "
                    "language), e.g. \"attribute:ecs.instance-type =~ t3.*\"");
      });
}

constexpr Rule kRule = {
    "placement-constraint", kService, Level::error,
    "A distinctInstance placement constraint has an expression, or a memberOf one has none",
    R"md(
## Why
A service's `placementConstraints` are of two types:
- `distinctInstance` places each task on a different container instance and takes no
  `expression` ("You can't specify an expression if the constraint type is distinctInstance");
- `memberOf` places tasks on instances that match an `expression` in the cluster query language,
  so it needs one.

ECS rejects the service otherwise. The number of constraints (10 per task) and the length of an
expression (2000 characters) are checked by `task-placement-constraint`, for services and task
definitions alike. Empty expressions (as in generated skeletons) count as absent; the `type`
enum is the schema's.

## Bad
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "placementConstraints": [{"type": "distinctInstance", "expression": "attribute:ecs.os-type == linux"}]
}
```

## Good
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "placementConstraints": [{"type": "memberOf", "expression": "attribute:ecs.os-type == linux"}]
}
```

## References
- Amazon ECS API Reference: PlacementConstraint.expression ("The expression can have a maximum
  length of 2000 characters. You can't specify an expression if the constraint type is
  distinctInstance."), CreateService.placementConstraints ("You can specify a maximum of 10
  constraints for each task. This limit includes constraints in the task definition and those
  specified at runtime.")
- Amazon ECS Developer Guide, Define which container instances Amazon ECS uses for tasks:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-constraints.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
