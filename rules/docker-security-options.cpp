#include "rules/ecs_misc.hpp"

namespace ecslint {
namespace {

// The option names ECS documents; `credentialspecdomainless` belongs to `credentialSpecs` but is
// left alone here too, since whether ECS refuses it in this list is not verified.
constexpr std::string_view kWithValue[] = {"apparmor", "label", "credentialspec",
                                           "credentialspecdomainless"};

void check_option(Context& cx, std::string_view option, const Place& at) {
  size_t split = option.find_first_of(":=");
  std::string_view name = option.substr(0, split);
  if (name == "no-new-privileges") return;
  for (std::string_view known : kWithValue) {
    if (name != known) continue;
    if (split == std::string_view::npos || split + 1 == option.size())
      cx.report(at, fmt::format("security option \"{}\" has no value; write \"{}:VALUE\"", option,
                                name));
    return;
  }
  cx.report(at, fmt::format("\"{}\" is not a security option ECS accepts; use \"no-new-privileges\", "
                            "\"apparmor:PROFILE\", \"label:VALUE\" or \"credentialspec:PATH\"",
                            option));
}

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    for_each_known_string(array_member(container, "dockerSecurityOptions"),
                          at / "dockerSecurityOptions",
                          [&](std::string_view option, const Place& item_at) {
                            check_option(cx, option, item_at);
                          });
  });
}

constexpr Rule kRule = {
    "docker-security-options", kTaskDefinition, Level::error,
    "A container's dockerSecurityOptions item is not one of the forms ECS accepts",
    R"md(
## Why
`dockerSecurityOptions` configures SELinux and AppArmor labels, `no-new-privileges` and Active
Directory credential specs. The ECS API Reference lists its valid values: `"no-new-privileges"`,
`"apparmor:PROFILE"`, `"label:value"` and `"credentialspec:CredentialSpecFilePath"`. Other
Docker `--security-opt` settings, such as `seccomp=...` or `systempaths=unconfined`, are not among
them, and an empty string or a form without its value (`"apparmor:"`, `"label"`) configures
nothing.

The option name is what is checked. Docker's `=` separator and a `no-new-privileges:true` suffix
are tolerated, as is `credentialspecdomainless:` (documented for `credentialSpecs`), because it is
not verified that ECS refuses them. Items holding a template placeholder are skipped. Note that
the agent must also register `ECS_SELINUX_CAPABLE=true` or `ECS_APPARMOR_CAPABLE=true` for the
label and AppArmor options, and Fargate rejects `dockerSecurityOptions` altogether (reported by
`fargate-unsupported-parameter`).

## Bad
```json
{"name": "app", "image": "nginx:1.27", "memory": 512,
 "dockerSecurityOptions": ["seccomp=unconfined", "apparmor:"]}
```

## Good
```json
{"name": "app", "image": "nginx:1.27", "memory": 512,
 "dockerSecurityOptions": ["no-new-privileges", "apparmor:docker-default"]}
```

## References
- Amazon ECS API Reference: ContainerDefinition.dockerSecurityOptions ("Valid values"),
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
