#include "rules/ecs_logging.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    for_each_repeated_name(container, at, "environment", [&](const Place& name_at, std::string_view name) {
      cx.report(name_at, fmt::format("environment variable {} is already defined in this container; "
                                     "only one of the values takes effect",
                                     name));
    });
  });
}

constexpr Rule kRule = {
    "environment-duplicate", kTaskDefinition, Level::warning,
    "A container defines the same environment variable twice",
    R"md(
## Why
A process has one value per environment variable. When a container's `environment` list names
a variable twice, ECS registers both entries and the container gets only one of the values,
usually the last; the other is dead text that someone will edit in vain. Names are
case-sensitive, so `Path` and `PATH` are different variables.

## Bad
```json
{"name": "web", "image": "nginx:1.27",
 "environment": [{"name": "STAGE", "value": "staging"}, {"name": "STAGE", "value": "production"}]}
```

## Good
```json
{"name": "web", "image": "nginx:1.27",
 "environment": [{"name": "STAGE", "value": "production"}]}
```

## References
- Amazon ECS API Reference: ContainerDefinition.environment
- AWS CloudFormation AWS::ECS::TaskDefinition schema: Environment is declared with unique names
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
