#include "rules/rule.hpp"

namespace ecslint {
namespace {

// Off by default (Level::none): enable with `--enable unused-suppression` or
// `rules: {unused-suppression: warning}` in .ecslint.yaml.
constexpr Rule kRule = {
    "unused-suppression", kAnyKind, Level::none,
    "A suppression comment or config `ignore:` entry silences nothing (off by default)",
    R"md(
## Why
A suppression outlives the problem it was written for: the value gets fixed, the node moves, the
rule is renamed. A stale suppression then hides the next real finding at that place without anyone
deciding so. This rule reports each rule id of a `# ecslint: ignore[...]` or `ignore-file[...]`
comment that suppressed no finding, and each `ignore:` entry of `.ecslint.yaml` whose path matched
a linted file but that suppressed nothing there (entries for files not linted in this run are not
reported, so linting a few changed files in a pre-commit hook raises no false alarms).
It is off by default, like ruff's RUF100: turn it on with `--enable unused-suppression` or
`rules: {unused-suppression: warning}` to keep suppressions tidy in CI.

## Bad
```yaml
# healthCheck was removed, but the comment stayed
containerDefinitions:
  - name: web   # ecslint: ignore[healthcheck-range] legacy interval
    image: nginx:1.27
```

## Good
```yaml
containerDefinitions:
  - name: web
    image: nginx:1.27
```

## References
- ruff, RUF100 unused-noqa, https://docs.astral.sh/ruff/rules/unused-noqa/
- ecslint README, "Configuration and suppression"
)md",
    nullptr};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
