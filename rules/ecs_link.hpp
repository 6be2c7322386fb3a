#pragma once
/// Helpers shared by the cross-file rules (kinds bit kLinked): what a service runs on, the
/// linked task definition's network mode, and the container/port lookup that load balancers,
/// service registries and AppSpecs share. As tolerant as rules/rule.hpp: placeholders and wrong
/// types give "unknown", and rules stay silent on unknown.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "rules/ecs.hpp"

namespace ecslint {

/// What a service runs its tasks on, as `launchType` and `capacityProviderStrategy` say.
/// Neither given: the cluster's default strategy decides, which a file cannot tell (all false).
struct LaunchTarget {
  bool fargate = false;   ///< launchType FARGATE, or a FARGATE or FARGATE_SPOT provider
  bool spot = false;      ///< a FARGATE_SPOT provider
  bool ec2 = false;       ///< launchType EC2
  bool external = false;  ///< launchType EXTERNAL
  Pointer fargate_at;     ///< the launchType value or the first Fargate provider's name
  std::string_view fargate_provider;  ///< that provider's name; "" for launchType FARGATE
  Pointer spot_at;        ///< the FARGATE_SPOT provider's name
  Pointer launch_type_at; ///< the launchType value (when one is known)
};

/// Reads `launchType` and `capacityProviderStrategy[].capacityProvider` (known strings only).
LaunchTarget launch_target(const Json& service);

/// The linked task definition's network mode as ECS applies it (rules/ecs.hpp network_mode),
/// except "" (unknown) when `networkMode` is omitted and the task definition lists
/// MANAGED_INSTANCES, where the default is awsvpc rather than bridge.
std::string_view linked_network_mode(const Json& task);

/// The task definition's `requiresCompatibilities` when it is a non-empty list of known strings
/// (what ECS validates the task definition for); nullptr when absent, empty or unreadable.
const Json* listed_compatibilities(const Json& task);

/// "taskdef.json (family web)": how messages name the linked task definition.
std::string task_label(const Linked& task);

/// Checks that the linked task definition has a container named `name` and, when `port` is
/// given, that one of its port mappings has that containerPort (or a containerPortRange holding
/// it). Reports at `name_at` / `port_at` in this file, with the task definition's container (or
/// its containerDefinitions) as related location. Silent when the task definition holds names
/// or ports it cannot read (placeholders).
void check_container_port(Context& cx, std::string_view name, const Place& name_at,
                          std::optional<int64_t> port, const Place& port_at);

}  // namespace ecslint
