#pragma once
/// Documents that are not linted as written: a bare array of container definitions,
/// `terraform show -json` output and CloudFormation templates. Each becomes one or more *views*: a small document built in the
/// shape the rules know (a task definition or a service), with the way back from its pointers to
/// places in the original file.

#include <string>
#include <vector>

#include "core/json.hpp"
#include "core/kind.hpp"
#include "core/schema.hpp"

namespace ecslint {

/// Where pointers under `from` in a view lead in the file.
struct ViewPlace {
  std::string from;        ///< a pointer in the view ("/containerDefinitions", "/family")
  std::string to;          ///< the pointer in the file
  bool keep_rest = false;  ///< append the part below `from` (false: the rest is not in the file)
};

/// One document presented to the rules.
struct View {
  rapidjson::Document root;
  Kind kind = kNoKind;        ///< what the schema and rules run as
  std::string label;          ///< Terraform resource address, prefixed to messages ("" = none)
  std::vector<ViewPlace> places;  ///< the longest matching `from` wins
  std::string fallback;       ///< where a pointer no place covers goes (e.g. the resource)
  /// The resource in the file ("/Resources/TaskDef"), whose key line names it in messages of
  /// other resources; "" for views that are not a resource.
  std::string resource_at;
  std::vector<std::string> problems;  ///< e.g. container_definitions that is not valid JSON
  const char* problems_rule = "parse-error";  ///< the rule `problems` are reported as
  std::string problems_at;    ///< pointer in the file for `problems`
  /// Members of the view that stand for values Terraform knows only after apply (placeholders
  /// "<known after apply>"); findings at them are dropped.
  std::vector<std::string> unknown;
  /// A service from a CloudFormation template: the logical id of the task definition resource its
  /// TaskDefinition names with `Ref` or `Fn::GetAtt ... TaskDefinitionArn` ("" for none).
  std::string task_reference;
  /// How the file spells API members (CloudFormation's PascalCase), for the schema check's
  /// did-you-mean suggestions; nullptr when it spells them as the API does.
  MemberSpelling spelling = nullptr;
};

/// A pointer of the view as a pointer into the file. `rest` receives the part of `pointer` that
/// has no place in the file (below a decoded string), "" when there is none.
std::string map_pointer(const View& view, const std::string& pointer, std::string& rest);

/// The view of a container-definition array: {"containerDefinitions": <the array>}, kind
/// kContainerDefinitions (the task level is unknown); `/containerDefinitions/N/...` maps to
/// `/N/...`, anything at the task level to the whole file.
View container_definitions_view(const Json& array);

/// One view per aws_ecs_task_definition and aws_ecs_service resource of a `terraform show -json`
/// plan (`planned_values`) or state (`values`), root module and child modules in order; without
/// either, the `resource_changes[].change.after` values. A task definition whose
/// `container_definitions` is not a known string (unknown until apply) has no view.
///
/// The resource's values are mapped to the API names, and only these (empty strings, nulls and
/// empty lists are Terraform's "unset" and left out):
/// - aws_ecs_task_definition: container_definitions (decoded) → containerDefinitions, family,
///   network_mode → networkMode, requires_compatibilities → requiresCompatibilities, cpu, memory,
///   execution_role_arn → executionRoleArn, task_role_arn → taskRoleArn, pid_mode → pidMode,
///   ipc_mode → ipcMode, volume blocks → volumes (name, host_path → host.sourcePath,
///   efs_volume_configuration → efsVolumeConfiguration with fileSystemId, rootDirectory and
///   transitEncryption), runtime_platform → runtimePlatform, ephemeral_storage →
///   ephemeralStorage.
/// - aws_ecs_service: name → serviceName, cluster, task_definition → taskDefinition (absent in a
///   plan when it refers to a task definition created by the same apply: "<known after apply>"),
///   desired_count → desiredCount, launch_type → launchType, scheduling_strategy →
///   schedulingStrategy, platform_version → platformVersion, enable_execute_command →
///   enableExecuteCommand, deployment_minimum_healthy_percent / deployment_maximum_percent →
///   deploymentConfiguration.minimumHealthyPercent / maximumPercent, deployment_circuit_breaker →
///   deploymentConfiguration.deploymentCircuitBreaker, deployment_controller →
///   deploymentController, load_balancer → loadBalancers, capacity_provider_strategy →
///   capacityProviderStrategy, network_configuration → networkConfiguration.awsvpcConfiguration
///   (assign_public_ip true/false → ENABLED/DISABLED). Anything inside a block is reported at it.
std::vector<View> terraform_views(const Json& plan);

/// One view per AWS::ECS::TaskDefinition and AWS::ECS::Service resource of a CloudFormation or
/// SAM template, in the template's order, labelled with the logical id. The resource's
/// `Properties` are converted to the API input (RegisterTaskDefinition, CreateService) the way
/// CloudFormation itself would:
/// - member names are matched against the API members at that place,
///   spelled as CloudFormation spells them (template_spelling: ContainerDefinitions →
///   containerDefinitions, EFSVolumeConfiguration → efsVolumeConfiguration, FilesystemId →
///   fileSystemId, PlacementStrategies → placementStrategy); names are case-sensitive, so a
///   wrongly cased name, like any unknown one, is kept as written for the schema to report; keys
///   of maps (DockerLabels, Options, DriverOpts, Labels) are kept;
///   the CloudFormation-only ForceNewDeployment is left out;
/// - scalars take the API's type where CloudFormation converts them: numbers and booleans to
///   strings, numeric strings to numbers, "true"/"false" to booleans;
/// - an intrinsic function ({"Ref": ...}, {"Fn::Sub": ...}, also from YAML's `!Ref`) is unknown: a
///   placeholder string listed in `unknown`; {"Ref": "AWS::NoValue"} leaves the value out;
/// - a task definition without Family and a service without ServiceName get a placeholder (the
///   stack generates them).
/// Every converted node has a place, so findings land on the property as written.
std::vector<View> cloudformation_views(const Json& template_root);

/// How a CloudFormation template spells API member `member` of the API schema's definition
/// `definition` ("" for the resource's Properties):
/// the member with its first letter in upper case, or CloudFormation's own name
/// (EFSVolumeConfiguration, FilesystemId, IAM, PlacementStrategies, ProxyConfigurationProperties).
std::string template_spelling(std::string_view member, std::string_view definition);

}  // namespace ecslint
