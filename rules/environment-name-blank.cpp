#include "rules/ecs_logging.hpp"

namespace ecslint {
namespace {

bool is_blank(std::string_view text) {
  for (char c : text)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  return true;
}

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    for_each_item(array_member(container, "environment"), at / "environment",
                  [&](const Json& item, const Place& item_at) {
                    if (!item.IsObject()) return;
                    const Json* name = member(item, "name");
                    if (!name)
                      cx.report(item_at, "environment variable has no name");
                    else if (name->IsString() &&
                             is_blank(std::string_view(name->GetString(), name->GetStringLength())))
                      cx.report(item_at / "name", "environment variable name is blank");
                  });
  });
}

constexpr Rule kRule = {
    "environment-name-blank", kTaskDefinition, Level::error,
    "An environment variable has no name, or a blank one",
    R"md(
## Why
Every entry of a container's `environment` list needs a name. The API model marks neither
`name` nor `value` as required, so the AWS CLI sends the entry, and ECS rejects the task
definition: "Environment variable name cannot be null or blank." A blank name usually comes
from a template variable that rendered to nothing.

## Bad
```json
{"name": "web", "image": "nginx:1.27",
 "environment": [{"name": "", "value": "production"}, {"value": "8080"}]}
```

## Good
```json
{"name": "web", "image": "nginx:1.27",
 "environment": [{"name": "STAGE", "value": "production"}, {"name": "PORT", "value": "8080"}]}
```

## References
- Amazon ECS API Reference: ContainerDefinition.environment, KeyValuePair.name
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
