#include "rules/ecs_logging.hpp"

namespace ecslint {
namespace {

// Where ECS writes the configuration it generates for the router.
constexpr std::string_view kGenerated[] = {"/fluent-bit/etc/fluent-bit.conf", "/fluentd/etc/fluent.conf"};

void check(Context& cx) {
  for (const FirelensUse::Router& router : firelens_use(cx.root).routers) {
    const Json* options = object_member(*object_member(*router.container, "firelensConfiguration"), "options");
    if (!options || known_string(*options, "config-file-type") != "file") continue;
    auto path = known_string(*options, "config-file-value");
    if (!path) continue;
    for (std::string_view generated : kGenerated)
      if (*path == generated)
        cx.report(router.at / "firelensConfiguration" / "options" / "config-file-value",
                  fmt::format("config-file-value \"{}\" is the file ECS generates for the log "
                              "router; put your configuration in a file of its own",
                              *path));
  }
}

constexpr Rule kRule = {
    "firelens-config-file-path", kTaskDefinition, Level::error,
    "A FireLens custom configuration file overwrites the configuration ECS generates",
    R"md(
## Why
ECS generates the log router's main configuration from the task definition and writes it to
`/fluent-bit/etc/fluent-bit.conf` (Fluent Bit) or `/fluentd/etc/fluent.conf` (Fluentd). A
custom configuration (`config-file-type: file`) is added to that generated file, and the ECS
Developer Guide says its path must not be one of those two: the two files would collide, and
the router would not run the configuration you wrote.

## Bad
```json
{"firelensConfiguration": {"type": "fluentbit",
                           "options": {"config-file-type": "file",
                                       "config-file-value": "/fluent-bit/etc/fluent-bit.conf"}}}
```

## Good
```json
{"firelensConfiguration": {"type": "fluentbit",
                           "options": {"config-file-type": "file",
                                       "config-file-value": "/fluent-bit/configs/extra.conf"}}}
```

## References
- Amazon ECS Developer Guide: Example Amazon ECS task definition: Route logs to FireLens
  (firelens-taskdef, custom configuration file)
- Amazon ECS API Reference: FirelensConfiguration.options
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
