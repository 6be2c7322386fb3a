#include "rules/ecs_misc.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_repeated(array_member(cx.root, "tags"), Pointer() / "tags", "key",
                    [&](std::string_view key, const Place& key_at, size_t first) {
                      cx.report(key_at, fmt::format("tag key \"{}\" is already used by tags[{}]; "
                                                    "each tag key may appear once",
                                                    key, first));
                    });
}

constexpr Rule kRule = {
    "tag-key-duplicate", kTaskDefinition | kService, Level::error,
    "A task definition or service sets the same tag key twice",
    R"md(
## Why
The ECS tagging restrictions say: "For each resource, each tag key must be unique, and each tag key
can have only one value." A `tags` list that repeats a key breaks that rule, and at best one of the
two values is lost. This applies to the `tags` of task definitions and of services alike. Keys are
case-sensitive, so `Team` and `team` are different keys. Keys holding a template placeholder are
skipped.

## Bad
```json
{"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}],
 "tags": [{"key": "team", "value": "payments"}, {"key": "team", "value": "search"}]}
```

## Good
```json
{"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}],
 "tags": [{"key": "team", "value": "payments"}]}
```

## References
- Amazon ECS API Reference: Tag, RegisterTaskDefinition `tags` and CreateService `tags`,
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Tag.html
- AWS General Reference: Tagging AWS resources, "Tag naming limits and requirements"
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
