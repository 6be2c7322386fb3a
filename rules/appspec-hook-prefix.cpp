#include "rules/ecs_appspec.hpp"

namespace ecslint {
namespace {

constexpr std::string_view kPrefix = "CodeDeployHook_";

// The function name in a hook value: "name", "name:alias", or
// "arn:aws:lambda:REGION:ACCOUNT:function:name[:alias]".
std::string_view function_name(std::string_view value) {
  constexpr std::string_view kFunction = ":function:";
  if (value.substr(0, 4) == "arn:") {
    size_t at = value.find(kFunction);
    if (at == std::string_view::npos) return {};
    value = value.substr(at + kFunction.size());
  }
  return value.substr(0, value.find(':'));
}

void check(Context& cx) {
  for_each_hook(cx.root, [&](std::string_view name, const Json& value, const Place& at, size_t) {
    if (!value.IsString()) return;
    std::string_view text(value.GetString(), value.GetStringLength());
    if (is_placeholder(text) || is_blank(text)) return;  // blank is appspec-hook-shape's
    std::string_view function = function_name(text);
    if (function.empty() || function.substr(0, kPrefix.size()) == kPrefix) return;
    cx.report(at, fmt::format("hook `{}` invokes `{}`; with the AWSCodeDeployRoleForECSLimited "
                              "policy CodeDeploy may invoke only functions named {}*",
                              name, function, kPrefix));
  });
}

constexpr Rule kRule = {
    "appspec-hook-prefix", kAppSpec | kOptIn, Level::note,
    "An AppSpec hook function is not named CodeDeployHook_*, as the limited CodeDeploy role needs",
    R"md(
## Why
CodeDeploy invokes the hook functions with its service role. The AWS managed policy
`AWSCodeDeployRoleForECSLimited`, the least-privilege choice for ECS blue/green deployments,
allows `lambda:InvokeFunction` only on functions whose name starts with `CodeDeployHook_`
(`arn:aws:lambda:*:*:function:CodeDeployHook_*`). With that policy, a hook function named
otherwise cannot be invoked and the deployment fails at that hook; with the broader
`AWSCodeDeployRoleForECS` policy any name works. Naming hook functions `CodeDeployHook_...`
keeps the narrower policy usable.

This is a best-practice note. There is no peer check for it (cfn-lint, checkov, Trivy, KICS and
cdk-nag do not read AppSpec files).

This rule is **opt-in**: it matters only when the deployment uses the `AWSCodeDeployRoleForECSLimited` policy, so it is off until you turn it on with `--enable appspec-hook-prefix` (or `--enable all`), or give it a level in `.ecslint.yaml`.

## Bad
```yaml
Hooks:
  - AfterAllowTestTraffic: "web-smoke-test"
```

## Good
```yaml
Hooks:
  - AfterAllowTestTraffic: "CodeDeployHook_web-smoke-test"
```

## References
- AWS Managed Policy Reference, AWSCodeDeployRoleForECSLimited:
  https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCodeDeployRoleForECSLimited.html
- CodeDeploy User Guide, AWS managed policies for CodeDeploy
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
