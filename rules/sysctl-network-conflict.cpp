#include <map>

#include "rules/ecs_volumes.hpp"

namespace ecslint {
namespace {

struct Setting {
  std::string value;
  std::string container;  // the container that set it, "" when its name is not known
};

void check(Context& cx) {
  // In host mode ECS supports no net.* parameters at all (sysctl-namespace reports them).
  if (network_mode(cx.root) != "awsvpc") return;
  std::map<std::string, Setting, std::less<>> earlier;  // set by the containers before this one
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    std::string container_name(known_string(container, "name").value_or(""));
    std::map<std::string, Setting, std::less<>> own;
    for_each_item(array_member(container, "systemControls"), at / "systemControls",
                  [&](const Json& control, const Place& control_at) {
                    auto name = known_string(control, "namespace");
                    auto value = known_string(control, "value");
                    if (!name || !value || name->substr(0, 4) != "net.") return;
                    own.emplace(std::string(*name), Setting{std::string(*value), container_name});
                    auto other = earlier.find(*name);
                    if (other == earlier.end() || other->second.value == *value) return;
                    cx.report(control_at / "value",
                              fmt::format("{} is \"{}\" here but \"{}\" in container \"{}\"; with "
                                          "networkMode \"awsvpc\" the containers share one network "
                                          "namespace and the one started last decides",
                                          *name, *value, other->second.value,
                                          other->second.container));
                  });
    earlier.merge(own);
  });
}

constexpr Rule kRule = {
    "sysctl-network-conflict", kTaskDefinition, Level::warning,
    "Containers of an awsvpc task set the same net.* sysctl to different values",
    R"md(
## Why
With `networkMode: "awsvpc"` (always the case on Fargate) all containers of a task share one
network namespace, so a `net.*` parameter in `systemControls` applies to every container of the
task, whichever container sets it. When several containers set the same parameter to different
values, the container that starts last silently wins, and which one that is depends on startup
order. AWS recommends against setting network `systemControls` in several containers of an
`awsvpc` task. Set each `net.*` parameter in one container only (or to the same value
everywhere).

With `networkMode: "host"`, network parameters are not supported at all; `sysctl-namespace`
reports them.

## Bad
```json
{
  "family": "web",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 256,
     "systemControls": [{"namespace": "net.core.somaxconn", "value": "4096"}]},
    {"name": "sidecar", "image": "public.ecr.aws/docker/library/busybox:stable", "memory": 64,
     "systemControls": [{"namespace": "net.core.somaxconn", "value": "128"}]}
  ]
}
```

## Good
```json
{
  "family": "web",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 256,
     "systemControls": [{"namespace": "net.core.somaxconn", "value": "4096"}]},
    {"name": "sidecar", "image": "public.ecr.aws/docker/library/busybox:stable", "memory": 64}
  ]
}
```

## References
- Amazon ECS API Reference: SystemControl ("For tasks that use the awsvpc network mode including
  Fargate, if you set systemControls for any container, it applies to all containers in the task.
  If you set different systemControls for multiple containers in a single task, the container
  that's started last determines which systemControls take effect.")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_SystemControl.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
