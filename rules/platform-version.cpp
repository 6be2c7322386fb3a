#include "rules/ecs_network.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  auto version = known_string(cx.root, "platformVersion");
  if (!version || version->empty()) return;
  const Pointer at = Pointer() / "platformVersion";
  if (known_string(cx.root, "launchType").value_or("") == "EC2") {
    cx.report(at, fmt::format("platformVersion \"{}\" is given with the EC2 launch type (\"The "
                              "platform version must be null when specifying an EC2 launch "
                              "type.\"); platform versions are for Fargate: remove it",
                              *version));
    return;
  }
  if (*version == "1.1.0" || *version == "1.2.0") {
    cx.report(at, fmt::format("platform version {} was retired on 2020-12-14; use "
                              "LATEST or 1.4.0",
                              *version));
    return;
  }
  for (std::string_view known : {"LATEST", "1.4.0", "1.3.0", "1.0.0"})
    if (*version == known) return;
  cx.report(at, fmt::format("platformVersion \"{}\" is not a Fargate platform version; use "
                            "LATEST, 1.4.0 or 1.3.0 (Linux) or 1.0.0 (Windows)",
                            *version));
}

constexpr Rule kRule = {
    "platform-version", kService, Level::error,
    "platformVersion is retired, unknown, or given with the EC2 launch type",
    R"md(
## Why
`platformVersion` selects the Fargate runtime of a service's tasks. The versions that exist are
`LATEST`, `1.4.0` and `1.3.0` for Linux and `LATEST` and `1.0.0` for Windows; Linux `1.0.0`,
`1.1.0` and `1.2.0` were retired on 2020-12-14 and can no longer be used. The value is
case-sensitive (`latest` is not `LATEST`). A platform version means nothing on EC2 instances,
and ECS rejects it there: "The platform version must be null when specifying an EC2 launch
type." Since `1.0.0` is a current Windows version, it is not reported (the Windows/Linux split
lives in the task definition). Services with a capacity provider strategy and no launch type are
checked only for the version itself.

## Bad
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "launchType": "FARGATE",
  "platformVersion": "1.2.0"
}
```

## Good
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "launchType": "FARGATE",
  "platformVersion": "LATEST"
}
```

## References
- Amazon ECS Developer Guide, Fargate platform versions for Amazon ECS; Fargate Linux platform
  version deprecation (retired versions 1.0.0–1.2.0):
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-fargate.html
- Amazon ECS API Reference: CreateService.platformVersion
- aws/amazon-ecs-cli#1040: "InvalidParameterException: The platform version must be null when
  specifying an EC2 launch type."
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
