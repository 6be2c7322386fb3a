#pragma once
/// Service knowledge shared by the service rules of the "deploy" area (identity, launch,
/// capacity, scheduling, deployment). As tolerant as rules/rule.hpp: wrong types and
/// placeholders give "unknown" (an empty string or nullopt), and rules stay silent on unknown.

#include <optional>
#include <string>
#include <string_view>

#include "rules/rule.hpp"

namespace ecslint {

/// True for an UpdateService document: it names the service in `service`, not `serviceName`.
/// Members it leaves out keep their current values, so "missing" rules do not apply to it.
bool is_update_service(const Json& service);

/// True for a CreateService document: it has `serviceName`. ecspresso's service files have
/// neither `serviceName` nor `service` (ecspresso fills in the name and the task definition).
bool is_create_service(const Json& service);

/// `deploymentController.type` as ECS applies it: "ECS" when absent, the known string when
/// given, "" when unknown (a placeholder or a wrong type).
std::string_view deployment_controller(const Json& service);

/// `deploymentConfiguration.strategy` as ECS applies it: "ROLLING" when absent, "" when unknown.
std::string_view deployment_strategy(const Json& service);

/// True for the capacity providers that run tasks on Fargate: FARGATE and FARGATE_SPOT.
bool is_fargate_provider(std::string_view name);

/// The member's value if it is a JSON number (integer or not), else nullopt.
std::optional<double> number_member(const Json& object, std::string_view key);

/// True when `value` is a whole number.
bool is_whole(double value);

/// A number as the user wrote it in messages: "3", "2.5".
std::string show_number(double value);

/// The first character of `name` that ECS names (service, family) do not allow, as messages
/// show it (`"."`, `a space`); nullopt when every character is a letter, digit, `-` or `_`.
std::optional<std::string> disallowed_name_char(std::string_view name);

/// Reports `deploymentConfiguration.<key>` when it is switched on (`enable: true`) while the
/// deployment controller is CODE_DEPLOY or EXTERNAL: the circuit breaker and the deployment
/// alarms only work with the ECS controller. `enable: false` is what describe output holds for
/// every service, so it is not reported.
void report_enabled_without_ecs_controller(Context& cx, std::string_view key);

/// Pointer to `deploymentConfiguration`.
Pointer deployment_configuration_at();

}  // namespace ecslint
