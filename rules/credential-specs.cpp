#include "rules/ecs_misc.hpp"

namespace ecslint {
namespace {

constexpr std::string_view kPrefixes[] = {"credentialspec:", "credentialspecdomainless:"};

void check_spec(Context& cx, std::string_view spec, const Place& at) {
  for (std::string_view prefix : kPrefixes)
    if (spec.substr(0, prefix.size()) == prefix) {
      if (spec.size() == prefix.size())
        cx.report(at, fmt::format("credential spec \"{}\" names no credential spec file or ARN",
                                  spec));
      return;
    }
  cx.report(at, fmt::format("credential spec \"{}\" must start with \"credentialspec:\" or "
                            "\"credentialspecdomainless:\"",
                            spec));
}

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    const Json* specs = array_member(container, "credentialSpecs");
    if (!specs) return;
    const Place specs_at = at / "credentialSpecs";
    if (specs->Size() > 1)
      cx.report(specs_at / 1, fmt::format("credentialSpecs holds {} items; a container may have at "
                                          "most one credential spec",
                                          specs->Size()));
    for_each_known_string(specs, specs_at, [&](std::string_view spec, const Place& item_at) {
      check_spec(cx, spec, item_at);
    });
  });
}

constexpr Rule kRule = {
    "credential-specs", kTaskDefinition, Level::error,
    "A container's credentialSpecs has more than one item or an item without its prefix",
    R"md(
## Why
`credentialSpecs` points a container at the credential spec (CredSpec) file that configures it
for Active Directory authentication with a group Managed Service Account (gMSA). The ECS API
Reference says the list holds at most one item, and that the item is prefixed with
`credentialspec:` (domain-joined instances) or `credentialspecdomainless:` (domainless gMSA),
followed by an S3 ARN, an SSM parameter ARN or a file path. Anything else leaves the container
without its Active Directory identity.

## Bad
```json
{"name": "app", "image": "mcr.microsoft.com/windows/servercore/iis", "memory": 1024,
 "credentialSpecs": ["arn:aws:s3:::my-bucket/gmsa.json",
                     "credentialspec:arn:aws:ssm:us-east-1:111122223333:parameter/gmsa"]}
```

## Good
```json
{"name": "app", "image": "mcr.microsoft.com/windows/servercore/iis", "memory": 1024,
 "credentialSpecs": ["credentialspecdomainless:arn:aws:s3:::my-bucket/gmsa.json"]}
```

## References
- Amazon ECS API Reference: ContainerDefinition.credentialSpecs,
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
- Amazon ECS Developer Guide: Using gMSAs for Windows containers / for Linux containers
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
