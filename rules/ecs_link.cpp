#include "rules/ecs_link.hpp"

#include <vector>

#include "core/document.hpp"
#include "core/view.hpp"
#include "rules/ecs_deploy.hpp"
#include "rules/ecs_ports.hpp"

namespace ecslint {

LaunchTarget launch_target(const Json& service) {
  LaunchTarget t;
  if (auto type = known_string(service, "launchType")) {
    t.launch_type_at = Pointer() / "launchType";
    t.fargate = *type == "FARGATE";
    t.ec2 = *type == "EC2";
    t.external = *type == "EXTERNAL";
    if (t.fargate) t.fargate_at = t.launch_type_at;
  }
  for_each_item(array_member(service, "capacityProviderStrategy"),
                Pointer() / "capacityProviderStrategy", [&](const Json& item, const Place& at) {
                  auto name = known_string(item, "capacityProvider");
                  if (!name || !is_fargate_provider(*name)) return;
                  if (!t.fargate) {
                    t.fargate_at = at / "capacityProvider";
                    t.fargate_provider = *name;
                  }
                  t.fargate = true;
                  if (*name == "FARGATE_SPOT" && !t.spot) {
                    t.spot = true;
                    t.spot_at = at / "capacityProvider";
                  }
                });
  return t;
}

std::string_view linked_network_mode(const Json& task) {
  if (!member(task, "networkMode") && requires_compatibility(task, "MANAGED_INSTANCES")) return {};
  return network_mode(task);
}

const Json* listed_compatibilities(const Json& task) {
  const Json* list = array_member(task, "requiresCompatibilities");
  if (!list || list->Empty()) return nullptr;
  for (const Json& item : list->GetArray())
    if (!item.IsString() || is_placeholder(item.GetString())) return nullptr;
  return list;
}

std::string task_label(const Linked& task) {
  // A resource of the same CloudFormation template: its logical id, and the line that names it.
  if (task.view && !task.view->resource_at.empty()) {
    Region at = resolve_region(task.source, task.document, task.view->resource_at, true);
    return fmt::format("resource {} ({}:{})", task.view->label, task.source.path, at.start.line);
  }
  auto family = known_string(task.root, "family");
  return family ? fmt::format("{} (family {})", task.source.path, *family) : task.source.path;
}

namespace {

// The container ports a container maps, as text for messages ("80, 443, 8000-8010"); false
// when one of them cannot be read.
bool mapped_ports(const Json& container, int64_t port, bool& found, std::string& shown) {
  bool readable = true;
  for_each_item(array_member(container, "portMappings"), Pointer(), [&](const Json& m, const Place&) {
    if (const Json* value = member(m, "containerPort")) {
      if (!value->IsInt64()) {
        readable = false;
        return;
      }
      found = found || value->GetInt64() == port;
      shown += (shown.empty() ? "" : ", ") + std::to_string(value->GetInt64());
    } else if (auto range = known_string(m, "containerPortRange")) {
      auto bounds = parse_port_range(*range);
      if (!bounds) {
        readable = false;
        return;
      }
      found = found || (port >= bounds->first && port <= bounds->second);
      shown += (shown.empty() ? "" : ", ") + std::string(*range);
    } else if (member(m, "containerPortRange")) {
      readable = false;
    }
  });
  return readable;
}

}  // namespace

void check_container_port(Context& cx, std::string_view name, const Place& name_at,
                          std::optional<int64_t> port, const Place& port_at) {
  if (!cx.linked) return;
  const Json& task = cx.linked->root;
  Pointer at;
  const Json* container = find_container(task, name, &at);
  if (!container) {
    std::vector<std::string> names;
    bool readable = true;
    for_each_container(task, [&](const Json& c, const Place&) {
      auto n = known_string(c, "name");
      if (n) names.emplace_back(*n);
      else readable = false;
    });
    if (!readable) return;
    std::string list;
    for (const std::string& n : names) list += (list.empty() ? "'" : ", '") + n + "'";
    cx.report_linked(name_at, Pointer() / "containerDefinitions",
                     fmt::format("container '{}' is not in {}{}", name, task_label(*cx.linked),
                                 list.empty() ? "" : fmt::format("; its containers are {}", list)));
    return;
  }
  if (!port) return;
  bool found = false;
  std::string shown;
  if (!mapped_ports(*container, *port, found, shown) || found) return;
  cx.report_linked(port_at, at,
                   fmt::format("container '{}' in {} has no port mapping for containerPort {}{}",
                               name, cx.linked->where(at), *port,
                               shown.empty() ? " (it maps no ports)"
                                             : fmt::format(" (it maps {})", shown)));
}

}  // namespace ecslint
