#include "rules/ecs_appspec.hpp"

namespace ecslint {
namespace {

// Fargate platform versions: Linux LATEST, 1.4.0, 1.3.0; Windows LATEST, 1.0.0. An AppSpec does
// not say which operating system its tasks run, so 1.0.0 passes (Linux 1.0.0 is retired).
constexpr std::string_view kCurrent[] = {"LATEST", "1.4.0", "1.3.0", "1.0.0"};
constexpr std::string_view kRetired[] = {"1.1.0", "1.2.0"};

template <size_t N>
bool listed(const std::string_view (&list)[N], std::string_view value) {
  for (std::string_view item : list)
    if (item == value) return true;
  return false;
}

void check(Context& cx) {
  for_each_target_properties(cx.root, [&](const Json& properties, const Place& at) {
    auto version = known_string(properties, "PlatformVersion");
    if (!version || listed(kCurrent, *version)) return;
    const Place version_at = at / "PlatformVersion";
    if (is_blank(*version))
      cx.report(version_at,
                "PlatformVersion is empty; leave it out (CodeDeploy then uses LATEST) or give "
                "LATEST, 1.4.0 or 1.3.0 (Linux), 1.0.0 (Windows)");
    else if (listed(kRetired, *version))
      cx.report(version_at,
                fmt::format("PlatformVersion \"{}\" is a retired Fargate platform version; use "
                            "LATEST or 1.4.0",
                            *version));
    else
      cx.report(version_at,
                fmt::format("PlatformVersion \"{}\" is not a Fargate platform version; expected "
                            "LATEST, 1.4.0 or 1.3.0 (Linux), 1.0.0 (Windows)",
                            *version));
  });
}

constexpr Rule kRule = {
    "appspec-platform-version", kAppSpec, Level::warning,
    "The AppSpec PlatformVersion is not a current Fargate platform version",
    R"md(
## Why
`Properties.PlatformVersion` sets the Fargate platform version of the replacement tasks; when it
is left out, CodeDeploy uses `LATEST`. The platform versions are `LATEST`, `1.4.0` and `1.3.0`
for Linux and `LATEST` and `1.0.0` for Windows; Linux `1.0.0`, `1.1.0` and `1.2.0` were retired
on 2020-12-14. Anything else (`latest` in lower case, `1.5.0`, `v1.4.0`, an empty string) is no
platform version that Fargate runs.

This is a warning rather than an error because an AppSpec does not say whether its tasks run on
Linux or Windows, nor even on Fargate, so ecslint cannot tell which list applies. Placeholder
values are not checked.

## Bad
```yaml
Properties:
  TaskDefinition: "arn:aws:ecs:us-east-1:111122223333:task-definition/web:3"
  LoadBalancerInfo:
    ContainerName: "web"
    ContainerPort: 80
  PlatformVersion: "1.2.0"
```

## Good
```yaml
Properties:
  TaskDefinition: "arn:aws:ecs:us-east-1:111122223333:task-definition/web:3"
  LoadBalancerInfo:
    ContainerName: "web"
    ContainerPort: 80
  PlatformVersion: "LATEST"
```

## References
- CodeDeploy User Guide, AppSpec 'resources' section for Amazon ECS deployments
  (`PlatformVersion`):
  https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html
- Amazon ECS Developer Guide, Fargate Linux platform versions, retired platform versions and
  Fargate Windows platform versions:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-fargate.html
)md",
                        check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
