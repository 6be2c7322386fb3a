#include "rules/ecs_logging.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    for_each_repeated_name(container, at, "secrets", [&](const Place& name_at, std::string_view name) {
      cx.report(name_at, fmt::format("secret {} is already defined in this container; each secret "
                                     "name must be unique",
                                     name));
    });
  });
}

constexpr Rule kRule = {
    "secret-name-duplicate", kTaskDefinition, Level::error,
    "A container lists two secrets with the same name",
    R"md(
## Why
Each entry of a container's `secrets` becomes an environment variable named by its `name`. ECS
rejects a task definition in which a container uses a secret name twice: "Duplicate secret names
found: X. Each secret name must be unique."

## Bad
```json
{"name": "web", "image": "nginx:1.27",
 "secrets": [{"name": "DB_PASSWORD", "valueFrom": "/prod/db/password"},
             {"name": "DB_PASSWORD", "valueFrom": "/prod/db/password-v2"}]}
```

## Good
```json
{"name": "web", "image": "nginx:1.27",
 "secrets": [{"name": "DB_PASSWORD", "valueFrom": "/prod/db/password-v2"}]}
```

## References
- Amazon ECS API Reference: ContainerDefinition.secrets, Secret.name
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
