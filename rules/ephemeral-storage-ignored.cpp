#include "rules/ecs_fargate.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  const Json* storage = object_member(cx.root, "ephemeralStorage");
  const Json* compatibilities = array_member(cx.root, "requiresCompatibilities");
  // Without requiresCompatibilities ECS works out the compatibilities itself, and the task
  // definition may well run on Fargate.
  if (!storage || storage->MemberCount() == 0 || !compatibilities || compatibilities->Empty())
    return;
  bool may_be_fargate = false;
  for_each_item(compatibilities, Pointer(), [&](const Json& item, const Place&) {
    // A placeholder (or a wrong type, which the schema reports) may stand for FARGATE.
    if (!item.IsString() || is_placeholder(item.GetString())) may_be_fargate = true;
  });
  if (may_be_fargate || requires_compatibility(cx.root, "FARGATE") ||
      requires_compatibility(cx.root, "MANAGED_INSTANCES"))
    return;
  cx.report_key(Pointer() / "ephemeralStorage",
                "`ephemeralStorage` only applies to tasks on Fargate, and this task definition "
                "does not list FARGATE in `requiresCompatibilities`; it is ignored");
}

constexpr Rule kRule = {
    "ephemeral-storage-ignored", kTaskDefinition, Level::warning,
    "ephemeralStorage is set on a task definition that cannot run on Fargate",
    R"md(
## Why
`ephemeralStorage` sizes the ephemeral storage of a task hosted on Fargate. On EC2 and external
(ECS Anywhere) instances a task's storage is the instance's Docker storage, and the member has no
effect. A task definition whose `requiresCompatibilities` lists only `EC2` and/or `EXTERNAL` and
that still sets `ephemeralStorage` was most likely meant for Fargate, or carries a setting that
does nothing.

This is a warning, and it stays quiet where the facts are unclear:
- without `requiresCompatibilities`, ECS decides the compatibilities itself and the task
  definition may run on Fargate;
- on `MANAGED_INSTANCES` the API documentation does not say;
- the documentation contradicts itself on Windows containers on Fargate (the API reference names
  a Windows platform version, the Fargate storage page says it is not supported), so Fargate task
  definitions are never reported, Windows or not.

## Bad
```json
{"family": "web", "requiresCompatibilities": ["EC2"], "ephemeralStorage": {"sizeInGiB": 50},
 "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}]}
```

## Good
```json
{"family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc",
 "cpu": "256", "memory": "512", "ephemeralStorage": {"sizeInGiB": 50},
 "containerDefinitions": [{"name": "web", "image": "nginx:1.27"}]}
```

## References
- Amazon ECS API Reference: RegisterTaskDefinition.ephemeralStorage ("for tasks hosted on
  Fargate"); EphemeralStorage
- Fargate task ephemeral storage:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
