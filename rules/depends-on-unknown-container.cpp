#include "rules/ecs_container.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  // A container whose name is a placeholder may turn out to be the one referred to.
  const bool names_known = all_container_names_known(cx.root);
  for_each_dependency(cx.root, [&](const Dependency& dep) {
    const Pointer name_at = dep.at / "containerName";
    auto own_name = known_string(dep.container, "name");
    if (dep.target.empty())
      cx.report(name_at, "dependsOn has an empty containerName; name another container of the "
                         "task definition");
    else if (own_name && *own_name == dep.target)
      cx.report(name_at, fmt::format("container \"{}\" depends on itself; dependsOn must name "
                                     "another container of the task definition",
                                     dep.target));
    else if (names_known && !find_container(cx.root, dep.target))
      cx.report(name_at, fmt::format("dependsOn names the container \"{}\", which is not in this "
                                     "task definition",
                                     dep.target));
  });
}

constexpr Rule kRule = {
    "depends-on-unknown-container", kTaskDefinition, Level::error,
    "A dependsOn entry names a container that is not in the task definition, or the container itself",
    R"md(
## Why
`dependsOn` makes a container wait until other containers of the same task reach a condition
(`START`, `COMPLETE`, `SUCCESS` or `HEALTHY`). Its `containerName` must be the `name` of another
container in the same task definition: ECS cannot order a container after one that does not
exist, and a container cannot wait for itself. This happens after renaming a container or
copying a sidecar between task definitions. Names are compared exactly; when some container's
name is a template placeholder, unknown names are not reported, since the placeholder may
render to the name referred to. An empty `containerName` is reported too.

## Bad
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "example/web:1.4", "memory": 512,
     "dependsOn": [{"containerName": "envoy", "condition": "HEALTHY"}]},
    {"name": "proxy", "image": "envoyproxy/envoy:v1.31.0", "memory": 256,
     "healthCheck": {"command": ["CMD-SHELL", "curl -s http://localhost:9901/ready"]}}
  ]
}
```

## Good
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "example/web:1.4", "memory": 512,
     "dependsOn": [{"containerName": "proxy", "condition": "HEALTHY"}]},
    {"name": "proxy", "image": "envoyproxy/envoy:v1.31.0", "memory": 256,
     "healthCheck": {"command": ["CMD-SHELL", "curl -s http://localhost:9901/ready"]}}
  ]
}
```

## References
- Amazon ECS API Reference: ContainerDefinition.dependsOn and ContainerDependency.containerName
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDependency.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
