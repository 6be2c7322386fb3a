#include <cctype>
#include <string>

#include "rules/ecs_task.hpp"

namespace ecslint {
namespace {

// Members whose strings a shell runs: `$HOME` or `${PORT:-80}` there are shell variables,
// expanded inside the container, and `<html>` is text being echoed, not placeholders.
bool is_shell_text(std::string_view owner) { return owner == "command" || owner == "entryPoint"; }

bool is_lower_word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// `text` without what only looks like a placeholder: Docker log tag templates (`{{.Name}}`,
// `{{ index .ContainerLabels "x" }}`), which Docker expands itself, and, in shell text, shell
// variables (`$NAME`, `${...}`) and lower-case HTML tags (`<title>`).
std::string without_lookalikes(std::string_view text, bool shell) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    std::string_view rest = text.substr(i);
    if (rest.substr(0, 2) == "{{") {
      size_t inner = rest.find_first_not_of(' ', 2);
      size_t close = rest.find("}}");
      if (close != std::string_view::npos && inner != std::string_view::npos &&
          (rest[inner] == '.' || rest.substr(inner, 7) == "index .")) {
        i += close + 1;
        continue;
      }
    }
    if (shell && rest.size() > 2 && rest[0] == '$' && rest[1] == '{') {
      size_t close = rest.find('}');
      if (close != std::string_view::npos) {
        i += close;
        continue;
      }
    }
    if (shell && rest.size() > 1 && rest[0] == '$' &&
        (std::isalpha(static_cast<unsigned char>(rest[1])) || rest[1] == '_')) {
      size_t end = 1;
      while (end < rest.size() && (std::isalnum(static_cast<unsigned char>(rest[end])) || rest[end] == '_'))
        ++end;
      i += end - 1;
      continue;
    }
    if (shell && rest.size() > 2 && rest[0] == '<' && rest[1] >= 'a' && rest[1] <= 'z') {
      size_t end = 1;
      while (end < rest.size() && is_lower_word_char(rest[end])) ++end;
      if (end < rest.size() && rest[end] == '>') {
        i += end;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

bool holds_placeholder(std::string_view text, std::string_view owner) {
  return is_placeholder(text) && is_placeholder(without_lookalikes(text, is_shell_text(owner)));
}

void check(Context& cx) {
  size_t count = 0;
  Pointer first;
  std::string first_text;
  for_each_string(cx.root, Pointer(), "", [&](std::string_view text, const Place& at, std::string_view owner) {
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
    cx.report(first, fmt::format("\"{}\" and {} more {} are template placeholders, so ecslint "
                                 "did not check them; lint the rendered file for a full check",
                                 first_text, count - 1, count == 2 ? "value" : "values"));
}

constexpr Rule kRule = {
    "unresolved-placeholder", kTaskDefinition | kService | kAppSpec | kOptIn, Level::note,
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
a shell, so `$HOME` or `${PORT:-80}` there count as shell variables, and `<title>` as HTML being
echoed, not placeholders; Docker log tag templates such as `{{.Name}}` are expanded by Docker
and are not placeholders either.

This rule is **opt-in**: it fires on most real task definitions, so it is off until you turn it on with `--enable unresolved-placeholder` (or `--enable all`), or give it a level in `.ecslint.yaml` (`rules: {unresolved-placeholder: note}`).

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
