#include "rules/ecs_misc.hpp"

namespace ecslint {
namespace {

void check_value(Context& cx, std::string_view type, const Json& requirement, const Place& at) {
  auto value = known_string(requirement, "value");
  if (!value) return;
  if (type == "GPU" && !is_positive_integer(*value) && *value != "ALL")
    cx.report(at / "value", fmt::format("GPU value \"{}\" is not a GPU count; use a positive whole "
                                        "number such as \"1\", or \"ALL\"",
                                        *value));
  if (type == "NeuronDevice" && *value != "ALL")
    cx.report(at / "value",
              fmt::format("NeuronDevice value \"{}\" is not allowed; the only value is \"ALL\"",
                          *value));
}

void check(Context& cx) {
  bool neuron_seen = false;
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    bool neuron_here = false;
    for_each_item(array_member(container, "resourceRequirements"), at / "resourceRequirements",
                  [&](const Json& requirement, const Place& item_at) {
                    auto type = known_string(requirement, "type");
                    if (!type) return;
                    check_value(cx, *type, requirement, item_at);
                    if (*type != "NeuronDevice") return;
                    if (neuron_seen && !neuron_here)
                      cx.report(item_at / "type",
                                "only one container in a task may request NeuronDevice resources");
                    neuron_here = true;
                  });
    neuron_seen = neuron_seen || neuron_here;
  });
}

constexpr Rule kRule = {
    "resource-requirement-value", kTaskDefinition, Level::error,
    "A GPU or NeuronDevice resource requirement has a value ECS does not accept",
    R"md(
## Why
`resourceRequirements[].value` is a string whose meaning depends on `type` (ECS API Reference,
ResourceRequirement):

- `GPU`: the number of physical GPUs the agent reserves for the container, a positive whole
  number written as a string (`"1"`, `"4"`), or `"ALL"` for every GPU on the instance. `"0"`,
  `"-1"`, `"1.5"` or `"two"` reserve nothing sensible.
- `NeuronDevice`: the value must be `"ALL"`, and only one container in a task can specify
  `NeuronDevice` resources.

`InferenceAccelerator` values name an `inferenceAccelerators[].deviceName` and are checked by
`inference-accelerator-reference`; GPUs on Fargate are reported by
`fargate-unsupported-parameter`. A GPU requirement may omit `value` when it sets a
`sharingStrategy`; values holding a template placeholder are skipped.

## Bad
```json
{"name": "train", "image": "my-training:1", "memory": 8192,
 "resourceRequirements": [{"type": "GPU", "value": "0"}]}
```

## Good
```json
{"name": "train", "image": "my-training:1", "memory": 8192,
 "resourceRequirements": [{"type": "GPU", "value": "1"}]}
```

## References
- Amazon ECS API Reference: ResourceRequirement (`type`, `value`),
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ResourceRequirement.html
- Amazon ECS Developer Guide: Amazon ECS task definitions for GPU workloads
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
