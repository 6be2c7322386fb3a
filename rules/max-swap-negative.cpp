#include "rules/ecs_volumes.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_linux_parameters(cx.root, [&](const Json& params, const Place& at) {
    auto max_swap = int_member(params, "maxSwap");
    if (max_swap && *max_swap < 0)
      cx.report(at / "maxSwap",
                fmt::format("maxSwap {} is negative; ECS allows 0 (no swap) or a positive number "
                            "of MiB",
                            *max_swap));
  });
}

constexpr Rule kRule = {
    "max-swap-negative", kTaskDefinition, Level::error,
    "A container's linuxParameters.maxSwap is negative",
    R"md(
## Why
`linuxParameters.maxSwap` is the total amount of swap memory, in MiB, that the container may
use. ECS accepts `0` (the container does not swap) or a positive integer; omit the member to use
the container instance's swap configuration. Docker's `--memory-swap -1` idiom ("unlimited") is
not an ECS value.

## Bad
```json
{"name": "app", "image": "public.ecr.aws/docker/library/busybox:stable", "memory": 512,
 "linuxParameters": {"maxSwap": -1, "swappiness": 60}}
```

## Good
```json
{"name": "app", "image": "public.ecr.aws/docker/library/busybox:stable", "memory": 512,
 "linuxParameters": {"maxSwap": 2048, "swappiness": 60}}
```

## References
- Amazon ECS API Reference: LinuxParameters.maxSwap ("Accepted values are 0 or any positive
  integer") https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LinuxParameters.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
