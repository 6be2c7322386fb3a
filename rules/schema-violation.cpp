#include "rules/rule.hpp"

namespace ecslint {
namespace {

constexpr Rule kRule = {
    "schema-violation", kAnyKind, Level::error,
    "A member is unknown, missing, of the wrong JSON type or not an allowed value",
    R"md(
## Why
Before a request reaches ECS, the AWS CLI and SDKs validate it against the service's API model:
an unknown member ("Unknown parameter in input"), a missing required member, a value of the wrong
JSON type ("Invalid type for parameter containerDefinitions[0].memory, value: 256, type: <class
'str'>, valid types: <class 'int'>") or a value outside an enumeration is rejected outright.
ecslint checks task definitions and services against JSON Schemas generated from the ECS API model
(RegisterTaskDefinition and CreateService input), and AppSpecs against a schema written from the
CodeDeploy AppSpec reference. In the API form, task-level `cpu` and `memory` are strings, while
container-level `cpu`, `memory`, `memoryReservation` and ports are integers; `null` is never
accepted. An unknown member gets a did-you-mean suggestion. Values holding a template placeholder
are not checked.

## Bad
```json
{
  "family": "web",
  "cpu": 256,
  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": "512",
                            "memoryReservaton": 256}]
}
```

## Good
```json
{
  "family": "web",
  "cpu": "256",
  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512,
                            "memoryReservation": 256}]
}
```

## References
- Amazon ECS API Reference: RegisterTaskDefinition, CreateService (request syntax and types)
- AWS SDK model for ECS (`ecs-2014-11-13`), Apache-2.0
- CodeDeploy AppSpec file structure for Amazon ECS deployments
)md",
    nullptr};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
