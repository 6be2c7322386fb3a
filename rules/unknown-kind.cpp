#include "rules/rule.hpp"

namespace ecslint {
namespace {

constexpr Rule kRule = {
    "unknown-kind", kAnyKind, Level::warning,
    "A file named on the command line is not an ECS document ecslint recognises",
    R"md(
## Why
ecslint decides what a file is from its members: `containerDefinitions` makes a task definition
(also inside the `{"taskDefinition": {...}}` wrapper that `describe-task-definition` prints),
`serviceName` (or `taskDefinition` with `cluster`, or several CreateService members such as
`launchType` and `desiredCount`, as in ecspresso's service files) makes a service, and a `version`
with a `Resources` list holding a `TargetService` makes a CodeDeploy AppSpec. Files found by walking
a folder that match none of these are skipped quietly; a file you named explicitly is reported, so
a typo in a file name or a wrong file in a pre-commit hook does not go unnoticed.

## Bad
```json
{"name": "web", "image": "nginx:1.27"}
```
(a single container definition, not a task definition)

## Good
```json
{"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx:1.27"}]}
```
Or say what the file is: `ecslint check --kind task-definition file.json`.

## References
- RegisterTaskDefinition, CreateService (Amazon ECS API Reference)
- CodeDeploy AppSpec file structure for Amazon ECS deployments
)md",
    nullptr};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
