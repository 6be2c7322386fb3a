#include "rules/ecs_fargate.hpp"

namespace ecslint {
namespace {

// "root", "0", or either followed by ":group".
bool is_root(std::string_view user) {
  std::string_view name = user.substr(0, user.find(':'));
  return name == "root" || name == "0";
}

void check(Context& cx) {
  auto mode = known_string(cx.root, "networkMode");
  if (!mode || *mode != "host") return;
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    // AWS Config accepts privileged containers here: they are an explicit, reviewed choice
    // (and reported on their own by peers).
    auto privileged = bool_member(container, "privileged");
    if (privileged && *privileged) return;
    const Json* user = member(container, "user");
    if (!user) {
      cx.report(at, "this container runs as root (no `user`) in the host network mode; set a "
                    "non-root `user`");
      return;
    }
    auto name = known_string(container, "user");
    if (name && is_root(*name))
      cx.report(at / "user", fmt::format("user \"{}\" is root in the host network mode; set a "
                                         "non-root `user`",
                                         *name));
  });
}

constexpr Rule kRule = {
    "host-network-root-user", kTaskDefinition, Level::note,
    "A container in a host-network task runs as root",
    R"md(
## Why
In the `host` network mode a container shares the container instance's network stack. Running it
as root there gives a compromised process root's powers over the host's network: binding
privileged ports, sniffing with raw sockets and, with added capabilities, changing interfaces or
routes. Set `user` to a non-root user or UID for every container of a host-mode task.
`"user": "root"`, `"0"` or `"0:0"` and a missing `user` (most images default to root) are
reported. Following the AWS Config rule, containers with `"privileged": true` are not reported
here (privileged containers are a separate, explicit decision). Users that hold a template
placeholder are not checked.

## Bad
```json
{"family": "agent", "networkMode": "host",
 "containerDefinitions": [{"name": "agent", "image": "example/agent:1.0", "memory": 256}]}
```

## Good
```json
{"family": "agent", "networkMode": "host",
 "containerDefinitions": [{"name": "agent", "image": "example/agent:1.0", "memory": 256,
                           "user": "1000:1000"}]}
```

## References
- Amazon ECS API Reference: ContainerDefinition.user; RegisterTaskDefinition.networkMode
- AWS Config rule ecs-task-definition-user-for-host-mode-check
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
