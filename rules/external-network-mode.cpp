#include "rules/ecs.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!requires_compatibility(cx.root, "EXTERNAL")) return;
  auto mode = known_string(cx.root, "networkMode");
  if (!mode || *mode != "awsvpc") return;
  cx.report(Pointer() / "networkMode",
            "network mode \"awsvpc\" is not supported for EXTERNAL (ECS Anywhere) tasks; use "
            "\"bridge\", \"host\" or \"none\"");
}

constexpr Rule kRule = {
    "external-network-mode", kTaskDefinition, Level::error,
    "An ECS Anywhere (EXTERNAL) task definition uses the awsvpc network mode",
    R"md(
## Why
ECS Anywhere runs tasks on your own servers and virtual machines (`EXTERNAL` in
`requiresCompatibilities`), outside any VPC: "The awsvpc network mode isn't supported." Linux
external instances support `bridge` (the default), `host` and `none`; Windows external instances
only the default mode. CDK refuses `awsvpc` for external task definitions for the same reason
(aws/aws-cdk#17415).

## Bad
```json
{
  "family": "edge",
  "requiresCompatibilities": ["EXTERNAL"],
  "networkMode": "awsvpc",
  "containerDefinitions": [{"name": "app", "image": "example/edge:1.0", "memory": 256}]
}
```

## Good
```json
{
  "family": "edge",
  "requiresCompatibilities": ["EXTERNAL"],
  "networkMode": "bridge",
  "containerDefinitions": [{"name": "app", "image": "example/edge:1.0", "memory": 256}]
}
```

## References
- Amazon ECS Developer Guide, Amazon ECS Anywhere considerations ("The awsvpc network mode isn't
  supported.") https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-anywhere.html
- aws/aws-cdk#17415
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
