#include "rules/ecs_network.hpp"

#include <algorithm>
#include <cctype>

namespace ecslint {

std::string_view service_launch_type(const Json& service) {
  if (member(service, "launchType")) {
    auto type = known_string(service, "launchType");
    return type ? *type : std::string_view();
  }
  const Json* strategy = array_member(service, "capacityProviderStrategy");
  if (!strategy || strategy->Empty()) return "";
  bool fargate = true;
  for_each_item(strategy, Pointer(), [&](const Json& item, const Place&) {
    auto provider = known_string(item, "capacityProvider");
    if (!provider || (*provider != "FARGATE" && *provider != "FARGATE_SPOT")) fargate = false;
  });
  return fargate ? "FARGATE" : "";
}

bool given(const Json* value) {
  if (!value || value->IsNull()) return false;
  return !(value->IsString() && value->GetStringLength() == 0);
}

size_t item_count(const Json& object, std::string_view key) {
  const Json* list = array_member(object, key);
  return list ? list->Size() : 0;
}

bool assigns_public_ip(const Json& service) {
  const Json* config = awsvpc_configuration(service);
  return config && known_string(*config, "assignPublicIp").value_or("") == "ENABLED";
}

bool service_connect_enabled(const Json& service) {
  const Json* config = object_member(service, "serviceConnectConfiguration");
  return config && bool_member(*config, "enabled").value_or(false);
}

bool has_load_balancer(const Json& service) { return item_count(service, "loadBalancers") > 0; }

const Json* awsvpc_configuration(const Json& service) {
  const Json* network = object_member(service, "networkConfiguration");
  return network ? object_member(*network, "awsvpcConfiguration") : nullptr;
}

Pointer awsvpc_pointer() { return Pointer() / "networkConfiguration" / "awsvpcConfiguration"; }

bool is_stand_in(std::string_view text) {
  if (text.size() > 2 && text.front() == '{' && text.back() == '}') return true;
  bool letter = false;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z')
      letter = true;
    else if (!(c >= '0' && c <= '9') && c != '_')
      return false;
  }
  return letter && text.size() >= 2;
}

std::optional<std::string_view> checkable_string(const Json& object, std::string_view key) {
  auto text = known_string(object, key);
  if (!text || text->empty() || is_stand_in(*text)) return std::nullopt;
  return text;
}

bool is_lower_name(std::string_view text, size_t max, std::string_view extra) {
  if (text.empty() || text.size() > max || text.front() == '-') return false;
  return std::all_of(text.begin(), text.end(), [&](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           extra.find(c) != std::string_view::npos;
  });
}

void check_role_arn(Context& cx, const Json& object, const Place& at, std::string_view key,
                    std::string_view what) {
  const Json* value = member(object, key);
  if (value && value->IsString() && value->GetStringLength() == 0) {
    cx.report(at / key, fmt::format("`{}` is empty; {}", key, what));
    return;
  }
  auto text = checkable_string(object, key);
  if (!text || text->substr(0, 4) != "arn:") return;  // role names are not ARNs to check
  auto arn = parse_arn(*text);
  if (arn && arn->service == "iam" && arn->resource.substr(0, 5) == "role/") return;
  cx.report(
      at / key,
      fmt::format("{} \"{}\" is not an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME)", key, *text));
}

}  // namespace ecslint
