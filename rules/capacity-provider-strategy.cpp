#include <map>
#include <string>

#include "rules/ecs_deploy.hpp"

namespace ecslint {
namespace {

constexpr size_t kMaxProviders = 20;

void check(Context& cx) {
  const Json* strategy = array_member(cx.root, "capacityProviderStrategy");
  if (!strategy || strategy->Empty()) return;
  const Pointer at = Pointer() / "capacityProviderStrategy";
  if (strategy->Size() > kMaxProviders)
    cx.report(at, fmt::format("capacityProviderStrategy has {} items; ECS allows at most {}",
                              strategy->Size(), kMaxProviders));

  std::map<std::string, size_t, std::less<>> first;  // provider -> index of its first item
  const Json* first_base = nullptr;
  size_t first_base_index = 0;
  bool any_weight = false, weights_known = true;
  std::string leader;  // the first provider: the strategy is Fargate or not by it
  bool mixed = false;
  size_t index = 0;
  for_each_item(strategy, at, [&](const Json& item, const Place& item_at) {
    size_t i = index++;
    if (auto name = known_string(item, "capacityProvider")) {
      auto [it, inserted] = first.emplace(std::string(*name), i);
      if (!inserted)
        cx.report(item_at / "capacityProvider",
                  fmt::format("capacity provider \"{}\" is already used by "
                              "capacityProviderStrategy[{}]; each provider may appear once",
                              *name, it->second));
      if (leader.empty()) {
        leader = std::string(*name);
      } else if (!mixed && is_fargate_provider(leader) != is_fargate_provider(*name)) {
        mixed = true;
        cx.report(item_at / "capacityProvider",
                  fmt::format("capacity provider \"{}\" is mixed with \"{}\"; a strategy uses "
                              "either the Fargate providers (FARGATE, FARGATE_SPOT) or Auto "
                              "Scaling group providers, not both",
                              *name, leader));
      }
    }
    // base 0 is what describe output and Terraform write on every item; only a real base counts.
    if (auto base = int_member(item, "base"); base && *base > 0) {
      if (first_base)
        cx.report(item_at / "base",
                  fmt::format("capacityProviderStrategy[{}] also sets a base; only one capacity "
                              "provider in a strategy may have a base",
                              first_base_index));
      else
        first_base = member(item, "base"), first_base_index = i;
    }
    const Json* weight = member(item, "weight");
    if (weight && !weight->IsInt64()) weights_known = false;
    if (weight && weight->IsInt64() && weight->GetInt64() > 0) any_weight = true;
  });
  if (strategy->Size() > 1 && weights_known && !any_weight)
    cx.report(at, "every capacity provider in the strategy has weight 0 (the default); with "
                  "several providers at least one needs a weight above 0");
}

constexpr Rule kRule = {
    "capacity-provider-strategy", kService, Level::error,
    "The capacity provider strategy repeats a provider, has several bases, no weight or mixes Fargate",
    R"md(
## Why
A capacity provider strategy spreads the service's tasks over capacity providers by `base` and
`weight`. ECS checks it when the service is created:

- at most 20 capacity providers in one strategy;
- each capacity provider appears once;
- "Only one capacity provider in a capacity provider strategy can have a base defined";
- `weight` defaults to 0, and when the strategy has several providers at least one of them needs
  a weight above 0, or no task could ever be placed beyond the base;
- the Fargate providers (`FARGATE`, `FARGATE_SPOT`) cannot be mixed with Auto Scaling group
  capacity providers in one strategy.

`base: 0` is what describe output and Terraform write on every item, so only a base above 0
counts as "defined". Provider names holding a template placeholder are skipped, and the ranges of
`weight` (0–1000) and `base` (0–100000) are checked by the schema.

## Bad
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 4,
 "capacityProviderStrategy": [
   {"capacityProvider": "FARGATE", "base": 1, "weight": 1},
   {"capacityProvider": "asg-provider", "base": 2, "weight": 1}]}
```

## Good
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 4,
 "capacityProviderStrategy": [
   {"capacityProvider": "FARGATE", "base": 1, "weight": 1},
   {"capacityProvider": "FARGATE_SPOT", "weight": 3}]}
```

## References
- Amazon ECS API Reference: CapacityProviderStrategyItem (`base`, `weight`) and
  CreateService.capacityProviderStrategy
- Amazon ECS Developer Guide: Amazon ECS capacity providers (cluster-capacity-providers):
  Fargate and Auto Scaling group providers cannot be mixed in one strategy
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
