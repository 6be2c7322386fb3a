#include "rules/ecs_container.hpp"

namespace ecslint {

std::string short_container_name(const Json& container, const Place& at) {
  if (auto name = known_string(container, "name"); name && !name->empty())
    return fmt::format("\"{}\"", *name);
  // "/containerDefinitions/2" -> "containerDefinitions[2]"
  const std::string text = at.pointer().text;  // only for unnamed containers
  size_t slash = text.rfind('/');
  if (slash == std::string_view::npos || slash == 0) return "a container";
  return fmt::format("containerDefinitions[{}]", text.substr(slash + 1));
}

bool all_container_names_known(const Json& task) {
  bool known = true;
  for_each_container(task, [&](const Json& container, const Place&) {
    if (!known_string(container, "name")) known = false;
  });
  return known;
}

std::optional<std::string_view> known_image(const Json& container) {
  auto image = known_string(container, "image");
  if (!image) return std::nullopt;
  size_t open = image->find('{');
  if (open != std::string_view::npos && image->find('}', open) != std::string_view::npos)
    return std::nullopt;
  return image;
}

std::optional<int64_t> task_memory(const Json& task) {
  auto text = known_string(task, "memory");
  return text ? parse_task_memory(*text) : std::nullopt;
}

std::optional<int64_t> task_cpu(const Json& task) {
  auto text = known_string(task, "cpu");
  return text ? parse_task_cpu(*text) : std::nullopt;
}

void check_int_range(Context& cx, const Json& object, const Place& at, std::string_view key,
                     int64_t min, int64_t max, std::string_view unit) {
  auto value = int_member(object, key);
  if (value && (*value < min || *value > max))
    cx.report(at / key, fmt::format("{} {} is out of range; ECS allows {}–{}{}", key, *value, min,
                                    max, unit));
}

const Json* dependency_target(const Json& task, const Dependency& dep) {
  auto own = known_string(dep.container, "name");
  if (dep.target.empty() || (own && *own == dep.target)) return nullptr;
  return find_container(task, dep.target);
}

}  // namespace ecslint
