#include <cctype>

#include "rules/ecs_misc.hpp"

namespace ecslint {
namespace {

bool has_aws_prefix(std::string_view key) {
  return key.size() >= 4 && std::tolower(static_cast<unsigned char>(key[0])) == 'a' &&
         std::tolower(static_cast<unsigned char>(key[1])) == 'w' &&
         std::tolower(static_cast<unsigned char>(key[2])) == 's' && key[3] == ':';
}

void check(Context& cx) {
  for_each_item(array_member(cx.root, "tags"), Pointer() / "tags",
                [&](const Json& tag, const Place& at) {
                  auto key = known_string(tag, "key");
                  if (key && has_aws_prefix(*key))
                    cx.report(at / "key",
                              fmt::format("tag key \"{}\" starts with \"{}\", a prefix reserved "
                                          "for AWS use in any case; choose another key",
                                          *key, key->substr(0, 4)));
                });
}

constexpr Rule kRule = {
    "tag-key-reserved", kTaskDefinition | kService, Level::error,
    "A task definition or service tag key starts with the reserved prefix aws: (in any case)",
    R"md(
## Why
Tag keys beginning with `aws:` are created and managed by AWS (for example
`aws:cloudformation:stack-name`). The ECS API Reference says of tags: "Do not use `aws:`, `AWS:`,
or any upper or lowercase combination of such as a prefix for either keys or values as it is
reserved for AWS use. You cannot edit or delete tag keys or values with this prefix." A request
that sets such a key is refused.

Task definitions and services (CreateService `tags`) share the restriction. Only keys are reported:
a value that starts with `aws:` is discouraged by the same sentence, but that it is refused is not
verified. Keys holding a template placeholder are skipped.

## Bad
```json
{"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}],
 "tags": [{"key": "aws:team", "value": "payments"}]}
```

## Good
```json
{"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}],
 "tags": [{"key": "team", "value": "payments"}]}
```

## References
- Amazon ECS API Reference: Tag (tagging restrictions),
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Tag.html
- AWS General Reference: Tagging AWS resources, "Tag naming limits and requirements"
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
