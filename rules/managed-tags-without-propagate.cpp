#include "rules/ecs_deploy.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  auto managed = bool_member(cx.root, "enableECSManagedTags");
  // UpdateService keeps the current propagateTags when the member is left out.
  if (!managed || !*managed || member(cx.root, "propagateTags") || is_update_service(cx.root)) return;
  cx.report(Pointer() / "enableECSManagedTags",
            "enableECSManagedTags is true but propagateTags is not set; set propagateTags to "
            "SERVICE or TASK_DEFINITION so the tasks get the tags");
}

constexpr Rule kRule = {
    "managed-tags-without-propagate", kService, Level::note,
    "ECS managed tags are enabled without propagateTags",
    R"md(
## Why
`enableECSManagedTags` makes ECS tag the service's tasks with the cluster and service names, and
`propagateTags` copies the service's or the task definition's tags to them. The API Reference
says of managed tags: "When you use Amazon ECS managed tags, you must set the `propagateTags`
request parameter." Without it, the tasks carry only ECS's own managed tags, not the service's or
the task definition's tags that cost allocation and policies usually expect. ECS accepts the
request (real services deploy this way), and the "must" is not enforced, so this is a note.

## Bad
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
 "enableECSManagedTags": true}
```

## Good
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
 "enableECSManagedTags": true, "propagateTags": "SERVICE"}
```

## References
- Amazon ECS API Reference: CreateService.enableECSManagedTags and CreateService.propagateTags
- Amazon ECS Developer Guide: Tagging Amazon ECS resources, "Amazon ECS managed tags"
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
