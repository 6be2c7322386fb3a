#include "rules/ecs_fargate.hpp"

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
  const Json* constraints = array_member(cx.root, "placementConstraints");
  if (constraints && constraints->Size() > kMaxConstraints)
    cx.report(list_at, fmt::format("{} placement constraints are too many; ECS allows at most {} "
                                   "per task",
                                   constraints->Size(), kMaxConstraints));
  for_each_item(constraints, list_at, [&](const Json& constraint, const Place& at) {
    auto expression = known_string(constraint, "expression");
    if (!expression) return;
    size_t length = characters(*expression);
    if (length > kMaxExpression)
      cx.report(at / "expression",
                fmt::format("placement constraint expression is {} characters long; ECS allows at "
                            "most {}",
                            length, kMaxExpression));
  });
}

constexpr Rule kRule = {
    "task-placement-constraint", kTaskDefinition | kService, Level::error,
    "Task placement constraints are too many or have an expression longer than 2000 characters",
    R"md(
## Why
The `placementConstraints` of a task definition (type `memberOf`, with a cluster query language
`expression`) or of a service restrict the container instances a task may be placed on. ECS
allows at most 10 constraints per task, counting those of the task definition together with
those given to RunTask or CreateService, and an `expression` of at most 2000 characters. This
rule checks what one task definition or service can get wrong on its own: more than 10
constraints, or an expression over 2000 characters. Expressions that hold a template placeholder
are not measured; the `type` enum is checked by the schema, and the shape of service constraints
by `placement-constraint`.

## Bad
```json
{"family": "web",
 "placementConstraints": [
   {"type": "memberOf",
    "expression": "attribute:ecs.instance-type =~ t3.* and ... (2100 characters)"}],
 "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}]}
```

## Good
```json
{"family": "web",
 "placementConstraints": [
   {"type": "memberOf", "expression": "attribute:ecs.instance-type =~ t3.*"}],
 "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}]}
```

## References
- Amazon ECS API Reference: RegisterTaskDefinition.placementConstraints ("You can specify a
  maximum of 10 constraints for each task. This limit includes constraints in the task definition
  and those specified at runtime."); PlacementConstraint.expression ("The expression can have a
  maximum length of 2000 characters.")
- Amazon ECS task placement constraints:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-constraints.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
