#include "rules/ecs_logging.hpp"

namespace ecslint {


const Json* log_options(const Json& container) {
  const Json* config = object_member(container, "logConfiguration");
  return config ? object_member(*config, "options") : nullptr;
}

const Json* docker_log_options(const Json& container) {
  auto driver = log_driver(container);
  if (!driver || *driver == "awsfirelens") return nullptr;
  return log_options(container);
}

std::optional<Arn> parse_arn(std::string_view text) {
  if (text.substr(0, 4) != "arn:") return std::nullopt;
  std::string_view parts[4];
  text.remove_prefix(4);
  for (std::string_view& part : parts) {
    size_t colon = text.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    part = text.substr(0, colon);
    text.remove_prefix(colon + 1);
  }
  return Arn{parts[0], parts[1], parts[2], parts[3], text};
}

FirelensUse firelens_use(const Json& task) {
  FirelensUse use;
  for_each_container(task, [&](const Json& container, const Place& at) {
    if (const Json* router = member(container, "firelensConfiguration")) {
      if (router->IsObject())
        use.routers.push_back({&container, at});
      else
        use.router_unknown = true;
    }
    const Json* config = member(container, "logConfiguration");
    if (!config) return;
    if (!config->IsObject()) {
      use.driver_unknown = true;
      return;
    }
    if (!member(*config, "logDriver")) return;
    auto driver = known_string(*config, "logDriver");
    if (!driver)
      use.driver_unknown = true;
    else if (*driver == "awsfirelens")
      use.senders.push_back(at / "logConfiguration" / "logDriver");
  });
  return use;
}

}  // namespace ecslint
