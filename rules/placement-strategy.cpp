#include "rules/ecs_network.hpp"

namespace ecslint {
namespace {

constexpr size_t kMaxStrategies = 5;

void check(Context& cx) {
  if (size_t count = item_count(cx.root, "placementStrategy"); count > kMaxStrategies)
    cx.report(Pointer() / "placementStrategy",
              fmt::format("{} placement strategies are too many; ECS allows at most {} per "
                          "service",
                          count, kMaxStrategies));
  for_each_object(
      cx.root, Pointer(), "placementStrategy", [&](const Json& item, const Place& at) {
        auto type = known_string(item, "type");
        auto field = known_string(item, "field");
        if (!type || !field || field->empty()) return;
        if (*type == "binpack" && *field != "cpu" && *field != "memory")
          cx.report(at / "field",
                    fmt::format("binpack field \"{}\" is not valid; use cpu or memory", *field));
        if (*type == "spread" && *field != "instanceId" && *field != "host" &&
            field->substr(0, 10) != "attribute:")
          cx.report(at / "field",
                    fmt::format("spread field \"{}\" is not valid; use instanceId, host or an "
                                "attribute such as attribute:ecs.availability-zone",
                                *field));
      });
}

constexpr Rule kRule = {
    "placement-strategy", kService, Level::error,
    "A placement strategy's field does not fit its type, or there are more than 5 strategies",
    R"md(
## Why
Each `placementStrategy` item has a `type` and, for two of the types, a `field`:
- `binpack` packs tasks by the least available `cpu` or `memory`: the field must be one of them;
- `spread` spreads tasks by `instanceId` (or `host`, which means the same) or by an attribute of
  the container instances such as `attribute:ecs.availability-zone`;
- `random` uses no field.

A service can have at most five strategies. ECS rejects other fields ("memory" is case-sensitive)
and longer lists. Empty fields (as in generated skeletons) and placeholders are not checked.

## Bad
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "placementStrategy": [{"type": "binpack", "field": "MEMORY"}]
}
```

## Good
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "placementStrategy": [
    {"type": "spread", "field": "attribute:ecs.availability-zone"},
    {"type": "binpack", "field": "memory"}]
}
```

## References
- Amazon ECS API Reference: PlacementStrategy.field ("For the binpack placement strategy, valid
  values are cpu and memory. For the spread placement strategy, valid values are instanceId (or
  host, which has the same effect), or any platform or custom attribute ... For the random
  placement strategy, this field is not used."), CreateService.placementStrategy ("You can
  specify a maximum of 5 strategy rules for each service")
- Amazon ECS Developer Guide, Amazon ECS task placement strategies:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-strategies.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
