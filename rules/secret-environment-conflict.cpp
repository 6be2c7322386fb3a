#include <set>

#include "rules/ecs_logging.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    if (!array_member(container, "secrets")) return;  // most containers: no set to build
    std::set<std::string_view> environment;
    for_each_named(container, at, "environment", [&](const Json&, const Place&, std::string_view name) {
      environment.insert(name);
    });
    for_each_named(container, at, "secrets", [&](const Json&, const Place& item_at, std::string_view name) {
      if (environment.count(name))
        cx.report(item_at / "name", fmt::format("{} is both a secret and an environment variable of "
                                                "this container; keep only the secret",
                                                name));
    });
  });
}

constexpr Rule kRule = {
    "secret-environment-conflict", kTaskDefinition, Level::error,
    "A container has a secret and an environment variable with the same name",
    R"md(
## Why
A secret is delivered as an environment variable of its `name`, so it cannot share that name
with an entry of the container's `environment`. ECS rejects such a task definition: "The secret
name must be unique and not shared with any new or existing environment variables set on the
container, such as 'X'." This typically happens when a value is moved into Secrets Manager and
the old plain-text variable is left behind.

## Bad
```json
{"name": "web", "image": "nginx:1.27",
 "environment": [{"name": "DB_PASSWORD", "value": "hunter2"}],
 "secrets": [{"name": "DB_PASSWORD", "valueFrom": "/prod/db/password"}]}
```

## Good
```json
{"name": "web", "image": "nginx:1.27",
 "secrets": [{"name": "DB_PASSWORD", "valueFrom": "/prod/db/password"}]}
```

## References
- Amazon ECS API Reference: ContainerDefinition.secrets, ContainerDefinition.environment
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
