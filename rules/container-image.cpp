#include <algorithm>
#include <string>

#include "rules/ecs_container.hpp"

namespace ecslint {
namespace {

bool is_reference_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == ':' || c == '.' || c == '/' || c == '#';
}

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// "sha256:" followed by 64 hexadecimal digits.
bool is_digest(std::string_view digest) {
  constexpr std::string_view kPrefix = "sha256:";
  return digest.size() == kPrefix.size() + 64 && digest.substr(0, kPrefix.size()) == kPrefix &&
         std::all_of(digest.begin() + kPrefix.size(), digest.end(), is_hex);
}

// The character as a message shows it; a lone byte of UTF-8 cannot be printed on its own.
std::string shown_char(char c) {
  if (c == ' ') return "a space";
  if (static_cast<unsigned char>(c) >= 0x80) return "a non-ASCII character";
  if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return "a control character";
  return fmt::format("'{}'", c);
}

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    if (!member(container, "image")) {
      cx.report(at, fmt::format("{} has no `image`; ECS requires one",
                                container_label(container, at)));
      return;
    }
    auto image = known_image(container);
    if (!image) return;
    const Place image_at = at / "image";
    if (image->empty()) {
      cx.report(image_at, "image is empty; ECS requires a repository URL or image name");
      return;
    }
    size_t at_sign = image->find('@');
    std::string_view reference = image->substr(0, at_sign);
    if (reference.size() > 255) {
      cx.report(image_at, fmt::format("image name is {} characters long; ECS allows at most 255 "
                                      "before the digest",
                                      reference.size()));
    } else if (auto bad = std::find_if_not(reference.begin(), reference.end(), is_reference_char);
               bad != reference.end()) {
      cx.report(image_at, fmt::format("image \"{}\" contains {}; ECS allows only letters, "
                                      "numbers and - _ : . / # (and @ before a digest)",
                                      *image, shown_char(*bad)));
    } else if (at_sign != std::string_view::npos && !is_digest(image->substr(at_sign + 1))) {
      cx.report(image_at, fmt::format("image digest \"{}\" is not valid; use @sha256: followed "
                                      "by 64 hexadecimal digits",
                                      image->substr(at_sign + 1)));
    }
  });
}

constexpr Rule kRule = {
    "container-image", kTaskDefinition, Level::error,
    "A container has no image, an empty one, or one with characters ECS rejects",
    R"md(
## Why
Every container needs an `image`: a Docker Hub name (`nginx:1.27`), a registry path
(`public.ecr.aws/nginx/nginx:1.27`, `111122223333.dkr.ecr.us-east-1.amazonaws.com/web:1.4`) or
a pinned digest (`repository@sha256:` followed by 64 hexadecimal digits). ECS allows up to 255
letters, numbers, hyphens, underscores, colons, periods, forward slashes and number signs before
the digest and rejects anything else with "Container.image contains invalid characters." This
happens most often when a deploy script leaves a variable unexpanded or an empty value behind
(`"image": ""`, `"image": "web: 1.4"`). Values that hold a template placeholder such as
`<IMAGE1_NAME>`, `${IMAGE}` or `{your-account-id}` are not checked. The AWS API model does not mark `image` as
required (ECS enforces it on the server), so the schema check cannot report a missing image.

## Bad
```json
{
  "family": "web",
  "containerDefinitions": [{"name": "web", "image": "example/web: 1.4", "memory": 512}]
}
```

## Good
```json
{
  "family": "web",
  "containerDefinitions": [{"name": "web", "image": "example/web:1.4", "memory": 512}]
}
```

## References
- Amazon ECS API Reference: ContainerDefinition.image
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
- Shippable/support#3094, OctopusDeploy/Issues#10026: "Container.image contains invalid
  characters."
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
