#include <cctype>
#include <string>

#include "rules/ecs.hpp"

namespace ecslint {
namespace {

bool allowed(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
}

// The character at `i` as it would be shown: a whole UTF-8 sequence, spaces named.
std::string shown_char(std::string_view text, size_t i) {
  if (text[i] == ' ') return "a space";
  size_t end = i + 1;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  return fmt::format("\"{}\"", text.substr(i, end - i));
}

void check(Context& cx) {
  auto family = known_string(cx.root, "family");
  if (!family) return;
  const Pointer at = Pointer() / "family";
  if (family->empty()) {
    cx.report(at, "family is empty; ECS needs 1–255 letters, digits, hyphens or underscores");
    return;
  }
  // The schema check reports a family longer than 255 characters.
  for (size_t i = 0; i < family->size(); ++i)
    if (!allowed((*family)[i])) {
      cx.report(at, fmt::format("family \"{}\" contains {}; ECS allows only letters, digits, "
                                "hyphens and underscores",
                                *family, shown_char(*family, i)));
      return;
    }
}

constexpr Rule kRule = {
    "family-name", kTaskDefinition, Level::error,
    "The task definition family holds characters ECS does not allow, or is empty",
    R"md(
## Why
`family` names the task definition; each registration adds a revision to it. ECS allows up to
255 letters (upper and lower case), numbers, hyphens and underscores, and RegisterTaskDefinition
refuses anything else. Spaces, dots, colons and slashes are the usual mistakes, often from a
display name ("Family Prefix") or a version ("web:3", which is a family plus a revision).
A family holding a template placeholder is not checked; one longer than 255 characters is
reported by the schema check.

## Bad
```json
{
  "family": "web app.v2",
  "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}]
}
```

## Good
```json
{
  "family": "web-app-v2",
  "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}]
}
```

## References
- Amazon ECS API Reference: RegisterTaskDefinition.family ("Up to 255 letters (uppercase and
  lowercase), numbers, underscores, and hyphens are allowed.")
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
