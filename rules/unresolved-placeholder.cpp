#include <cctype>
#include <string>

#include "rules/ecs_task.hpp"

namespace ecslint {
namespace {

// Members whose strings a shell runs: `$HOME` or `${PORT:-80}` there are shell variables,
// expanded inside the container, not template placeholders.
bool is_shell_text(std::string_view owner) { return owner == "command" || owner == "entryPoint"; }

// The text without shell variables ($NAME, ${...}).
std::string without_shell_variables(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '$' && i + 1 < text.size() && text[i + 1] == '{') {
      size_t close = text.find('}', i + 2);
      if (close != std::string_view::npos) {
        i = close;
        continue;
      }
    }
    if (text[i] == '$' && i + 1 < text.size() &&
        (std::isalpha(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '_')) {
      ++i;
      while (i + 1 < text.size() &&
             (std::isalnum(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '_'))
        ++i;
      continue;
    }
    out += text[i];
  }
  return out;
}

bool holds_placeholder(std::string_view text, std::string_view owner) {
  if (!is_placeholder(text)) return false;
  return !is_shell_text(owner) || is_placeholder(without_shell_variables(text));
}

void check(Context& cx) {
  size_t count = 0;
  Pointer first;
  std::string first_text;
  for_each_string(cx.root, Pointer(), "", [&](std::string_view text, const Pointer& at, std::string_view owner) {
    if (!holds_placeholder(text, owner)) return;
    if (count++ == 0) {
      first = at;
      first_text = text.size() > 40 ? std::string(text.substr(0, 37)) + "..." : std::string(text);
    }
  });
  if (count == 0) return;
  if (count == 1)
    cx.report(first, fmt::format("\"{}\" is a template placeholder, so ecslint did not check this "
                                 "value; lint the rendered file for a full check",
                                 first_text));
  else
    cx.report(first, fmt::format("\"{}\" and {} more values are template placeholders, so ecslint "
                                 "did not check them; lint the rendered file for a full check",
                                 first_text, count - 1));
}

constexpr Rule kRule = {
    "unresolved-placeholder", kTaskDefinition | kService | kAppSpec, Level::note,
    "The file holds template placeholders, so some values were not checked",
    R"md(
## Why
Many ECS files in repositories are templates: ecspresso's `{{ must_env "IMAGE" }}`, Terraform
and envsubst `${VAR}`, sed `@VAR@`, jq `$VAR`, the ECS agent's `$$$VAR$$$`, and CodePipeline's
`<IMAGE1_NAME>` (in `taskdef.json`) and `<TASK_DEFINITION>` (in `appspec.yaml`), which the
CodePipeline "Amazon ECS (Blue/Green)" deploy action replaces with the image URI and the new task
definition ARN. A value holding a placeholder is unknown until it is rendered, so ecslint runs no
enum, pattern, range or cross-reference check on it.

This note says so once per file, at the first placeholder, with the number of values involved,
so that a clean result on a template is not mistaken for a clean result on what gets deployed.
Registered as-is, a placeholder fails or misbehaves: a literal `$IMAGE_NAME` as an image gives
"Container.image contains invalid characters." Strings in `command` and `entryPoint` are run by
a shell, so `$HOME` or `${PORT:-80}` there count as shell variables, not placeholders.

## Bad
```json
{
  "family": "web",
  "containerDefinitions": [{"name": "web", "image": "<IMAGE1_NAME>", "memory": 512}]
}
```

## Good
Lint the rendered file (for ecspresso, `ecspresso render taskdef`; for Terraform, the
`templatefile()` output), or accept the note for the template.
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "111122223333.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2", "memory": 512}
  ]
}
```

## References
- AWS CodePipeline User Guide, Amazon ECS and CodeDeploy blue/green deploy action reference
  (`<IMAGE1_NAME>` in taskdef.json, `<TASK_DEFINITION>` in appspec.yaml)
- Shippable/support#3094: "Container.image contains invalid characters."
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
