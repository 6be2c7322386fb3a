#include "rules/rule.hpp"

namespace ecslint {
namespace {

constexpr Rule kRule = {
    "unlinked-task-definition", kService | kAppSpec | kLinked | kOptIn, Level::note,
    "The task definition a service or AppSpec names is not in the run, so cross-file checks were skipped",
    R"md(
## Why
The cross-file checks (container names and ports, network configuration, launch type, Service
Connect port names, platform version) compare a service or AppSpec with the task definition it
names, and they can only do so when that task definition is linted in the same run. ecslint
pairs them like this:

- `taskDefinition` (service) or `TaskDefinition` (AppSpec) as a family, `family:revision` or
  task-definition ARN pairs with the task definition file of that `family` (the revision cannot
  be checked offline). When several files of the run share the family, the one in the same
  folder wins; when none or several of them are there, nothing is paired.
- `<TASK_DEFINITION>` in an AppSpec (CodePipeline fills it in) and an ecspresso service file
  (no `taskDefinition`) pair with the task definition in the same folder, if it is the only one.
- Any other template placeholder is unknown until rendered and pairs with nothing.
- `--task-definition FILE` pairs every service and AppSpec of the run with FILE.

This note, off by default (enable it with `--enable unlinked-task-definition`), says when a
service or AppSpec was left unpaired, and why, so that a silent run is not mistaken for a
checked one. It is raised by the link pass itself.

## Bad
A service linted alone (`ecslint check service.json`):
```json
{"serviceName": "web", "cluster": "prod", "taskDefinition": "web:3", "desiredCount": 2}
```

## Good
The service and its task definition in one run (`ecslint check service.json taskdef.json`, or
the folder holding both), or `ecslint check --task-definition taskdef.json service.json`.

## References
- Amazon ECS API Reference, CreateService: `taskDefinition` ("The family and revision
  (family:revision) or full ARN of the task definition")
- CodeDeploy AppSpec 'resources' section (ECS): `TaskDefinition`
- ecspresso: service and task definition files (ecs-service-def.json, ecs-task-def.json)
)md",
    nullptr};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
