#include <cctype>

#include "rules/ecs_logging.hpp"

namespace ecslint {
namespace {

// Docker's size syntax (go-units RAMInBytes): digits, optional fraction, optional space, then an
// optional unit letter k/m/g/t/p, optional "i", optional "b", all case-insensitive.
bool is_size(std::string_view text) {
  size_t i = 0;
  auto digits = [&] {
    size_t start = i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    return i > start;
  };
  if (!digits()) return false;
  while (i < text.size() && text[i] == '.') {
    ++i;
    if (!digits()) return false;
  }
  if (i < text.size() && text[i] == ' ') ++i;
  auto accept = [&](std::string_view letters) {
    if (i < text.size() && letters.find(text[i]) != std::string_view::npos) ++i;
  };
  accept("kKmMgGtTpP");
  accept("iI");
  accept("bB");
  return i == text.size();
}

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    const Json* options = docker_log_options(container);
    if (!options) return;
    const Pointer options_at = at / "logConfiguration" / "options";
    auto mode = known_string(*options, "mode");
    // Docker reads an empty mode as no mode at all.
    if (mode && !mode->empty() && *mode != "blocking" && *mode != "non-blocking")
      cx.report(options_at / "mode", fmt::format("log mode \"{}\" is not valid; use \"blocking\" or "
                                                 "\"non-blocking\"",
                                                 *mode));
    auto size = known_string(*options, "max-buffer-size");
    if (!size) return;
    if (!is_size(*size))
      cx.report(options_at / "max-buffer-size",
                fmt::format("max-buffer-size \"{}\" is not a size; write a number with an "
                            "optional unit, such as \"25m\"",
                            *size));
    else if (mode == "blocking")
      cx.report(options_at / "max-buffer-size", "max-buffer-size only works with mode "
                                                "\"non-blocking\", but mode is \"blocking\"");
  });
}

constexpr Rule kRule = {
    "log-mode", kTaskDefinition, Level::error,
    "A log configuration's mode or max-buffer-size option has a value Docker refuses",
    R"md(
## Why
`mode` and `max-buffer-size` are log options that Docker reads for every log driver. Docker
refuses to create the container ("logger: logging mode not supported", "error parsing option
max-buffer-size", "max-buffer-size option is only supported with 'mode=non-blocking'") when:

- `mode` is neither `blocking` nor `non-blocking` (the values are lower case);
- `max-buffer-size` is not a size: a number with an optional unit `k`, `m`, `g`, `t` or `p`
  (optionally followed by `i` and/or `b`), such as `25m` or `4MiB`;
- `max-buffer-size` is set while `mode` is `blocking`. Without a `mode`, ECS uses the account's
  default log driver mode, which is `non-blocking` since June 2025, so that case is not reported.

Options of the `awsfirelens` driver configure the log router's output plugin instead (Fluent
Bit's own `mode` means something else), so they are not checked.

## Bad
```json
{"logDriver": "awslogs",
 "options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1",
             "mode": "non_blocking", "max-buffer-size": "25 megabytes"}}
```

## Good
```json
{"logDriver": "awslogs",
 "options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1",
             "mode": "non-blocking", "max-buffer-size": "25m"}}
```

## References
- Amazon ECS API Reference: LogConfiguration.options (mode, max-buffer-size)
- Amazon ECS API Reference: PutAccountSettingDefault, setting defaultLogDriverMode
- Docker documentation: Configure logging drivers, "Configure the delivery mode of log messages"
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
