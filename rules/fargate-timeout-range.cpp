#include "rules/ecs_fargate.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!fargate_applies(cx.root)) return;
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    for (const char* key : {"startTimeout", "stopTimeout"}) {
      auto value = int_member(container, key);
      if (value && (*value < 2 || *value > 120))
        cx.report(at / key,
                  fmt::format("{} {} is out of range; Fargate allows 2–120 seconds", key, *value));
    }
  });
}

constexpr Rule kRule = {
    "fargate-timeout-range", kTaskDefinition, Level::error,
    "A Fargate container's startTimeout or stopTimeout is outside 2–120 seconds",
    R"md(
## Why
`startTimeout` is how long ECS waits for a container's `dependsOn` conditions before giving up,
`stopTimeout` how long it waits after SIGTERM before it kills the container. For tasks on Fargate
both must be between 2 and 120 seconds; ECS rejects other values when `requiresCompatibilities`
lists `FARGATE`. (On EC2 the upper bound is set by the container agent's
`ECS_CONTAINER_STOP_TIMEOUT`/`ECS_CONTAINER_START_TIMEOUT`, so this rule does not check EC2 tasks.)
A common mistake is a `stopTimeout` of several minutes for a graceful shutdown: on Fargate, 120
seconds is the most a container gets.

## Bad
```json
{"name": "worker", "image": "example/worker:3.0", "stopTimeout": 300}
```

## Good
```json
{"name": "worker", "image": "example/worker:3.0", "stopTimeout": 120}
```

## References
- Amazon ECS API Reference: ContainerDefinition.startTimeout, ContainerDefinition.stopTimeout
  ("The valid values for Fargate are 2-120 seconds.")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
