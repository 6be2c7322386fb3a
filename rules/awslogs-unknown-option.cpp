#include <algorithm>
#include <string>
#include <vector>

#include "rules/ecs_logging.hpp"

namespace ecslint {
namespace {

// The options ECS documents for awslogs, then those the Docker awslogs driver also accepts
// (ECS passes options through to Docker), then the options Docker reads for every driver.
constexpr std::string_view kKnown[] = {
    "awslogs-create-group", "awslogs-datetime-format", "awslogs-endpoint", "awslogs-group",
    "awslogs-multiline-pattern", "awslogs-region", "awslogs-stream-prefix",
    "awslogs-create-stream", "awslogs-credentials-endpoint", "awslogs-force-flush-interval-seconds",
    "awslogs-format", "awslogs-max-buffered-events", "awslogs-stream", "tag",
    "mode", "max-buffer-size"};

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1] ? 1 : 0)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// The known option closest to `key`, when it is close enough to be a typo.
std::optional<std::string_view> suggestion(std::string_view key) {
  std::optional<std::string_view> best;
  size_t best_distance = 3;  // at most two edits away
  for (std::string_view known : kKnown) {
    size_t d = edit_distance(key, known);
    if (d < best_distance) best_distance = d, best = known;
  }
  return best;
}

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    if (log_driver(container) != "awslogs") return;
    const Json* options = log_options(container);
    if (!options) return;
    for (const auto& option : options->GetObject()) {
      std::string_view key(option.name.GetString(), option.name.GetStringLength());
      if (std::find(std::begin(kKnown), std::end(kKnown), key) != std::end(kKnown)) continue;
      if (is_placeholder(key)) continue;
      const Pointer key_at = at / "logConfiguration" / "options" / key;
      if (auto close = suggestion(key))
        cx.report_key(key_at, fmt::format("`{}` is not an awslogs option; did you mean `{}`?", key,
                                          *close));
      else
        cx.report_key(key_at, fmt::format("`{}` is not an awslogs option; the awslogs driver "
                                          "refuses unknown options",
                                          key));
    }
  });
}

constexpr Rule kRule = {
    "awslogs-unknown-option", kTaskDefinition, Level::warning,
    "An awslogs log configuration has an option the awslogs driver does not know",
    R"md(
## Why
ECS hands the `options` of an `awslogs` log configuration to the Docker awslogs driver (after
turning `awslogs-stream-prefix` into a stream name). Docker checks them when it creates the
container and refuses an option it does not know ("unknown log opt ... for awslogs log driver"),
so a misspelt option such as `awslogs-groups` stops the container from starting. ECS itself does
not check them when the task definition is registered.

Known options: the ones ECS documents (`awslogs-create-group`, `awslogs-datetime-format`,
`awslogs-endpoint`, `awslogs-group`, `awslogs-multiline-pattern`, `awslogs-region`,
`awslogs-stream-prefix`, `mode`, `max-buffer-size`) and the ones the Docker driver adds
(`awslogs-create-stream`, `awslogs-credentials-endpoint`, `awslogs-force-flush-interval-seconds`,
`awslogs-format`, `awslogs-max-buffered-events`, `awslogs-stream`, `tag`). The list of Docker's
options grows with Docker versions and the ECS agent may add its own, so this is a warning.

## Bad
```json
{"logDriver": "awslogs",
 "options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1",
             "awslogs-stream-prefx": "web"}}
```

## Good
```json
{"logDriver": "awslogs",
 "options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1",
             "awslogs-stream-prefix": "web"}}
```

## References
- Amazon ECS API Reference: LogConfiguration.options
- Docker documentation: Amazon CloudWatch Logs logging driver (awslogs options)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
