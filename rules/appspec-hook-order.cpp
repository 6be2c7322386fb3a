#include "rules/ecs_appspec.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  std::optional<size_t> latest;  // the rank of the latest-running hook listed so far
  for_each_hook(cx.root, [&](std::string_view name, const Json&, const Place& at, size_t) {
    auto rank = ecs_hook_rank(name);
    if (!rank) return;  // unknown names are appspec-hook-name's
    if (latest && *rank < *latest)
      cx.report_key(at, fmt::format("`{}` is listed after `{}`, which runs later; hooks run in "
                                    "lifecycle order whatever the list says, so list them in "
                                    "that order",
                                    name, kEcsHooks[*latest]));
    else
      latest = rank;
  });
}

constexpr Rule kRule = {
    "appspec-hook-order", kAppSpec, Level::note,
    "AppSpec hooks are not listed in the order their lifecycle events run",
    R"md(
## Why
The hooks of an ECS deployment always run in lifecycle order: `BeforeInstall`, `AfterInstall`,
`AfterAllowTestTraffic`, `BeforeAllowTraffic`, `AfterAllowTraffic`. The order of the `Hooks`
list does not change that. A list in another order reads as if it did, and misleads whoever
debugs a failed deployment; listing the hooks in the order they run keeps the file honest.

This is a readability note. There is no peer check for it (cfn-lint, checkov, Trivy, KICS and
cdk-nag do not read AppSpec files).

## Bad
```yaml
Hooks:
  - AfterAllowTraffic: "CodeDeployHook_web-final-check"
  - BeforeInstall: "CodeDeployHook_web-pre-checks"
```

## Good
```yaml
Hooks:
  - BeforeInstall: "CodeDeployHook_web-pre-checks"
  - AfterAllowTraffic: "CodeDeployHook_web-final-check"
```

## References
- CodeDeploy User Guide, AppSpec 'hooks' section, run order of hooks in an Amazon ECS
  deployment:
  https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html
)md",
                        check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
