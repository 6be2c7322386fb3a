#include <set>
#include <string>

#include "rules/ecs_deploy.hpp"
#include "rules/ecs_link.hpp"

namespace ecslint {
namespace {

// The task definition's volume named `name`, with its pointer.
const Json* find_volume(const Json& task, std::string_view name, Pointer& at) {
  const Json* found = nullptr;
  for_each_item(array_member(task, "volumes"), Pointer() / "volumes", [&](const Json& v, const Place& p) {
    auto n = string_member(v, "name");
    if (!found && n && *n == name) {
      found = &v;
      at = p;
    }
  });
  return found;
}

void check(Context& cx) {
  if (!cx.linked) return;
  const Json& task = cx.linked->root;
  std::set<std::string> named;
  bool readable = true;
  const Pointer configurations_at = Pointer() / "volumeConfigurations";
  for_each_item(array_member(cx.root, "volumeConfigurations"), configurations_at,
                [&](const Json& item, const Place& at) {
                  auto name = known_string(item, "name");
                  if (!name) {
                    readable = false;
                    return;
                  }
                  named.emplace(*name);
                  Pointer volume_at;
                  const Json* volume = find_volume(task, *name, volume_at);
                  if (!volume) {
                    cx.report_linked(at / "name", Pointer() / "volumes",
                                     fmt::format("volume '{}' is not in {}", *name, task_label(*cx.linked)));
                  } else if (auto launch = bool_member(*volume, "configuredAtLaunch"); !launch || !*launch) {
                    cx.report_linked(at / "name", volume_at,
                                     fmt::format("volume '{}' in {} is not configuredAtLaunch, so "
                                                 "the service cannot configure it; set "
                                                 "\"configuredAtLaunch\": true there",
                                                 *name, cx.linked->where(volume_at)));
                  }
                });
  // The other way round: a volume left to the service that the service does not configure.
  if (!readable || is_update_service(cx.root)) return;
  const Pointer report_at = member(cx.root, "volumeConfigurations") ? configurations_at : cx.linked->reference;
  for_each_item(array_member(task, "volumes"), Pointer() / "volumes", [&](const Json& v, const Place& at) {
    auto launch = bool_member(v, "configuredAtLaunch");
    auto name = known_string(v, "name");
    if (!launch || !*launch || !name || named.count(std::string(*name))) return;
    cx.report_linked(report_at, at,
                     fmt::format("volume '{}' in {} is configuredAtLaunch, and the service has no "
                                 "volumeConfigurations entry for it",
                                 *name, cx.linked->where(at)));
  });
}

constexpr Rule kRule = {
    "service-volume-configuration-name", kService | kLinked, Level::error,
    "volumeConfigurations and the task definition's configuredAtLaunch volumes do not match",
    R"md(
## Why
An Amazon EBS volume is attached at deployment: the task definition declares the volume with
`"configuredAtLaunch": true`, and the service configures it in `volumeConfigurations`, matched
by name ("The name of the volume. This value must match the volume name from the Volume object
in the task definition."). So each `volumeConfigurations[].name` must be a volume of the task
definition that is configured at launch, and each such volume needs its configuration from the
service; otherwise the deployment fails. UpdateService input is only checked in the first
direction (what it omits keeps its current value).

## Bad
`taskdef.json`:
```json
{"family": "db", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
 "cpu": "1024", "memory": "2048",
 "volumes": [{"name": "data", "configuredAtLaunch": true}],
 "containerDefinitions": [{"name": "db", "image": "postgres:16",
                           "mountPoints": [{"sourceVolume": "data", "containerPath": "/var/lib/postgresql"}]}]}
```
`service.json`:
```json
{"serviceName": "db", "cluster": "prod", "taskDefinition": "db",
 "volumeConfigurations": [{"name": "database",
                           "managedEBSVolume": {"roleArn": "arn:aws:iam::123456789012:role/ecsInfrastructureRole", "sizeInGiB": 20}}]}
```

## Good
```json
"volumeConfigurations": [{"name": "data", "managedEBSVolume": {"roleArn": "…", "sizeInGiB": 20}}]
```

## References
- Amazon ECS API Reference, ServiceVolumeConfiguration: `name`
- Amazon ECS API Reference, Volume: `configuredAtLaunch`
- Use Amazon EBS volumes with Amazon ECS:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-volumes.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
