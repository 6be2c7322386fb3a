#include "rules/rule.hpp"

namespace ecslint {
namespace {

constexpr Rule kRule = {
    "empty-enum-value", kAnyKind, Level::warning,
    "A member that takes one of a fixed set of values is an empty string",
    R"md(
## Why
Some exports and templates write `""` for a member they mean to leave unset, such as
`"ipcMode": ""` or `"pidMode": ""`. What happens next depends on the tool that sends the file:
the AWS CLI sends the empty string and ECS rejects it, because `""` is none of the allowed values
(`host`, `task`, `none` for ipcMode), while SDK-based deploy tools (ecspresso, the
`amazon-ecs-deploy-task-definition` GitHub action) drop empty values before the request. The
file is therefore wrong for some of its users and harmless for others: a warning, raised by the
schema check instead of its usual error.

## Bad
```json
{"family": "web", "ipcMode": "", "pidMode": "",
 "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256}]}
```

## Good
```json
{"family": "web",
 "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256}]}
```

## References
- Amazon ECS API Reference: RegisterTaskDefinition ipcMode / pidMode (valid values)
- aws-actions/amazon-ecs-deploy-task-definition: empty values are removed before registering
)md",
    nullptr};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
