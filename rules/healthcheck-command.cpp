#include "rules/ecs.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    const Json* health = object_member(container, "healthCheck");
    if (!health) return;
    const Json* command = array_member(*health, "command");
    if (!command) return;
    const Pointer command_at = at / "healthCheck" / "command";
    if (command->Empty()) {
      cx.report(command_at, "health check command is empty; start it with \"CMD\" or \"CMD-SHELL\"");
      return;
    }
    const Json& first = (*command)[0];
    if (!first.IsString() || is_placeholder(first.GetString())) return;
    std::string_view kind(first.GetString(), first.GetStringLength());
    if (kind == "CMD" || kind == "CMD-SHELL") return;
    if (kind == "NONE") {
      cx.report(command_at / 0, "\"NONE\" is not documented for ECS health checks; remove "
                                "`healthCheck` to run the container without one");
      return;
    }
    cx.report(command_at / 0,
              fmt::format("health check command starts with \"{}\"; ECS expects \"CMD\" or "
                          "\"CMD-SHELL\" first",
                          kind));
  });
}

constexpr Rule kRule = {
    "healthcheck-command", kTaskDefinition, Level::warning,
    "A container health check command does not start with CMD or CMD-SHELL",
    R"md(
## Why
The ECS API documents `healthCheck.command` as a string array that "must start with CMD to run
the command arguments directly, or CMD-SHELL to run the command with the container's default
shell", for example `["CMD-SHELL", "curl -f http://localhost/ || exit 1"]`. Docker reads the
first item as the kind of check (`CMD`, `CMD-SHELL`, or `NONE` for no check) and runs no probe for
a kind it does not know, so `["curl -f http://localhost/"]` or
`["CMD-SHELL curl -f http://localhost/"]` most likely leaves the container without a working
health check, and a `dependsOn` condition `HEALTHY` or a service waiting for health may never be
satisfied. An empty array gives no check at all.

This is a warning, not an error: ECS registers such task definitions (the ECS agent's own
functional tests use `["powershell", "-c", "..."]` on Windows), AWS has documented the command
differently over time (older guides said CMD is assumed when neither is given), and `NONE` is
not documented for ECS at all. To run a container without a health check, leave `healthCheck`
out.

## Bad
```json
{"name": "web", "image": "nginx:1.27",
 "healthCheck": {"command": ["curl -f http://localhost/ || exit 1"]}}
```

## Good
```json
{"name": "web", "image": "nginx:1.27",
 "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]}}
```

## References
- Amazon ECS API Reference, HealthCheck `command`:
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html
- Docker Engine API, container create: `Healthcheck.Test` (`NONE`, `CMD`, `CMD-SHELL`)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
