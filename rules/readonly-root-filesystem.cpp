#include "rules/ecs_misc.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (task_level_unknown(cx)) return;  // a container array: the OS is unknown
  // Windows containers do not support a read-only root file system.
  if (looks_windows(cx.root)) return;
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    const Json* value = member(container, "readonlyRootFilesystem");
    if (!value || value->IsNull())
      cx.report(at, fmt::format("{} does not set readonlyRootFilesystem, so its root file system is "
                                "writable; set it to true and mount volumes where it must write",
                                quoted_container_name(container)));
    else if (value->IsFalse())
      cx.report(at / "readonlyRootFilesystem",
                fmt::format("{} has a writable root file system; set readonlyRootFilesystem to "
                            "true and mount volumes where it must write",
                            quoted_container_name(container)));
  });
}

constexpr Rule kRule = {
    "readonly-root-filesystem", kTaskDefinition | kOptIn, Level::note,
    "A Linux container's root file system is writable (readonlyRootFilesystem is not true)",
    R"md(
## Why
With `"readonlyRootFilesystem": true` the container gets read-only access to its root file
system: an attacker who gets code execution cannot replace binaries, plant tools or persist
changes, and the image stays what was scanned. Paths the application must write (`/tmp`, a cache
or data folder) are given as volumes (`mountPoints`) or, on EC2, `linuxParameters.tmpfs`.

The default is `false`, so both a missing member and `false` are reported. Windows task
definitions are skipped: the parameter is not supported for Windows containers.

This rule is **opt-in**: it fires on most real task definitions, so it is off until you turn it on with `--enable readonly-root-filesystem` (or `--enable all`), or give it a level in `.ecslint.yaml` (`rules: {readonly-root-filesystem: note}`).

## Bad
```json
{"name": "app", "image": "nginx:1.27", "memory": 512}
```

## Good
```json
{"name": "app", "image": "nginx:1.27", "memory": 512, "readonlyRootFilesystem": true,
 "mountPoints": [{"sourceVolume": "tmp", "containerPath": "/tmp"}]}
```

## References
- Amazon ECS API Reference: ContainerDefinition.readonlyRootFilesystem,
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
- Peers: checkov CKV_AWS_336; AWS Config rule `ecs-containers-readonly-access`; AWS Control
  Tower proactive control CT.ECS.PR.6; kyverno-json ECS catalog
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
