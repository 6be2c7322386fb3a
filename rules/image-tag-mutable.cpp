#include "rules/ecs_container.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    auto image = known_image(container);
    if (!image || image->empty() || image->find('@') != std::string_view::npos) return;
    // The tag follows the last colon of the last path component; a colon before the last slash
    // belongs to the registry host ("registry:5000/web").
    size_t slash = image->rfind('/');
    size_t colon = image->rfind(':');
    bool tagged = colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash);
    if (!tagged)
      cx.report(at / "image", fmt::format("image \"{}\" has no tag, so it means \"latest\", which "
                                          "can change between deployments; pin a version tag or "
                                          "a digest",
                                          *image));
    else if (image->substr(colon + 1) == "latest")
      cx.report(at / "image", fmt::format("image \"{}\" uses the mutable tag \"latest\"; pin a "
                                          "version tag or a digest",
                                          *image));
  });
}

constexpr Rule kRule = {
    "image-tag-mutable", kTaskDefinition | kOptIn, Level::note,
    "A container image has no tag or the tag latest instead of a version tag or a digest",
    R"md(
## Why
An image without a tag means `:latest`, and `latest` (like any tag) can be moved to a new image
at any time. Which image a task runs then depends on when it started: a rollback to an older task
definition revision does not bring the old code back, and two revisions cannot be told apart by
their definitions. For services, ECS resolves a tag to an image digest when a deployment starts
(`versionConsistency`, `enabled` by default since mid-2024) and keeps using that digest for the
tasks of that service revision, so one deployment runs one image; but the next deployment, a
standalone `RunTask`, or a container with `versionConsistency: disabled` pulls whatever the tag
points to then. A version tag (`web:1.4.2`), or a digest (`web@sha256:…`) for full
immutability, keeps a task definition revision reproducible. Images
holding a template placeholder are not checked.

This rule is **opt-in**: it fires on most real task definitions, so it is off until you turn it on with `--enable image-tag-mutable` (or `--enable all`), or give it a level in `.ecslint.yaml` (`rules: {image-tag-mutable: note}`).

## Bad
```json
{"name": "web", "image": "nginx", "memory": 512}
```

## Good
```json
{"name": "web", "image": "nginx:1.27.3", "memory": 512}
```

## References
- Amazon ECS API Reference: ContainerDefinition.image and ContainerDefinition.versionConsistency
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
- Amazon ECS Developer Guide, container image resolution (deployment-type-ecs, "Container image
  resolution")
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
