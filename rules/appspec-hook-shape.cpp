#include "rules/ecs_appspec.hpp"

namespace ecslint {
namespace {

// Non-object items and non-string values are the schema's; this rule checks that each item is
// one hook and that its function is named.
void check(Context& cx) {
  Spelled hooks = appspec_hooks(cx.root);
  for_each_item(hooks.value, hooks.at, [&](const Json& item, const Place& at) {
    if (!item.IsObject()) return;
    if (item.MemberCount() == 0)
      cx.report(at, "hook item is empty; each item maps one lifecycle event to a Lambda function");
    if (item.MemberCount() > 1) {
      auto first = item.MemberBegin();
      for (auto m = first + 1; m != item.MemberEnd(); ++m) {
        std::string_view name(m->name.GetString(), m->name.GetStringLength());
        cx.report_key(
            at / name,
            fmt::format("`{}` is in the same hook item as `{}`; each item of {} holds "
                        "one hook: start a new item for it",
                        name,
                        std::string_view(first->name.GetString(), first->name.GetStringLength()),
                        hooks.key));
      }
    }
  });
  for_each_hook(cx.root, [&](std::string_view name, const Json& value, const Place& at, size_t) {
    if (value.IsString() && is_blank(std::string_view(value.GetString(), value.GetStringLength())))
      cx.report(at, fmt::format("hook `{}` has no function; give the name or ARN of the Lambda "
                                "function to invoke",
                                name));
  });
}

constexpr Rule kRule = {
    "appspec-hook-shape", kAppSpec, Level::error,
    "An AppSpec hook item is empty, holds several hooks, or names no Lambda function",
    R"md(
## Why
The `Hooks` section of an AppSpec for ECS is a list, and each item is one hook: a single
lifecycle event name mapped to the name or ARN of a Lambda function, as a string. Two common
slips break that shape. In YAML, forgetting the `-` before the second hook puts two events into
one item; and templates leave the function empty (`BeforeInstall: ""`). An empty function names
nothing to invoke, which CodeDeploy's AppSpec assistant reports as "Value cannot be empty for
hook".

Items that are not maps and values that are not strings are reported by the schema check.

## Bad
```yaml
Hooks:
  - BeforeInstall: "CodeDeployHook_web-pre-checks"
    AfterAllowTestTraffic: "CodeDeployHook_web-smoke-test"
  - AfterAllowTraffic: ""
```

## Good
```yaml
Hooks:
  - BeforeInstall: "CodeDeployHook_web-pre-checks"
  - AfterAllowTestTraffic: "CodeDeployHook_web-smoke-test"
```

## References
- CodeDeploy User Guide, AppSpec 'hooks' section, structure of the 'hooks' section for ECS
  ("one Lambda function specified with a string"):
  https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html
- aws-samples/aws-codedeploy-appspec-assistant (`Value cannot be empty for hook`)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
