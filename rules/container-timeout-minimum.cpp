#include "rules/ecs_container.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    for (const char* key : {"startTimeout", "stopTimeout"}) {
      auto value = int_member(container, key);
      if (value && *value < 2)
        cx.report(at / key, fmt::format("{} {} is below the 2-second minimum", key, *value));
    }
  });
}

constexpr Rule kRule = {
    "container-timeout-minimum", kTaskDefinition, Level::warning,
    "A container's startTimeout or stopTimeout is below 2 seconds",
    R"md(
## Why
`startTimeout` is how long a container's dependencies may take to reach their `dependsOn`
condition before ECS gives up on the container; `stopTimeout` is how long ECS waits after
SIGTERM before it kills the container. The API Reference gives 2–120 seconds as the valid
values on Fargate. A value below 2 seconds leaves no time for either: dependencies time out at
once, and containers are killed before they can shut down cleanly (drain connections, flush
logs).

This is a warning, not an error: the 2-second minimum is documented for Fargate only, and for
EC2 no minimum is documented (an emulator's error text "at least 2 seconds" is not AWS's own),
so ecslint cannot claim that RegisterTaskDefinition rejects it. The Fargate maximum of 120
seconds is not part of this rule.

## Bad
```json
{"name": "web", "image": "example/web:1.4", "memory": 512, "stopTimeout": 0}
```

## Good
```json
{"name": "web", "image": "example/web:1.4", "memory": 512, "stopTimeout": 30}
```

## References
- Amazon ECS API Reference: ContainerDefinition.startTimeout and ContainerDefinition.stopTimeout
  ("The valid values for Fargate are 2-120 seconds.")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
