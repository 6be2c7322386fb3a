#include "rules/ecs_network.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  auto version = known_string(cx.root, "platformVersion");
  // The versions platform-version reports (retired, unknown, EC2) are not repeated here.
  if (!version || known_string(cx.root, "launchType").value_or("") == "EC2") return;
  if (*version != "1.4.0" && *version != "1.3.0" && *version != "1.0.0") return;
  cx.report(Pointer() / "platformVersion",
            fmt::format("platformVersion is pinned to {}; LATEST gets security patches and new "
                        "features as Fargate releases them",
                        *version));
}

constexpr Rule kRule = {
    "platform-version-pinned", kService, Level::note,
    "A Fargate service pins platformVersion instead of using LATEST",
    R"md(
## Why
With `platformVersion` `LATEST` (the default), new tasks run on the most recent Fargate platform
version, which carries the current kernel, runtime and security patches. A pinned version stays
behind until someone edits the service, and is retired eventually. Pin only while a specific
version is needed, and revisit it.

## Bad
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "launchType": "FARGATE",
  "platformVersion": "1.3.0"
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
- Amazon ECS Developer Guide, Fargate platform versions for Amazon ECS:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-fargate.html
- Peers: checkov CKV_AWS_332 ("Ensure ECS Fargate services run on the latest Fargate platform
  version"); AWS Config rule ecs-fargate-latest-platform-version; AWS Control Tower
  CT.ECS.PR.1; kyverno-json catalog ecs Fargate latest platform
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
