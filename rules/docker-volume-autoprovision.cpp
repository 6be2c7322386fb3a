#include "rules/ecs_volumes.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_volume_of_type(cx.root, "dockerVolumeConfiguration", [&](const Json&,
                                                                     const Json& docker,
                                                                     const Place& at) {
    if (!bool_member(docker, "autoprovision").value_or(false)) return;
    const Json* scope = member(docker, "scope");
    if (!scope || scope->IsNull())
      cx.report(at / "autoprovision",
                "autoprovision has no effect without scope \"shared\" (the scope defaults to "
                "\"task\")");
    else if (known_string(docker, "scope") == "task")
      cx.report(at / "autoprovision", "autoprovision has no effect with scope \"task\"; it applies "
                                      "only to scope \"shared\"");
  });
}

constexpr Rule kRule = {
    "docker-volume-autoprovision", kTaskDefinition, Level::warning,
    "A Docker volume sets autoprovision without scope shared, where it has no effect",
    R"md(
## Why
`dockerVolumeConfiguration.autoprovision: true` asks ECS to create a Docker volume if it does not
exist yet. It only means something for `scope: "shared"` volumes, which outlive the task and
may already exist on the instance; ECS uses the field only then. A `scope: "task"` volume is
always created when the task starts and removed when it stops, so `autoprovision` is ignored.
Seeing both together usually means the author wanted a shared, persistent volume and forgot
`scope`, so data will be lost when the task stops.

An omitted `scope` is treated as `task`. The API reference does not state the default, so this
is an assumption (one reason the rule is a warning); set `scope` explicitly either way.

## Bad
```json
{"name": "cache",
 "dockerVolumeConfiguration": {"autoprovision": true, "driver": "local"}}
```

## Good
```json
{"name": "cache",
 "dockerVolumeConfiguration": {"scope": "shared", "autoprovision": true, "driver": "local"}}
```

## References
- Amazon ECS API Reference: DockerVolumeConfiguration.autoprovision ("This field is only used if
  the scope is shared") and DockerVolumeConfiguration.scope
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DockerVolumeConfiguration.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
