#include "rules/ecs_volumes.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_linux_parameters(cx.root, [&](const Json& params, const Place& at) {
    auto swappiness = int_member(params, "swappiness");
    if (swappiness && (*swappiness < 0 || *swappiness > 100))
      cx.report(at / "swappiness",
                fmt::format("swappiness {} is out of range; ECS allows 0–100", *swappiness));
  });
}

constexpr Rule kRule = {
    "swappiness-range", kTaskDefinition, Level::error,
    "A container's linuxParameters.swappiness is outside 0–100",
    R"md(
## Why
`linuxParameters.swappiness` tunes how eagerly the kernel swaps the container's memory: `0`
avoids swapping unless necessary, `100` swaps aggressively, and the default is `60`. ECS accepts
whole numbers from 0 to 100 only.

## Bad
```json
{"name": "app", "image": "public.ecr.aws/docker/library/busybox:stable", "memory": 512,
 "linuxParameters": {"maxSwap": 1024, "swappiness": 120}}
```

## Good
```json
{"name": "app", "image": "public.ecr.aws/docker/library/busybox:stable", "memory": 512,
 "linuxParameters": {"maxSwap": 1024, "swappiness": 10}}
```

## References
- Amazon ECS API Reference: LinuxParameters.swappiness ("Accepted values are whole numbers between
  0 and 100") https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LinuxParameters.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
