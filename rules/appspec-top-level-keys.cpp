#include "rules/rule.hpp"

namespace ecslint {
namespace {

// Keys outside version/Resources/Hooks are the schema's (it lists every allowed key); what it
// cannot say is that the two sections are spelled alike, or that one is given twice.
void check(Context& cx) {
  const bool upper_resources = member(cx.root, "Resources") != nullptr;
  const bool lower_resources = member(cx.root, "resources") != nullptr;
  const bool upper_hooks = member(cx.root, "Hooks") != nullptr;
  const bool lower_hooks = member(cx.root, "hooks") != nullptr;

  if (upper_resources && lower_resources)
    cx.report_key(Pointer() / "resources",
                  "`resources` repeats `Resources` in another spelling; keep one Resources "
                  "section");
  if (upper_hooks && lower_hooks)
    cx.report_key(Pointer() / "hooks",
                  "`hooks` repeats `Hooks` in another spelling; keep one Hooks section");
  if (upper_hooks != lower_hooks && upper_resources != lower_resources &&
      upper_hooks != upper_resources) {
    std::string_view resources = upper_resources ? "Resources" : "resources";
    std::string_view hooks = upper_hooks ? "Hooks" : "hooks";
    std::string_view wanted = upper_resources ? "Hooks" : "hooks";
    cx.report_key(Pointer() / hooks,
                  fmt::format("`{}` is spelled unlike `{}`; CodeDeploy documents both spellings, "
                              "but use one style: write `{}`",
                              hooks, resources, wanted));
  }
}

constexpr Rule kRule = {
    "appspec-top-level-keys", kAppSpec, Level::warning,
    "The AppSpec mixes `Resources`/`resources` and `Hooks`/`hooks` spellings or repeats a section",
    R"md(
## Why
An AppSpec for ECS has three top-level keys: `version`, `Resources` and `Hooks`. The CodeDeploy
reference shows the sections both capitalised (`Resources`, `Hooks`, in the ECS examples) and
in lower case (`resources`, `hooks`, on the structure pages), and tools such as the GitHub
`amazon-ecs-deploy-task-definition` action read them without regard to case. So either style
works, but a file that mixes them (`Resources` with `hooks`) was usually pieced together from
two sources, and a file that has both `Resources` and `resources` gives the same section twice:
which of the two a reader takes is up to the reader.

Keys that are not AppSpec keys at all (for example `Version` or `TargetService` at the top) are
reported by the schema check (`schema-violation`), not by this rule.

## Bad
```yaml
version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: "arn:aws:ecs:us-east-1:111122223333:task-definition/web:3"
        LoadBalancerInfo:
          ContainerName: "web"
          ContainerPort: 80
hooks:
  - AfterAllowTestTraffic: "CodeDeployHook_web-smoke-test"
```

## Good
```yaml
version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: "arn:aws:ecs:us-east-1:111122223333:task-definition/web:3"
        LoadBalancerInfo:
          ContainerName: "web"
          ContainerPort: 80
Hooks:
  - AfterAllowTestTraffic: "CodeDeployHook_web-smoke-test"
```

## References
- CodeDeploy User Guide, AppSpec file structure:
  https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure.html
- CodeDeploy User Guide, AppSpec file example (ECS):
  https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-example.html
- aws-actions/amazon-ecs-deploy-task-definition, `findAppSpecValue` (case-insensitive keys)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
