#include "rules/ecs_network.hpp"

namespace ecslint {
namespace {

constexpr size_t kMaxConstraints = 10;
constexpr size_t kMaxExpression = 2000;

// Characters, not bytes: UTF-8 continuation bytes are not counted.
size_t characters(std::string_view text) {
  size_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return count;
}

void check(Context& cx) {
  const Pointer list_at = Pointer() / "placementConstraints";
  if (size_t count = item_count(cx.root, "placementConstraints"); count > kMaxConstraints)
    cx.report(list_at, fmt::format("{} placement constraints are too many; ECS allows at most {} "
                                   "per task",
                                   count, kMaxConstraints));
  for_each_object(
      cx.root, Pointer(), "placementConstraints", [&](const Json& item, const Pointer& at) {
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
        auto text = known_string(item, "expression");
        if (text && characters(*text) > kMaxExpression)
          cx.report(at / "expression",
                    fmt::format("placement constraint expression is {} characters long; ECS allows "
                                "at most {}",
                                characters(*text), kMaxExpression));
      });
}

constexpr Rule kRule = {"placement-constraint",
                        kService,
                        Level::error,
                        "A service placement constraint is malformed, or there are more than 10",
                        R"md(
## Why
A service's `placementConstraints` are of two types:
- `distinctInstance` places each task on a different container instance and takes no
  `expression` ("You can't specify an expression if the constraint type is distinctInstance");
- `memberOf` places tasks on instances that match an `expression` in the cluster query language,
  so it needs one, of at most 2000 characters.

A task may have at most 10 constraints, counting those of the task definition. ECS rejects the
service otherwise. Empty expressions (as in generated skeletons) count as absent; the `type`
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
