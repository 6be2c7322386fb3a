#include <map>
#include <optional>
#include <string>

#include "rules/ecs_appspec.hpp"

namespace ecslint {
namespace {

constexpr size_t kMaxProviders = 20;

bool is_fargate_provider(std::string_view name) {
  return name == "FARGATE" || name == "FARGATE_SPOT";
}

// Ranges of Base and Weight are the schema's; what it cannot say is how the items relate.
void check(Context& cx) {
  for_each_target_properties(cx.root, [&](const Json& properties, const Place& at) {
    const Json* strategy = array_member(properties, "CapacityProviderStrategy");
    if (!strategy || strategy->Empty()) return;
    const Place strategy_at = at / "CapacityProviderStrategy";
    if (strategy->Size() > kMaxProviders)
      cx.report(strategy_at, fmt::format("CapacityProviderStrategy has {} items; ECS allows at "
                                         "most {} capacity providers in a strategy",
                                         strategy->Size(), kMaxProviders));

    std::map<std::string, size_t, std::less<>> seen;  // provider name -> first item
    std::optional<size_t> first_base;
    std::string fargate, other;  // the first provider of each kind
    size_t weighted = 0, items = 0;
    for_each_item(strategy, strategy_at, [&](const Json& item, const Place& item_at) {
      const size_t i = items++;
      if (!item.IsObject()) return;
      // A weight that is not an integer (a placeholder) may be above zero.
      if (const Json* weight = member(item, "Weight"))
        weighted += !weight->IsInt64() || weight->GetInt64() > 0 ? 1 : 0;
      if (auto base = int_member(item, "Base"); base && *base > 0) {
        if (first_base)
          cx.report(item_at / "Base",
                    fmt::format("Base {} is a second base (CapacityProviderStrategy[{}] has one); "
                                "only one capacity provider in a strategy can have a base",
                                *base, *first_base));
        else
          first_base = i;
      }
      const Json* provider = member(item, "CapacityProvider");
      if (!provider) {
        cx.report(item_at / "CapacityProvider",
                  "capacity provider strategy item has no CapacityProvider; name FARGATE, "
                  "FARGATE_SPOT or a capacity provider of the cluster");
        return;
      }
      auto name = known_string(item, "CapacityProvider");
      if (!name) return;  // placeholder or wrong type
      if (is_blank(*name)) {
        cx.report(item_at / "CapacityProvider", "CapacityProvider is empty");
        return;
      }
      auto [it, inserted] = seen.emplace(std::string(*name), i);
      if (!inserted)
        cx.report(item_at / "CapacityProvider",
                  fmt::format("capacity provider \"{}\" is already listed at "
                              "CapacityProviderStrategy[{}]; each provider may appear once",
                              *name, it->second));
      const bool is_fargate = is_fargate_provider(*name);
      std::string& first = is_fargate ? fargate : other;
      if (!first.empty()) return;
      first = std::string(*name);
      if (!fargate.empty() && !other.empty())  // this item starts the mix
        cx.report(item_at / "CapacityProvider",
                  fmt::format("capacity provider \"{}\" is listed with \"{}\"; a strategy holds "
                              "either Fargate or Auto Scaling group capacity providers, not both",
                              *name, is_fargate ? other : fargate));
    });
    if (items > 1 && weighted == 0)
      cx.report(strategy_at,
                "no capacity provider in the strategy has a Weight above 0; with several "
                "providers at least one needs a weight greater than zero");
  });
}

constexpr Rule kRule = {
    "appspec-capacity-provider-strategy", kAppSpec, Level::error,
    "An AppSpec CapacityProviderStrategy repeats a provider, has two bases, no weight or mixed "
    "kinds",
    R"md(
## Why
`Properties.CapacityProviderStrategy` says where the replacement tasks run. ECS checks a
strategy as a whole, and rejects it when:

- an item has no `CapacityProvider` (it is required), or the same provider is listed twice;
- more than one item has a base: "Only one capacity provider in a capacity provider strategy
  can have a base defined" (a `Base: 0`, as in the CodeDeploy example, is the default and does
  not count);
- there are several providers and none has a `Weight` above 0: "at least one of the capacity
  providers must have a weight value greater than zero" (a missing weight is 0);
- Fargate providers (`FARGATE`, `FARGATE_SPOT`) and Auto Scaling group providers are mixed: a
  capacity provider strategy can contain only one of the two kinds;
- it lists more than 20 providers.

The ranges of `Base` (0–100000) and `Weight` (0–1000) are checked by the schema check.
Placeholder provider names are not checked.

## Bad
```yaml
CapacityProviderStrategy:
  - CapacityProvider: "FARGATE_SPOT"
    Base: 1
    Weight: 0
  - CapacityProvider: "FARGATE"
    Base: 2
```

## Good
```yaml
CapacityProviderStrategy:
  - CapacityProvider: "FARGATE_SPOT"
    Base: 1
    Weight: 2
  - CapacityProvider: "FARGATE"
    Base: 0
    Weight: 1
```

## References
- CodeDeploy User Guide, AppSpec file example for ECS (`CapacityProviderStrategy`):
  https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-example.html
- Amazon ECS API Reference, CapacityProviderStrategyItem (`capacityProvider`, `base`, `weight`)
- Amazon ECS Developer Guide, capacity providers ("A capacity provider strategy can only contain
  Auto Scaling group capacity providers or Fargate capacity providers")
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
