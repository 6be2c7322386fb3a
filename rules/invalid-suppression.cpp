#include "rules/rule.hpp"

namespace ecslint {
namespace {

constexpr Rule kRule = {
    "invalid-suppression", kAnyKind, Level::warning,
    "A `# ecslint:` suppression comment is malformed or names an unknown rule",
    R"md(
## Why
A suppression comment that ecslint cannot read silences nothing, so the finding it was meant to
hide still shows, or worse, a typo in a rule id hides the wrong thing later. ecslint reads
`# ecslint: ignore[rule-id] reason` (at the end of a line: the node that starts on that line and
everything below it; on its own line directly above a node: that node and everything below it)
and `# ecslint: ignore-file[rule-id] reason` (before the first node: the whole file). Several ids
are separated by commas; `all` silences every rule but hides future findings too, so prefer ids.
This rule reports a comment that starts with `# ecslint:` but has no `[...]`, an unknown
directive, an empty or unclosed id list, an unknown rule id, an `ignore-file` after the first node,
and an `ignore` that has no node to cover. JSON files cannot carry comments: use the `ignore:` list
of `.ecslint.yaml` for them.

## Bad
```yaml
containerDefinitions:
  - name: web   # ecslint: ignore healthcheck-range
    image: nginx:1.27
```

## Good
```yaml
containerDefinitions:
  - name: web   # ecslint: ignore[healthcheck-range] interval set by the platform team
    image: nginx:1.27
```

## References
- ecslint README, "Configuration and suppression"
- ruff, "Error suppression" (`# noqa`, `# ruff: ignore[...]`), https://docs.astral.sh/ruff/linter/#error-suppression
)md",
    nullptr};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
