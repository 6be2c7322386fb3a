#include "rules/ecs.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  const Json* containers = array_member(cx.root, "containerDefinitions");
  if (!containers || containers->Empty()) return;  // the schema reports these
  for (const Json& container : containers->GetArray()) {
    // A container that is not an object is the schema's business: its `essential` is unknown.
    if (!container.IsObject() || is_essential(container)) return;
  }
  cx.report(Pointer() / "containerDefinitions",
            "every container sets \"essential\": false; ECS needs at least one essential "
            "container (omit `essential` or set it to true on the main one)");
}

constexpr Rule kRule = {
    "no-essential-container", kTaskDefinition, Level::error,
    "No container in the task definition is essential",
    R"md(
## Why
"All tasks must have at least one essential container." When an essential container stops, ECS
stops the whole task; a task without one has nothing that defines its lifetime, and
RegisterTaskDefinition refuses it. `essential` defaults to true, so this happens only when every
container explicitly says `"essential": false`, typically after copying a sidecar's settings to
the main container. A container whose `essential` is not a boolean (the schema check reports
it) counts as essential here.

## Bad
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 512, "essential": false},
    {"name": "xray", "image": "public.ecr.aws/xray/aws-xray-daemon:3.3", "memory": 64,
     "essential": false}
  ]
}
```

## Good
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 512},
    {"name": "xray", "image": "public.ecr.aws/xray/aws-xray-daemon:3.3", "memory": 64,
     "essential": false}
  ]
}
```

## References
- Amazon ECS API Reference: ContainerDefinition.essential ("All tasks must have at least one
  essential container.")
- cfn-lint E3042
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
