#pragma once
/// Service-level knowledge shared by the load-balancer, network, placement, platform, Service
/// Connect and volume rules of a service document. As tolerant as rules/rule.hpp: wrong types
/// and placeholders give "unknown", and rules stay silent on unknown.

#include <cstddef>
#include <string_view>

#include "rules/ecs_deploy.hpp"
#include "rules/ecs_logging.hpp"

namespace ecslint {

/// What the service's tasks run on, as far as the document alone says: the `launchType` when it
/// is a known string; "FARGATE" when every `capacityProviderStrategy` item names FARGATE or
/// FARGATE_SPOT; "" otherwise (no launch type: the cluster's default strategy decides; custom
/// capacity providers may be EC2 Auto Scaling groups or Managed Instances; placeholders).
std::string_view service_launch_type(const Json& service);

/// True when the member holds a value ECS would use: not missing, not null, not "" (the
/// generated skeletons and describe output print "" for unset strings). Unlike `takes_effect`,
/// a placeholder counts as given: it will hold a value once rendered.
bool given(const Json* value);

/// The number of items of the array member `key`; 0 when it is missing or not an array.
size_t item_count(const Json& object, std::string_view key);

/// True when `networkConfiguration.awsvpcConfiguration.assignPublicIp` is "ENABLED".
bool assigns_public_ip(const Json& service);

/// True when `serviceConnectConfiguration.enabled` is `true`.
bool service_connect_enabled(const Json& service);

/// True when the service lists at least one load balancer.
bool has_load_balancer(const Json& service);

/// `networkConfiguration.awsvpcConfiguration` when it is an object, else nullptr.
const Json* awsvpc_configuration(const Json& service);
/// The pointer of `networkConfiguration.awsvpcConfiguration`.
Pointer awsvpc_pointer();

/// True when a string is a stand-in that `is_placeholder` does not catch but that template
/// files use for identifiers: an UPPER_CASE word ("TARGET_GROUP_ARN", "SUBNET_ID1") or a
/// `{name}` in braces ("{target_group_arn}").
bool is_stand_in(std::string_view text);

/// A string member that is neither a placeholder nor a stand-in nor empty; nullopt otherwise.
/// Format checks on identifiers (ARNs, names) use this.
std::optional<std::string_view> checkable_string(const Json& object, std::string_view key);

/// True when `text` is a Service Connect or port-mapping name: 1–64 characters of lower-case
/// letters, digits, `_` and `-`, not starting with `-` (`extra` adds allowed characters, e.g.
/// "." for DNS names, and `max` sets the length).
bool is_lower_name(std::string_view text, size_t max, std::string_view extra = "");

/// Reports `object[key]` when it is an empty string ("`<key>` is empty; <what>") or a known ARN
/// that is not of the IAM role form `arn:PARTITION:iam::ACCOUNT:role/NAME`.
void check_role_arn(Context& cx, const Json& object, const Place& at, std::string_view key,
                    std::string_view what);

/// Calls f(item, pointer) for each object in the array member `key` of the service.
template <class F>
void for_each_object(const Json& object, const Place& at, std::string_view key, F&& f) {
  for_each_item(array_member(object, key), at / key, [&](const Json& item, const Place& item_at) {
    if (item.IsObject()) f(item, item_at);
  });
}

}  // namespace ecslint
