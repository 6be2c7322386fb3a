#include "rules/ecs_ports.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  std::string_view mode = network_mode(cx.root);
  // "" is unknown; "default" is Windows, which has no links at all (a Windows rule's business);
  // on Fargate, fargate-unsupported-parameter already reports links.
  if (mode.empty() || mode == "bridge" || mode == "default" || fargate_applies(cx.root)) return;
  for_each_container_using(cx.root, "links", [&](const Json&, const Place& at) {
    cx.report_key(at, fmt::format("links are not supported when networkMode={}; only the bridge "
                                  "network mode supports them",
                                  mode));
  });
}

constexpr Rule kRule = {
    "links-network-mode", kTaskDefinition, Level::error,
    "A container uses links although the task's network mode is not bridge",
    R"md(
## Why
Docker links connect containers on the default bridge network, so ECS supports `links` only when
the task's network mode is `bridge`. With `awsvpc` ECS rejects the task definition: "Links are not
supported when networkMode=awsvpc." With `awsvpc` or `host` the containers of a task share one
network namespace and reach each other on `localhost`, so links are not needed; with `none` there
is no network to link over.

An empty `links` list is not reported (console exports are full of them). On Fargate the rule
stays silent, since `fargate-unsupported-parameter` already reports `links` there; Windows
containers, which do not support links in any mode, are also left to other rules.

## Bad
```json
{
  "family": "web",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 256, "links": ["app"]},
    {"name": "app", "image": "example/app:1.0", "memory": 256}
  ]
}
```

## Good
```json
{
  "family": "web",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 256},
    {"name": "app", "image": "example/app:1.0", "memory": 256}
  ]
}
```
(`web` reaches `app` on `localhost`.)

## References
- Amazon ECS API Reference: ContainerDefinition.links ("This parameter is only supported if the
  network mode of a task definition is bridge.")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
- The error ECS returns: aws-observability/aws-otel-collector#1359
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
