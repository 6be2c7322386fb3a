#include "rules/ecs_deploy.hpp"

namespace ecslint {
namespace {

// The first Fargate capacity provider of the strategy, if any.
std::optional<std::string_view> fargate_provider(const Json& service) {
  std::optional<std::string_view> found;
  for_each_item(array_member(service, "capacityProviderStrategy"), Pointer(),
                [&](const Json& item, const Place&) {
                  auto name = known_string(item, "capacityProvider");
                  if (!found && name && is_fargate_provider(*name)) found = name;
                });
  return found;
}

void check(Context& cx) {
  auto scheduling = known_string(cx.root, "schedulingStrategy");
  if (!scheduling || *scheduling != "DAEMON") return;
  const Pointer at = Pointer() / "schedulingStrategy";
  auto launch_type = known_string(cx.root, "launchType");
  if (launch_type && *launch_type == "FARGATE")
    cx.report(at, "schedulingStrategy DAEMON is not supported with launchType FARGATE; use "
                  "REPLICA, or run the daemon on EC2");
  else if (auto provider = fargate_provider(cx.root))
    cx.report(at, fmt::format("schedulingStrategy DAEMON is not supported with the Fargate "
                              "capacity provider {}; use REPLICA, or run the daemon on EC2",
                              *provider));
  std::string_view controller = deployment_controller(cx.root);
  if (controller == "CODE_DEPLOY" || controller == "EXTERNAL")
    cx.report(at, fmt::format("schedulingStrategy DAEMON is not supported with the {} deployment "
                              "controller; DAEMON services deploy with the ECS controller",
                              controller));
}

constexpr Rule kRule = {
    "daemon-scheduling", kService, Level::error,
    "A DAEMON service runs on Fargate or uses the CODE_DEPLOY or EXTERNAL deployment controller",
    R"md(
## Why
The DAEMON scheduling strategy places one task on each container instance of the cluster, so it
needs container instances: the API Reference says "Tasks using the Fargate launch type or the
CODE_DEPLOY or EXTERNAL deployment controller types don't support the DAEMON scheduling
strategy." CreateService refuses a DAEMON service with `launchType: FARGATE`, with a Fargate
capacity provider (`FARGATE`, `FARGATE_SPOT`), or with a `deploymentController` of type
`CODE_DEPLOY` or `EXTERNAL`. Values holding a template placeholder are not checked.

## Bad
```json
{"serviceName": "log-router", "taskDefinition": "fluent-bit:4",
 "schedulingStrategy": "DAEMON", "launchType": "FARGATE"}
```

## Good
```json
{"serviceName": "log-router", "taskDefinition": "fluent-bit:4",
 "schedulingStrategy": "DAEMON", "launchType": "EC2"}
```

## References
- Amazon ECS API Reference: CreateService.schedulingStrategy
- Amazon ECS Developer Guide: Amazon ECS services, "Daemon"
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
