#include "rules/ecs_container.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_dependency(cx.root, [&](const Dependency& dep) {
    auto condition = known_string(dep.entry, "condition");
    if (!condition || (*condition != "SUCCESS" && *condition != "COMPLETE")) return;
    const Json* target = dependency_target(cx.root, dep);
    // A non-boolean `essential` (a placeholder, say) is unknown; the schema reports wrong types.
    if (!target || (member(*target, "essential") && !bool_member(*target, "essential"))) return;
    if (is_essential(*target))
      cx.report(dep.at / "condition",
                fmt::format("condition {} waits for container \"{}\" to exit, but \"{}\" is "
                            "essential{}; set `\"essential\": false` on it",
                            *condition, dep.target, dep.target,
                            member(*target, "essential") ? ""
                                                         : " (the default when `essential` is "
                                                           "omitted)"));
  });
}

constexpr Rule kRule = {
    "depends-on-essential", kTaskDefinition, Level::error,
    "A dependsOn entry waits with SUCCESS or COMPLETE for an essential container",
    R"md(
## Why
`COMPLETE` and `SUCCESS` make a container wait until another container has run to completion
(with exit code 0, for `SUCCESS`): they are meant for init and migration containers that exit.
But when an essential container exits, ECS stops the whole task. So ECS rejects the task
definition: "A dependency container with SUCCESS or COMPLETE condition cannot be an essential
container". `essential` defaults to true when omitted, so the container waited for must say
`"essential": false` explicitly.

## Bad
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "migrate", "image": "example/migrate:1.4", "memory": 256},
    {"name": "web", "image": "example/web:1.4", "memory": 512,
     "dependsOn": [{"containerName": "migrate", "condition": "SUCCESS"}]}
  ]
}
```

## Good
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "migrate", "image": "example/migrate:1.4", "memory": 256, "essential": false},
    {"name": "web", "image": "example/web:1.4", "memory": 512,
     "dependsOn": [{"containerName": "migrate", "condition": "SUCCESS"}]}
  ]
}
```

## References
- Amazon ECS API Reference: ContainerDependency.condition and ContainerDefinition.essential
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDependency.html
- boto/boto3#2436 and compose-x/ecs_composex#302: "A dependency container with SUCCESS or
  COMPLETE condition cannot be an essential container"
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
