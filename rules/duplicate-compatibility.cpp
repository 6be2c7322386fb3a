#include <string>
#include <vector>

#include "rules/ecs.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  std::vector<std::string_view> seen;
  for_each_item(array_member(cx.root, "requiresCompatibilities"),
                Pointer() / "requiresCompatibilities", [&](const Json& item, const Place& at) {
                  if (!item.IsString()) return;
                  std::string_view name(item.GetString(), item.GetStringLength());
                  if (is_placeholder(name)) return;
                  for (size_t i = 0; i < seen.size(); ++i)
                    if (seen[i] == name) {
                      cx.report(at, fmt::format("\"{}\" is already listed in "
                                                "requiresCompatibilities; list each launch type "
                                                "once",
                                                name));
                      return;
                    }
                  seen.push_back(name);
                });
}

constexpr Rule kRule = {
    "duplicate-compatibility", kTaskDefinition, Level::warning,
    "A launch type is listed twice in requiresCompatibilities",
    R"md(
## Why
`requiresCompatibilities` is a set of launch types (`EC2`, `FARGATE`, `EXTERNAL`,
`MANAGED_INSTANCES`) that ECS validates the task definition against. Listing one twice adds
nothing; it usually means a merge or a templating step went wrong and another launch type was
meant (for example `["FARGATE", "FARGATE"]` where `["EC2", "FARGATE"]` was intended). The API
models the member as a plain list and AWS does not document whether duplicates are refused, so
this is a warning.

## Bad
```json
{
  "family": "web",
  "requiresCompatibilities": ["FARGATE", "FARGATE"],
  "networkMode": "awsvpc",
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
- Amazon ECS API Reference: RegisterTaskDefinition.requiresCompatibilities (Compatibility enum)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
