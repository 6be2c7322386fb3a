#include <algorithm>
#include <cctype>

#include "rules/ecs_appspec.hpp"

namespace ecslint {
namespace {

// Hooks of EC2/on-premises deployments that an ECS deployment does not have (BeforeInstall,
// AfterInstall, BeforeAllowTraffic and AfterAllowTraffic exist in both).
constexpr std::string_view kEc2Only[] = {"ApplicationStop",    "DownloadBundle",
                                         "ApplicationStart",   "ValidateService",
                                         "BeforeBlockTraffic", "AfterBlockTraffic"};
// Lifecycle events of an ECS deployment that run no hook.
constexpr std::string_view kNotScriptable[] = {"Start",        "Install", "TestTraffic",
                                               "AllowTraffic", "End",     "BlockTraffic"};

constexpr const char* kAllowed =
    "BeforeInstall, AfterInstall, AfterAllowTestTraffic, BeforeAllowTraffic, AfterAllowTraffic";

template <size_t N>
bool listed(const std::string_view (&list)[N], std::string_view name) {
  return std::find(std::begin(list), std::end(list), name) != std::end(list);
}

bool same_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string message(std::string_view name) {
  for (std::string_view hook : kEcsHooks)
    if (same_ignoring_case(name, hook))
      return fmt::format("`{}` is not an ECS lifecycle hook; did you mean `{}`?", name, hook);
  if (listed(kEc2Only, name))
    return fmt::format(
        "`{}` is a hook of EC2/on-premises deployments; ECS deployments run hooks "
        "only at {}",
        name, kAllowed);
  if (listed(kNotScriptable, name))
    return fmt::format(
        "`{}` is a lifecycle event that cannot run a hook; ECS deployments run "
        "hooks only at {}",
        name, kAllowed);
  return fmt::format("`{}` is not an ECS lifecycle hook; expected one of {}", name, kAllowed);
}

void check(Context& cx) {
  for_each_hook(cx.root, [&](std::string_view name, const Json&, const Place& at, size_t) {
    if (!ecs_hook_rank(name) && !is_placeholder(name)) cx.report_key(at, message(name));
  });
}

constexpr Rule kRule = {
    "appspec-hook-name", kAppSpec, Level::error,
    "An AppSpec hook names a lifecycle event that ECS deployments do not run hooks at",
    R"md(
## Why
In an AppSpec for ECS, each item of `Hooks` maps a lifecycle event to the Lambda function that
CodeDeploy invokes at that event. ECS deployments have exactly five events that run hooks, in
this order: `BeforeInstall`, `AfterInstall`, `AfterAllowTestTraffic`, `BeforeAllowTraffic` and
`AfterAllowTraffic`. The other events of an ECS deployment (`Start`, `Install`, `TestTraffic`,
`AllowTraffic`, `End`) cannot run hooks, and the script hooks of EC2/on-premises deployments
(`ApplicationStop`, `DownloadBundle`, `ApplicationStart`, `ValidateService`,
`BeforeBlockTraffic`, `AfterBlockTraffic`) do not exist for ECS. CodeDeploy's AppSpec
assistant rejects any other name ("The hooks must be one of the ECS supported hooks"); names
are case-sensitive.

## Bad
```yaml
Hooks:
  - BeforeInstall: "CodeDeployHook_web-pre-checks"
  - ValidateService: "CodeDeployHook_web-smoke-test"
```

## Good
```yaml
Hooks:
  - BeforeInstall: "CodeDeployHook_web-pre-checks"
  - AfterAllowTestTraffic: "CodeDeployHook_web-smoke-test"
```

## References
- CodeDeploy User Guide, AppSpec 'hooks' section, list of lifecycle event hooks for an Amazon
  ECS deployment:
  https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html
- aws-samples/aws-codedeploy-appspec-assistant (its ECS hook check)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
