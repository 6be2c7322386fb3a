#include "rules/ecs_volumes.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_linux_parameters(cx.root, [&](const Json& params, const Place& at) {
    auto swappiness = int_member(params, "swappiness");
    const Json* max_swap = member(params, "maxSwap");
    if (swappiness && (!max_swap || max_swap->IsNull()))
      cx.report(at / "swappiness",
                fmt::format("swappiness {} has no effect without maxSwap; ECS ignores it then",
                            *swappiness));
  });
}

constexpr Rule kRule = {
    "swappiness-without-max-swap", kTaskDefinition, Level::warning,
    "A container sets linuxParameters.swappiness without maxSwap, so ECS ignores it",
    R"md(
## Why
ECS applies `linuxParameters.swappiness` only together with `linuxParameters.maxSwap`: when
`maxSwap` is not specified, `swappiness` is ignored and the container uses the instance's swap
configuration. A task definition that sets only `swappiness` almost surely meant to enable swap
and did not. Set `maxSwap` (MiB of swap the container may use; the container instance must have
swap space), or remove `swappiness`.

## Bad
```json
{"name": "app", "image": "public.ecr.aws/docker/library/busybox:stable", "memory": 512,
 "linuxParameters": {"swappiness": 10}}
```

## Good
```json
{"name": "app", "image": "public.ecr.aws/docker/library/busybox:stable", "memory": 512,
 "linuxParameters": {"maxSwap": 1024, "swappiness": 10}}
```

## References
- Amazon ECS API Reference: LinuxParameters.swappiness ("If a value is not specified for maxSwap
  then this parameter is ignored")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LinuxParameters.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
