#include <map>
#include <string>

#include "rules/ecs_appspec.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  std::map<std::string, size_t, std::less<>> first;  // hook name -> item that lists it first
  Spelled hooks = appspec_hooks(cx.root);
  for_each_hook(cx.root, [&](std::string_view name, const Json&, const Place& at, size_t i) {
    auto [it, inserted] = first.emplace(std::string(name), i);
    if (!inserted && it->second != i)  // twice in one item is a duplicate key, not ours
      cx.report_key(at, fmt::format("`{}` is already listed at {}[{}]; each hook runs once per "
                                    "deployment: list it once",
                                    name, hooks.key, it->second));
  });
}

constexpr Rule kRule = {
    "appspec-hook-duplicate", kAppSpec, Level::warning,
    "An AppSpec lists the same lifecycle hook twice",
    R"md(
## Why
"Each hook is executed once per deployment": an ECS deployment invokes one Lambda function at
each lifecycle event. An AppSpec that lists `AfterAllowTestTraffic` twice, usually to run two
test functions, does not run both; which of the two CodeDeploy uses is not documented. To run
several checks at one event, call them from one hook function.

## Bad
```yaml
Hooks:
  - AfterAllowTestTraffic: "CodeDeployHook_web-smoke-test"
  - AfterAllowTestTraffic: "CodeDeployHook_web-load-test"
```

## Good
```yaml
Hooks:
  - AfterAllowTestTraffic: "CodeDeployHook_web-tests"
```

## References
- CodeDeploy User Guide, AppSpec 'hooks' section, list of lifecycle event hooks for an Amazon
  ECS deployment:
  https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html
)md",
                        check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
