#include <string>

#include "rules/ecs_fargate.hpp"

namespace ecslint {
namespace {

// The task's container names, quoted and comma-separated, for the message.
std::string container_names(const Json& task) {
  std::string names;
  for_each_container(task, [&](const Json& container, const Place&) {
    if (auto name = string_member(container, "name"))
      names += fmt::format("{}\"{}\"", names.empty() ? "" : ", ", *name);
  });
  return names;
}

void check(Context& cx) {
  const Json* proxy = object_member(cx.root, "proxyConfiguration");
  if (!proxy) return;
  auto name = known_string(*proxy, "containerName");
  if (!name || find_container(cx.root, *name)) return;
  std::string names = container_names(cx.root);
  cx.report(Pointer() / "proxyConfiguration" / "containerName",
            fmt::format("proxy container \"{}\" is not defined in this task definition; {}", *name,
                        names.empty() ? "it has no named containers"
                                      : "its containers are " + names));
}

constexpr Rule kRule = {
    "proxy-configuration-container", kTaskDefinition, Level::error,
    "proxyConfiguration.containerName names no container of the task definition",
    R"md(
## Why
`proxyConfiguration` turns on App Mesh traffic redirection: the CNI plugin routes the task's
traffic through the proxy container named by `containerName` (usually the Envoy sidecar). That
container must be one of the task definition's `containerDefinitions`: a name that matches none
leaves the task with a proxy configuration and no proxy to send its traffic to. A typical cause
is renaming the sidecar (`envoy` → `envoy-proxy`) in one place only, or copying
`proxyConfiguration` into a task definition that has no Envoy container. Names that hold a
template placeholder are not checked.

## Bad
```json
{"family": "color", "networkMode": "awsvpc",
 "proxyConfiguration": {"type": "APPMESH", "containerName": "envoy",
   "properties": [{"name": "IgnoredUID", "value": "1337"}, {"name": "AppPorts", "value": "8080"},
                  {"name": "ProxyIngressPort", "value": "15000"},
                  {"name": "ProxyEgressPort", "value": "15001"}]},
 "containerDefinitions": [{"name": "app", "image": "example/color:1.0", "memory": 256}]}
```

## Good
Add the Envoy container (named `envoy`, running as user 1337) to `containerDefinitions`, or
point `containerName` at the proxy container the task has.

## References
- Amazon ECS API Reference: ProxyConfiguration.containerName ("The name of the container that
  will serve as the App Mesh proxy.")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ProxyConfiguration.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
