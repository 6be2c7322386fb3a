#include "rules/rule.hpp"

namespace ecslint {
namespace {

constexpr Rule kRule = {
    "parse-error", kAnyKind, Level::error, "The file is not valid JSON or YAML",
    R"md(
## Why
ECS, the AWS CLI (`--cli-input-json` / `--cli-input-yaml`) and CodeDeploy all refuse a file they
cannot parse, so nothing else in it can be checked. ecslint reports the first syntax error at its
line and column: a missing comma or brace, a trailing comma, an unterminated string, invalid UTF-8,
a tab in YAML indentation, nesting deeper than 128 levels, an empty file, several YAML documents
in one file, or YAML aliases that expand past a size limit (an "alias bomb"). YAML merge keys
(`<<: *base`) are applied, as the AWS CLI's YAML reader does.
When the problem is an unquoted template placeholder (`{{ must_env "X" }}`, `${PORT}`,
`<IMAGE1_NAME>`), the message says so: lint the rendered file, or quote the placeholder.

## Bad
```json
{
  "family": "web"
  "containerDefinitions": []
}
```

## Good
```json
{
  "family": "web",
  "containerDefinitions": []
}
```

## References
- RFC 8259, The JavaScript Object Notation (JSON) Data Interchange Format
- YAML 1.2.2 specification, https://yaml.org/spec/1.2.2/
- AWS CLI: "Error parsing parameter '--cli-input-json': Invalid JSON"
)md",
    nullptr};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
