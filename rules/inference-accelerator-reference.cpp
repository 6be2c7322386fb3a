#include <set>
#include <string>

#include "rules/ecs_misc.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (task_level_unknown(cx)) return;  // a container array: the task's accelerators are unknown
  // The accelerators the task declares, and those its containers ask for. A placeholder on either
  // side makes the whole match unknown.
  std::set<std::string, std::less<>> declared, requested;
  bool unknown = false;
  const Json* accelerators = array_member(cx.root, "inferenceAccelerators");
  for_each_item(accelerators, Pointer(), [&](const Json& accelerator, const Place&) {
    auto name = string_member(accelerator, "deviceName");
    if (!name) return;
    if (is_placeholder(*name)) unknown = true;
    declared.emplace(*name);
  });
  for_each_container_item(cx.root, "resourceRequirements",
                          [&](const Json& requirement, const Place&, const Json&, const Place&) {
                            if (string_member(requirement, "type") != "InferenceAccelerator") return;
                            auto value = string_member(requirement, "value");
                            if (!value) return;
                            if (is_placeholder(*value)) unknown = true;
                            requested.emplace(*value);
                          });
  if (unknown) return;
  for_each_container_item(
      cx.root, "resourceRequirements",
      [&](const Json& requirement, const Place& at, const Json&, const Place&) {
        if (string_member(requirement, "type") != "InferenceAccelerator") return;
        auto value = string_member(requirement, "value");
        if (value && !declared.count(*value))
          cx.report(at / "value",
                    fmt::format("inference accelerator \"{}\" is not declared in the task's "
                                "inferenceAccelerators; the value must match a deviceName there",
                                *value));
      });
  for_each_item(accelerators, Pointer() / "inferenceAccelerators",
                [&](const Json& accelerator, const Place& at) {
                  auto name = string_member(accelerator, "deviceName");
                  if (name && !requested.count(*name))
                    cx.report(at / "deviceName",
                              fmt::format("inference accelerator \"{}\" is not requested by any "
                                          "container's resourceRequirements",
                                          *name));
                });
}

constexpr Rule kRule = {
    "inference-accelerator-reference", kTaskDefinition, Level::warning,
    "An inference accelerator and the containers' InferenceAccelerator requirements do not match",
    R"md(
## Why
Amazon Elastic Inference accelerators are declared once per task in `inferenceAccelerators`
(`deviceName`, `deviceType`) and handed to containers through a resource requirement of type
`InferenceAccelerator` whose `value` "matches the `deviceName` for an InferenceAccelerator
specified in a task definition" (ECS API Reference, ResourceRequirement). A container value that
names no declared device, or a declared device that no container requests, is almost surely a
typo or a leftover.

This is a warning, not an error: what ECS does with an unmatched name is not documented. Note also
that Amazon Elastic Inference is no longer offered to new customers (since April 2023), and
CloudFormation marks `InferenceAccelerators` as deprecated. Names holding a template placeholder
make the whole check unknown.

## Bad
```json
{
  "family": "inference",
  "inferenceAccelerators": [{"deviceName": "device_1", "deviceType": "eia2.medium"}],
  "containerDefinitions": [{
    "name": "model", "image": "my-model:1", "memory": 2048,
    "resourceRequirements": [{"type": "InferenceAccelerator", "value": "device1"}]
  }]
}
```

## Good
```json
{
  "family": "inference",
  "inferenceAccelerators": [{"deviceName": "device_1", "deviceType": "eia2.medium"}],
  "containerDefinitions": [{
    "name": "model", "image": "my-model:1", "memory": 2048,
    "resourceRequirements": [{"type": "InferenceAccelerator", "value": "device_1"}]
  }]
}
```

## References
- Amazon ECS API Reference: InferenceAccelerator, ResourceRequirement,
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_InferenceAccelerator.html
- Amazon ECS Developer Guide: Working with inference models on Amazon ECS (Elastic Inference)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
