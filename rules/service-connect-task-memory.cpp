#include "rules/ecs_link.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!cx.linked) return;
  const Json* connect = object_member(cx.root, "serviceConnectConfiguration");
  auto enabled = connect ? bool_member(*connect, "enabled") : std::nullopt;
  if (!enabled || !*enabled || member(cx.linked->root, "memory")) return;
  cx.report_linked(Pointer() / "serviceConnectConfiguration" / "enabled", Pointer(),
                   fmt::format("Service Connect needs a task-level memory in the task definition, "
                               "and {} sets none; ECS adds a proxy container to each task",
                               task_label(*cx.linked)));
}

constexpr Rule kRule = {
    "service-connect-task-memory", kService | kLinked, Level::error,
    "Service Connect is enabled, but the task definition sets no task-level memory",
    R"md(
## Why
Service Connect adds an Envoy proxy container to each task, and sizes it from the task's memory:
"Task definitions must set the task memory limit to use Service Connect." A task definition that
sets memory only per container (common on EC2) cannot be used by a service with Service Connect
enabled. The developer guide also recommends leaving room for the proxy (about 64 MiB and 256
CPU units) above what the containers use; that is advice, not checked here.

## Bad
`taskdef.json`:
```json
{"family": "api", "networkMode": "awsvpc",
 "containerDefinitions": [{"name": "api", "image": "example/api:1.0", "memory": 512,
                           "portMappings": [{"containerPort": 8080, "name": "http"}]}]}
```
`service.json`:
```json
{"serviceName": "api", "cluster": "prod", "taskDefinition": "api",
 "serviceConnectConfiguration": {"enabled": true, "services": [{"portName": "http"}]}}
```

## Good
The task definition with `"memory": "1024"` at task level.

## References
- Amazon ECS Service Connect considerations:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts-deploy.html
  ("Task definitions must set the task memory limit to use Service Connect")
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
