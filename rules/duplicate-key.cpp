#include "rules/rule.hpp"

namespace ecslint {
namespace {

constexpr Rule kRule = {
    "duplicate-key", kAnyKind, Level::warning, "The same key appears twice in one object",
    R"md(
## Why
JSON and YAML parsers disagree on duplicate keys. The AWS CLI's parser (Python's `json`) keeps the
last value and silently drops the earlier one, so the value you read first in the file is not the
one AWS gets. ecslint does what the AWS CLI does: it checks the last value and reports the key,
with the dropped occurrence as a related location.

## Bad
```json
{
  "family": "web",
  "cpu": "256",
  "cpu": "512",
  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
}
```

## Good
```json
{
  "family": "web",
  "cpu": "512",
  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
}
```

## References
- RFC 8259 §4: "The names within an object SHOULD be unique."
- YAML 1.2.2 §3.2.1.1: mapping keys are unique.
)md",
    nullptr};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
