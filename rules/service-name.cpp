#include "rules/ecs_deploy.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  auto name = known_string(cx.root, "serviceName");
  if (!name) return;
  const Pointer at = Pointer() / "serviceName";
  if (name->empty()) {
    cx.report(at, "serviceName is empty; ECS needs 1–255 letters, digits, hyphens or underscores");
    return;
  }
  if (auto bad = disallowed_name_char(*name)) {
    cx.report(at, fmt::format("serviceName \"{}\" contains {}; ECS allows only letters, digits, "
                              "hyphens and underscores",
                              *name, *bad));
    return;
  }
  if (name->size() > 255)
    cx.report(at, fmt::format("serviceName is {} characters long; ECS allows at most 255",
                              name->size()));
}

constexpr Rule kRule = {
    "service-name", kService, Level::error,
    "The service name holds characters ECS does not allow, is empty or is longer than 255",
    R"md(
## Why
`serviceName` names the service inside its cluster. The CreateService API allows up to 255
letters (upper and lower case), numbers, underscores and hyphens, and refuses anything else.
Spaces, dots, colons and slashes are the usual mistakes, often from a display name or a path.
A name holding a template placeholder is not checked. UpdateService input names the service in
`service` (a name or an ARN) and ecspresso's service files leave the name out: neither is
checked here, and a missing `serviceName` is the schema check's finding.

## Bad
```json
{"serviceName": "web app.v2", "cluster": "prod", "taskDefinition": "web:3", "desiredCount": 2}
```

## Good
```json
{"serviceName": "web-app-v2", "cluster": "prod", "taskDefinition": "web:3", "desiredCount": 2}
```

## References
- Amazon ECS API Reference: CreateService.serviceName ("Up to 255 letters (uppercase and
  lowercase), numbers, underscores, and hyphens are allowed.")
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
