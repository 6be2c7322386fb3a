#include <string>

#include "rules/ecs.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  auto enabled = bool_member(cx.root, "enableFaultInjection");
  if (!enabled || !*enabled) return;
  std::string_view mode = network_mode(cx.root);
  if (mode.empty() || mode == "awsvpc" || mode == "host") return;
  std::string shown = member(cx.root, "networkMode")
                          ? fmt::format("\"{}\"", mode)
                          : fmt::format("{} (`networkMode` is omitted)",
                                        mode == "default" ? "the Windows default" : "bridge");
  cx.report(Pointer() / "enableFaultInjection",
            fmt::format("fault injection works only with the awsvpc or host network mode; this "
                        "task uses {}",
                        shown));
}

constexpr Rule kRule = {
    "fault-injection-network-mode", kTaskDefinition, Level::warning,
    "Fault injection is enabled on a task whose network mode does not support it",
    R"md(
## Why
`enableFaultInjection: true` lets the task's containers call the ECS agent's fault injection
endpoints, which AWS Fault Injection Service uses for network and process faults. The developer
guide says "Fault injection only works with tasks using the awsvpc or host network modes" (and is
not available on Windows). With `bridge` (the Linux default when `networkMode` is omitted) or
`none`, the experiments fail. This is a warning: AWS documents the limitation but not whether
RegisterTaskDefinition refuses such a task definition.

## Bad
```json
{
  "family": "web",
  "networkMode": "bridge",
  "enableFaultInjection": true,
  "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}]
}
```

## Good
```json
{
  "family": "web",
  "networkMode": "awsvpc",
  "enableFaultInjection": true,
  "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}]
}
```

## References
- Amazon ECS Developer Guide, Use fault injection with your Amazon ECS and Fargate workloads
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fault-injection.html
- Amazon ECS API Reference: RegisterTaskDefinition.enableFaultInjection
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
