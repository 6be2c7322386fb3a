#include "rules/ecs_container.hpp"

namespace ecslint {
namespace {

constexpr size_t kMaxIgnoredExitCodes = 50;

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    const Json* policy = object_member(container, "restartPolicy");
    if (!policy) return;
    const Place policy_at = at / "restartPolicy";
    const Json* codes = array_member(*policy, "ignoredExitCodes");
    if (codes && codes->Size() > kMaxIgnoredExitCodes)
      cx.report(policy_at / "ignoredExitCodes",
                fmt::format("ignoredExitCodes lists {} exit codes; ECS allows at most {}",
                            codes->Size(), kMaxIgnoredExitCodes));
    check_int_range(cx, *policy, policy_at, "restartAttemptPeriod", 60, 1800, " seconds");
  });
}

constexpr Rule kRule = {
    "restart-policy", kTaskDefinition, Level::error,
    "A restartPolicy has over 50 ignoredExitCodes or a restartAttemptPeriod outside 60–1800 seconds",
    R"md(
## Why
A container `restartPolicy` lets ECS restart a failed container in place instead of replacing
the task. ECS validates two of its members:

| member | allowed | default |
|---|---|---|
| `ignoredExitCodes` | at most 50 exit codes | none |
| `restartAttemptPeriod` | 60–1800 seconds | 300 |

`restartAttemptPeriod` is how long a container must run before ECS may restart it again, which
keeps a crashing container from being restarted in a tight loop. `enabled` is required; the
schema check reports its absence.

## Bad
```json
{"name": "worker", "image": "example/worker:2.1", "memory": 512,
 "restartPolicy": {"enabled": true, "restartAttemptPeriod": 30}}
```

## Good
```json
{"name": "worker", "image": "example/worker:2.1", "memory": 512,
 "restartPolicy": {"enabled": true, "restartAttemptPeriod": 60}}
```

## References
- Amazon ECS API Reference: ContainerRestartPolicy (`ignoredExitCodes`, `restartAttemptPeriod`)
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerRestartPolicy.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
