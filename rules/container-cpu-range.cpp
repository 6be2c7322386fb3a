#include "rules/ecs_container.hpp"

namespace ecslint {
namespace {

constexpr int64_t kMinShares = 2;
constexpr int64_t kMaxShares = 262144;

void check(Context& cx) {
  if (task_level_unknown(cx)) return;  // a container array: the OS is unknown (Windows counts cpu differently)
  // On Windows container cpu is an absolute quota, not Linux CPU shares.
  if (is_windows(cx.root)) return;
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    auto cpu = int_member(container, "cpu");
    // 0 is what consoles and templates write for "not set", and ECS treats it exactly so.
    if (!cpu || *cpu == 0) return;
    if (*cpu < kMinShares)
      cx.report(at / "cpu", fmt::format("cpu {} is below 2, the smallest Linux CPU share, so the "
                                        "container gets 2 shares{}",
                                        *cpu, *cpu == 1 ? " (1 vCPU is 1024 units)" : ""));
    else if (*cpu > kMaxShares)
      cx.report(at / "cpu", fmt::format("cpu {} is above 262144, the largest Linux CPU share; "
                                        "ECS agents 1.84.0 and later pass 262144 (256 vCPU)",
                                        *cpu));
  });
}

constexpr Rule kRule = {
    "container-cpu-range", kTaskDefinition, Level::note,
    "A Linux container's cpu is outside 2–262144, the CPU share range Docker applies",
    R"md(
## Why
On Linux, a container's `cpu` becomes its Docker CPU shares, and the kernel accepts only 2 to
262144 shares. ECS accepts other values but does not apply them as written: with ECS agent 1.2.0
and later, `cpu` 1 (like 0 or no value) is passed as 2 shares, and since agent 1.84.0 values
above 262144 (256 vCPU) are passed as 262144. A `cpu` of 1 is usually meant as one vCPU, which
is 1024 units. A `cpu` of 0 is left alone: consoles and templates write it for "not set", and
ECS treats it the same as leaving `cpu` out. Windows containers are not checked, since there
`cpu` is an absolute quota rather than shares.

## Bad
```json
{"name": "worker", "image": "example/worker:2.1", "memory": 512, "cpu": 1}
```

## Good
```json
{"name": "worker", "image": "example/worker:2.1", "memory": 512, "cpu": 1024}
```

## References
- Amazon ECS API Reference: ContainerDefinition.cpu
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
