#include "core/view.hpp"

#include <string_view>

#include <fmt/format.h>

#include "core/document.hpp"
#include "rules/rule.hpp"

namespace ecslint {

namespace {

using Allocator = rapidjson::Document::AllocatorType;

bool under(const std::string& pointer, const std::string& prefix) {
  return pointer.size() >= prefix.size() && pointer.compare(0, prefix.size(), prefix) == 0 &&
         (pointer.size() == prefix.size() || pointer[prefix.size()] == '/');
}

// Terraform writes unset attributes as null, "" or [].
bool is_set(const Json& value) {
  if (value.IsNull()) return false;
  if (value.IsString()) return value.GetStringLength() > 0;
  if (value.IsArray()) return !value.Empty();
  return true;
}

/// Builds one view: copies mapped values into `view.root` and records their places.
struct Builder {
  View& view;
  const std::string& values_at;  // pointer of the resource's `values` in the file

  Allocator& alloc() { return view.root.GetAllocator(); }

  /// Copies values[tf] to target[api] when set; with `target_at`, records where it came from.
  void copy(Json& target, const char* target_at, const Json& values, const char* tf,
            const char* api) {
    const Json* value = member(values, tf);
    if (!value || !is_set(*value)) return;
    target.AddMember(Json(api, alloc()), Json(*value, alloc()), alloc());
    if (target_at) view.places.push_back({join(target_at, api), join(values_at, tf), false});
  }
};

using Fields = std::initializer_list<std::pair<const char*, const char*>>;

// Nested blocks `tf` of `values` (Terraform writes a block as a list of objects) as `api` in
// `target` (at `target_at` in the view): one object for a block Terraform allows once (`single`),
// else an array, each with the mapped `fields`. Anything inside a block is reported at it.
// Returns the object or array added, nullptr when the block is unset.
Json* copy_blocks(Builder& b, Json& target, const std::string& target_at, const Json& values,
                  const char* tf, const char* api, Fields fields, bool single) {
  const Json* blocks = member(values, tf);
  if (!blocks || !blocks->IsArray() || blocks->Empty()) return nullptr;
  Json out(single ? rapidjson::kObjectType : rapidjson::kArrayType);
  for (size_t i = 0; i < blocks->Size() && (!single || i == 0); ++i) {
    const Json& block = (*blocks)[static_cast<rapidjson::SizeType>(i)];
    if (!block.IsObject()) continue;
    Json item(rapidjson::kObjectType);
    for (auto [from, to] : fields) b.copy(item, nullptr, block, from, to);
    const std::string at = join(join(b.values_at, tf), i);
    if (single) {
      out.Swap(item);
      b.view.places.push_back({join(target_at, api), at, false});
    } else {
      b.view.places.push_back({join(join(target_at, api), out.Size()), at, false});
      out.PushBack(item, b.alloc());
    }
  }
  target.AddMember(Json(api, b.alloc()), out, b.alloc());
  return &target[api];
}

void task_definition_view(const Json& values, const std::string& values_at, View& view) {
  Builder b{view, values_at};
  Json& root = view.root;
  for (auto [tf, api] : {std::pair{"family", "family"}, {"network_mode", "networkMode"},
                         {"requires_compatibilities", "requiresCompatibilities"}, {"cpu", "cpu"},
                         {"memory", "memory"}, {"execution_role_arn", "executionRoleArn"},
                         {"task_role_arn", "taskRoleArn"}, {"pid_mode", "pidMode"},
                         {"ipc_mode", "ipcMode"}})
    b.copy(root, "", values, tf, api);
  if (const Json* volumes = member(values, "volume"); volumes && volumes->IsArray() &&
                                                     !volumes->Empty()) {
    Json out(rapidjson::kArrayType);
    const std::string volumes_at = join(values_at, "volume");
    size_t i = 0;
    for (const Json& volume : volumes->GetArray()) {
      const std::string at = join(volumes_at, i);
      Json item(rapidjson::kObjectType);
      b.copy(item, nullptr, volume, "name", "name");
      if (const Json* path = member(volume, "host_path"); path && is_set(*path)) {
        Json host(rapidjson::kObjectType);
        host.AddMember("sourcePath", Json(*path, b.alloc()), b.alloc());
        item.AddMember("host", host, b.alloc());
      }
      const Json* efs = member(volume, "efs_volume_configuration");
      if (efs && efs->IsArray() && !efs->Empty() && (*efs)[0].IsObject()) {
        Json config(rapidjson::kObjectType);
        for (auto [tf, api] : {std::pair{"file_system_id", "fileSystemId"},
                               {"root_directory", "rootDirectory"},
                               {"transit_encryption", "transitEncryption"}})
          b.copy(config, nullptr, (*efs)[0], tf, api);
        item.AddMember("efsVolumeConfiguration", config, b.alloc());
      }
      out.PushBack(item, b.alloc());
      // Anything inside a volume is reported at its block.
      view.places.push_back({join("/volumes", i), at, false});
      ++i;
    }
    root.AddMember("volumes", out, b.alloc());
  }
  copy_blocks(b, root, "", values, "runtime_platform", "runtimePlatform",
              {{"operating_system_family", "operatingSystemFamily"},
               {"cpu_architecture", "cpuArchitecture"}},
              true);
  copy_blocks(b, root, "", values, "ephemeral_storage", "ephemeralStorage",
              {{"size_in_gib", "sizeInGiB"}}, true);
}

void service_view(const Json& values, const std::string& values_at, View& view) {
  Builder b{view, values_at};
  Json& root = view.root;
  for (auto [tf, api] : {std::pair{"name", "serviceName"}, {"cluster", "cluster"},
                         {"task_definition", "taskDefinition"}, {"desired_count", "desiredCount"},
                         {"launch_type", "launchType"}, {"scheduling_strategy", "schedulingStrategy"},
                         {"platform_version", "platformVersion"},
                         {"enable_execute_command", "enableExecuteCommand"}})
    b.copy(root, "", values, tf, api);
  if (!root.HasMember("taskDefinition")) {
    // A plan leaves out what it knows only after apply, typically the ARN of a task definition
    // the same apply registers. Unknown, like a template placeholder, not missing.
    root.AddMember("taskDefinition", "<known after apply>", b.alloc());
    view.unknown.push_back("/taskDefinition");
  }
  Json config(rapidjson::kObjectType);
  b.copy(config, "/deploymentConfiguration", values, "deployment_minimum_healthy_percent",
         "minimumHealthyPercent");
  b.copy(config, "/deploymentConfiguration", values, "deployment_maximum_percent",
         "maximumPercent");
  copy_blocks(b, config, "/deploymentConfiguration", values, "deployment_circuit_breaker",
              "deploymentCircuitBreaker", {{"enable", "enable"}, {"rollback", "rollback"}}, true);
  if (!config.ObjectEmpty()) root.AddMember("deploymentConfiguration", config, b.alloc());
  copy_blocks(b, root, "", values, "deployment_controller", "deploymentController",
              {{"type", "type"}}, true);
  copy_blocks(b, root, "", values, "load_balancer", "loadBalancers",
              {{"container_name", "containerName"}, {"container_port", "containerPort"},
               {"target_group_arn", "targetGroupArn"}, {"elb_name", "loadBalancerName"}},
              false);
  copy_blocks(b, root, "", values, "capacity_provider_strategy", "capacityProviderStrategy",
              {{"capacity_provider", "capacityProvider"}, {"weight", "weight"}, {"base", "base"}},
              false);
  // network_configuration holds the awsvpc configuration itself, with a boolean public IP.
  Json network(rapidjson::kObjectType);
  if (Json* awsvpc = copy_blocks(b, network, "/networkConfiguration", values,
                                 "network_configuration", "awsvpcConfiguration",
                                 {{"subnets", "subnets"}, {"security_groups", "securityGroups"}},
                                 true)) {
    const Json* blocks = member(values, "network_configuration");
    const Json* assign = member((*blocks)[0], "assign_public_ip");
    if (assign && assign->IsBool())
      awsvpc->AddMember("assignPublicIp",
                        rapidjson::StringRef(assign->GetBool() ? "ENABLED" : "DISABLED"),
                        b.alloc());
    root.AddMember("networkConfiguration", network, b.alloc());
  }
}

// One resource: a view when it is an ECS task definition or service with known values.
void add_resource(const Json& resource, const Json* values, const std::string& values_at,
                  const std::string& resource_at, std::vector<View>& views) {
  const Json* type = member(resource, "type");
  const Json* address = member(resource, "address");
  const Json* mode = member(resource, "mode");
  if (!type || !type->IsString() || !values || !values->IsObject()) return;
  if (mode && mode->IsString() && std::string_view(mode->GetString()) != "managed") return;
  std::string_view type_name(type->GetString(), type->GetStringLength());
  View view;
  view.root.SetObject();
  view.label = address && address->IsString() ? address->GetString() : std::string(type_name);
  view.fallback = resource_at;
  if (type_name == "aws_ecs_task_definition") {
    const Json* text = member(*values, "container_definitions");
    if (!text || !text->IsString()) return;  // unknown until apply
    const std::string text_at = join(values_at, "container_definitions");
    rapidjson::Document containers;
    containers.Parse(text->GetString(), text->GetStringLength());
    if (containers.HasParseError()) {
      view.problems.push_back(fmt::format(
          "container_definitions is not valid JSON: {} (at character {} of the string)",
          rapidjson::GetParseError_En(containers.GetParseError()), containers.GetErrorOffset() + 1));
      view.problems_at = text_at;
    } else {
      view.root.AddMember("containerDefinitions", Json(containers, view.root.GetAllocator()),
                          view.root.GetAllocator());
      view.places.push_back({"/containerDefinitions", text_at, false});
    }
    view.kind = kTaskDefinition;
    task_definition_view(*values, values_at, view);
  } else if (type_name == "aws_ecs_service") {
    view.kind = kService;
    service_view(*values, values_at, view);
  } else {
    return;
  }
  views.push_back(std::move(view));
}

void walk_module(const Json& module, const std::string& at, std::vector<View>& views, int depth) {
  if (depth > 64) return;
  if (const Json* resources = member(module, "resources"); resources && resources->IsArray()) {
    const std::string resources_at = join(at, "resources");
    for (size_t i = 0; i < resources->Size(); ++i) {
      const Json& resource = (*resources)[static_cast<rapidjson::SizeType>(i)];
      const std::string resource_at = join(resources_at, i);
      add_resource(resource, member(resource, "values"), join(resource_at, "values"), resource_at,
                   views);
    }
  }
  if (const Json* children = member(module, "child_modules"); children && children->IsArray()) {
    const std::string children_at = join(at, "child_modules");
    for (size_t i = 0; i < children->Size(); ++i)
      walk_module((*children)[static_cast<rapidjson::SizeType>(i)], join(children_at, i), views,
                  depth + 1);
  }
}

}  // namespace

std::string map_pointer(const View& view, const std::string& pointer, std::string& rest) {
  const ViewPlace* best = nullptr;
  for (const ViewPlace& place : view.places)
    if (under(pointer, place.from) && (!best || place.from.size() > best->from.size()))
      best = &place;
  rest.clear();
  if (!best) return view.fallback;
  std::string below = pointer.substr(best->from.size());
  if (best->keep_rest) return best->to + below;
  rest = below;
  return best->to;
}

View container_definitions_view(const Json& array) {
  View view;
  view.kind = kContainerDefinitions;
  view.root.SetObject();
  view.root.AddMember("containerDefinitions", Json(array, view.root.GetAllocator()),
                      view.root.GetAllocator());
  view.places.push_back({"/containerDefinitions", "", true});
  return view;
}

std::vector<View> terraform_views(const Json& plan) {
  std::vector<View> views;
  bool walked = false;
  for (const char* top : {"planned_values", "values"}) {
    const Json* values = member(plan, top);
    const Json* module = values ? member(*values, "root_module") : nullptr;
    if (!module) continue;
    walk_module(*module, join(join("", top), "root_module"), views, 0);
    walked = true;
  }
  if (walked) return views;
  if (const Json* changes = member(plan, "resource_changes"); changes && changes->IsArray()) {
    for (size_t i = 0; i < changes->Size(); ++i) {
      const Json& change = (*changes)[static_cast<rapidjson::SizeType>(i)];
      const std::string change_at = join("/resource_changes", i);
      const Json* inner = member(change, "change");
      add_resource(change, inner ? member(*inner, "after") : nullptr,
                   join(join(change_at, "change"), "after"), change_at, views);
    }
  }
  return views;
}

}  // namespace ecslint
