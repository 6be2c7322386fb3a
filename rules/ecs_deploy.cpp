#include "rules/ecs_deploy.hpp"

#include <cctype>
#include <cmath>

namespace ecslint {

bool is_update_service(const Json& service) {
  return member(service, "service") != nullptr && member(service, "serviceName") == nullptr;
}

bool is_create_service(const Json& service) { return member(service, "serviceName") != nullptr; }

namespace {

// A string member with a default when absent: the default, the known value, or "" (unknown).
std::string_view with_default(const Json* object, std::string_view key, std::string_view fallback) {
  if (!object) return fallback;
  const Json* value = member(*object, key);
  if (!value) return fallback;
  auto known = known_string(*object, key);
  return known ? *known : std::string_view();
}

}  // namespace

std::string_view deployment_controller(const Json& service) {
  const Json* controller = member(service, "deploymentController");
  if (controller && !controller->IsObject()) return {};
  return with_default(controller, "type", "ECS");
}

std::string_view deployment_strategy(const Json& service) {
  const Json* configuration = member(service, "deploymentConfiguration");
  if (configuration && !configuration->IsObject()) return {};
  return with_default(configuration, "strategy", "ROLLING");
}

bool is_fargate_provider(std::string_view name) { return name == "FARGATE" || name == "FARGATE_SPOT"; }

std::optional<double> number_member(const Json& object, std::string_view key) {
  const Json* value = member(object, key);
  if (!value || !value->IsNumber()) return std::nullopt;
  return value->GetDouble();
}

bool is_whole(double value) { return std::isfinite(value) && value == std::floor(value); }

std::string show_number(double value) {
  if (is_whole(value) && std::fabs(value) < 1e15) return fmt::format("{}", static_cast<int64_t>(value));
  return fmt::format("{}", value);
}

std::optional<std::string> disallowed_name_char(std::string_view name) {
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') continue;
    if (c == ' ') return std::string("a space");
    size_t end = i + 1;  // a whole UTF-8 sequence
    while (end < name.size() && (static_cast<unsigned char>(name[end]) & 0xC0) == 0x80) ++end;
    return fmt::format("\"{}\"", name.substr(i, end - i));
  }
  return std::nullopt;
}

void report_enabled_without_ecs_controller(Context& cx, std::string_view key) {
  std::string_view controller = deployment_controller(cx.root);
  if (controller != "CODE_DEPLOY" && controller != "EXTERNAL") return;
  const Json* feature = member(member(cx.root, "deploymentConfiguration"), key);
  if (!feature || !feature->IsObject()) return;
  auto enabled = bool_member(*feature, "enable");
  if (!enabled || !*enabled) return;
  cx.report(deployment_configuration_at() / key / "enable",
            fmt::format("deploymentConfiguration.{} is enabled, but ECS supports it only with the "
                        "ECS deployment controller and this service uses {}; remove it or use the "
                        "ECS controller",
                        key, controller));
}

Pointer deployment_configuration_at() { return Pointer() / "deploymentConfiguration"; }

}  // namespace ecslint
