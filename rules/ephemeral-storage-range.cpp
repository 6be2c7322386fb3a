#include "rules/ecs_fargate.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  const Json* storage = object_member(cx.root, "ephemeralStorage");
  if (!storage) return;
  auto size = int_member(*storage, "sizeInGiB");
  if (size && (*size < 21 || *size > 200))
    cx.report(Pointer() / "ephemeralStorage" / "sizeInGiB",
              fmt::format("ephemeral storage of {} GiB is out of range; ECS allows 21–200 GiB",
                          *size));
}

constexpr Rule kRule = {
    "ephemeral-storage-range", kTaskDefinition, Level::error,
    "The task's ephemeralStorage.sizeInGiB is outside 21–200",
    R"md(
## Why
Every Fargate task gets 20 GiB of ephemeral storage; `ephemeralStorage.sizeInGiB` asks for more,
and ECS accepts between 21 and 200 GiB. Anything else is rejected, including 20: the default
cannot be requested explicitly (AWS Copilot accepts 20 in its own manifest because it then leaves
the member out). Omit `ephemeralStorage` to get the default.

## Bad
```json
{"family": "batch", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc",
 "cpu": "1024", "memory": "2048", "ephemeralStorage": {"sizeInGiB": 250},
 "containerDefinitions": [{"name": "batch", "image": "example/batch:1.0"}]}
```

## Good
```json
{"family": "batch", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc",
 "cpu": "1024", "memory": "2048", "ephemeralStorage": {"sizeInGiB": 200},
 "containerDefinitions": [{"name": "batch", "image": "example/batch:1.0"}]}
```

## References
- Amazon ECS API Reference: EphemeralStorage.sizeInGiB ("The minimum supported value is 21 GiB and
  the maximum supported value is 200 GiB.")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EphemeralStorage.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
