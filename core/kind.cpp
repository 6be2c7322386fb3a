#include "core/kind.hpp"

#include <initializer_list>

#include "rules/rule.hpp"

namespace ecslint {

const char* kind_name(Kind kind) {
  switch (kind) {
    case kTaskDefinition: return "task-definition";
    case kService: return "service";
    case kAppSpec: return "appspec";
    case kContainerDefinitions: return "container-definitions";
    case kTerraformPlan: return "terraform-plan";
    case kCloudFormation: return "cloudformation";
    default: return "unknown";
  }
}

bool parse_kind(std::string_view name, Kind& kind) {
  for (Kind k : {kTaskDefinition, kService, kAppSpec, kContainerDefinitions, kTerraformPlan,
                 kCloudFormation}) {
    if (name == kind_name(k)) {
      kind = k;
      return true;
    }
  }
  return false;
}

namespace {

bool has(const Json& object, const char* key) { return member(object, key) != nullptr; }

// CodeDeploy reads AppSpec keys case-insensitively for these two; the docs show both spellings.
const Json* find_either(const Json& object, const char* a, const char* b) {
  const Json* v = member(object, a);
  return v ? v : member(object, b);
}

bool is_task_definition(const Json& root) { return has(root, "containerDefinitions"); }

// Members only CreateService takes. ecspresso's service files leave out serviceName and
// taskDefinition (ecspresso fills them in), so two of these identify a service too, and one of
// the unmistakable ones alone does (ecspresso's minimal DAEMON file is
// {"schedulingStrategy": "DAEMON"}).
bool looks_like_service(const Json& root) {
  if (has(root, "serviceName") || (has(root, "taskDefinition") && has(root, "cluster"))) return true;
  for (const char* key : {"schedulingStrategy", "deploymentConfiguration", "deploymentController",
                          "serviceRegistries", "serviceConnectConfiguration",
                          "healthCheckGracePeriodSeconds"})
    if (has(root, key)) return true;
  int hits = 0;
  for (const char* key :
       {"launchType", "desiredCount", "deploymentConfiguration", "networkConfiguration",
        "loadBalancers", "schedulingStrategy", "capacityProviderStrategy", "serviceRegistries",
        "deploymentController", "enableExecuteCommand", "propagateTags", "platformVersion",
        "healthCheckGracePeriodSeconds", "serviceConnectConfiguration", "placementStrategy",
        "enableECSManagedTags", "volumeConfigurations"})
    hits += has(root, key) ? 1 : 0;
  return hits >= 2;
}

std::string_view type_of(const Json& resource_item) {
  // Resources: [ { name: { Type: ..., Properties: ... } } ]
  if (!resource_item.IsObject()) return {};
  for (auto m = resource_item.MemberBegin(); m != resource_item.MemberEnd(); ++m) {
    const Json* type = find_either(m->value, "Type", "type");
    if (type && type->IsString()) return {type->GetString(), type->GetStringLength()};
  }
  return {};
}

// Members that only a container definition has (beside `name` / `image`, which many things have).
bool is_container_definition(const Json& item) {
  if (!has(item, "name") && !has(item, "image")) return false;
  for (const char* key : {"portMappings", "essential", "memory", "memoryReservation", "cpu",
                          "environment", "secrets", "logConfiguration", "mountPoints", "command",
                          "entryPoint", "healthCheck", "dependsOn", "ulimits", "linuxParameters",
                          "readonlyRootFilesystem", "workingDirectory", "user", "volumesFrom",
                          "firelensConfiguration", "repositoryCredentials", "dockerLabels"})
    if (has(item, key)) return true;
  return false;
}

// A non-empty array whose items are all objects that look like container definitions.
bool is_container_array(const Json& root) {
  if (!root.IsArray() || root.Empty()) return false;
  for (const Json& item : root.GetArray())
    if (!is_container_definition(item)) return false;
  return true;
}

// `terraform show -json` output: format_version plus planned_values (plan), values (state) or
// resource_changes.
bool is_terraform_json(const Json& root) {
  return has(root, "format_version") &&
         (has(root, "planned_values") || has(root, "values") || has(root, "resource_changes"));
}

// A CloudFormation or SAM template: AWSTemplateFormatVersion, or a `Resources` object whose
// members are resources with a `Type` (an AppSpec's `Resources` is an array).
bool is_cloudformation(const Json& root) {
  if (has(root, "AWSTemplateFormatVersion")) return true;
  const Json* resources = member(root, "Resources");
  if (!resources || !resources->IsObject()) return false;
  for (auto m = resources->MemberBegin(); m != resources->MemberEnd(); ++m) {
    const Json* type = member(m->value, "Type");
    if (type && type->IsString()) return true;
  }
  return false;
}

}  // namespace

Detection detect_kind(const Json& root) {
  Detection d;
  if (is_container_array(root)) {
    d.kind = kContainerDefinitions;
    return d;
  }
  if (!root.IsObject()) return d;
  if (is_terraform_json(root)) {
    d.kind = kTerraformPlan;
    return d;
  }
  if (is_cloudformation(root)) {
    d.kind = kCloudFormation;
    return d;
  }
  if (const Json* inner = member(root, "taskDefinition"); inner && is_task_definition(*inner)) {
    d.kind = kTaskDefinition;
    d.base = "/taskDefinition";
    return d;
  }
  if (is_task_definition(root)) {
    d.kind = kTaskDefinition;
    return d;
  }
  const Json* resources = find_either(root, "Resources", "resources");
  const Json* hooks = find_either(root, "Hooks", "hooks");
  bool appspec_shape = has(root, "version") && (resources || hooks || has(root, "os") ||
                                                 has(root, "files") || has(root, "permissions"));
  if (appspec_shape) {
    d.kind = kAppSpec;
    if (has(root, "os") || has(root, "files") || has(root, "permissions")) {
      d.skip_reason = "an AppSpec for EC2/on-premises deployments";
    } else if (resources && resources->IsArray()) {
      for (const Json& item : resources->GetArray()) {
        std::string_view type = type_of(item);
        if (type == "AWS::Lambda::Function") d.skip_reason = "an AppSpec for AWS Lambda deployments";
      }
    }
    return d;
  }
  if (looks_like_service(root)) d.kind = kService;
  return d;
}

Detection force_kind(const Json& root, Kind kind) {
  Detection d;
  d.kind = kind;
  if (kind == kTaskDefinition) {
    if (const Json* inner = member(root, "taskDefinition"); inner && inner->IsObject() &&
                                                            !has(root, "containerDefinitions"))
      d.base = "/taskDefinition";
  }
  return d;
}

}  // namespace ecslint
