#include "rules/ecs.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!fargate_applies(cx.root)) return;
  if (!member(cx.root, "networkMode")) {
    cx.report(Pointer() / "requiresCompatibilities",
              fmt::format("`networkMode` is missing, which means {}; Fargate only supports "
                          "network mode ‘awsvpc’",
                          is_windows(cx.root) ? "the Windows default (NAT)" : "bridge on Linux"));
    return;
  }
  auto mode = known_string(cx.root, "networkMode");
  if (mode && *mode != "awsvpc")
    cx.report(Pointer() / "networkMode",
              fmt::format("network mode \"{}\" cannot be used on Fargate; Fargate only supports "
                          "network mode ‘awsvpc’",
                          *mode));
}

constexpr Rule kRule = {
    "fargate-network-mode", kTaskDefinition, Level::error,
    "A Fargate task definition must use the awsvpc network mode",
    R"md(
## Why
Every Fargate task gets its own elastic network interface, so `awsvpc` is the only network mode
Fargate supports. When `requiresCompatibilities` lists `FARGATE` (even beside `EC2`), ECS refuses
any other mode with "Fargate only supports network mode ‘awsvpc’." Leaving `networkMode` out does
not help: it then means `bridge` on Linux (the Windows default on Windows), which Fargate rejects
the same way.

## Bad
```json
{
  "family": "web",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "bridge",
  "cpu": "256",
  "memory": "512",
  "containerDefinitions": [{"name": "web", "image": "nginx:1.27"}]
}
```

## Good
```json
{
  "family": "web",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "256",
  "memory": "512",
  "containerDefinitions": [{"name": "web", "image": "nginx:1.27"}]
}
```

## References
- Amazon ECS API Reference, RegisterTaskDefinition: `networkMode` ("For Amazon ECS tasks on
  Fargate, the awsvpc network mode is required")
- Amazon ECS task definition differences for Fargate:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html
- The error ECS returns: aws/amazon-ecs-cli#1145
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
