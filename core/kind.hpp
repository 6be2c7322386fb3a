#pragma once
#include <string>
#include <string_view>

#include "core/json.hpp"

namespace ecslint {

/// Document kinds, as bits so a rule can apply to several.
enum Kind : unsigned {
  kNoKind = 0,
  kTaskDefinition = 1,
  kService = 2,
  kAppSpec = 4,
  /// A bare JSON array of container definitions (Terraform's `container_definitions = file(...)`).
  /// Rules see it as the task definition {"containerDefinitions": [...]} whose task level is
  /// unknown; it runs the rules of kTaskDefinition, never a rule's own `kinds` bit.
  kContainerDefinitions = 8,
  /// `terraform show -json` plan or state output; each aws_ecs_task_definition and
  /// aws_ecs_service in it is linted as a task definition or service (core/terraform.hpp).
  kTerraformPlan = 16,
  /// A CloudFormation or SAM template; each AWS::ECS::TaskDefinition and AWS::ECS::Service
  /// resource in it is linted as a task definition or service (core/view.hpp).
  kCloudFormation = 32,
  kAnyKind = kTaskDefinition | kService | kAppSpec,
  /// Not a kind: set in a rule's `kinds`, it makes the rule opt-in (off until `--enable ID`,
  /// `--enable all` or a level in the configuration turns it on). For hardening notes that would
  /// otherwise fire on nearly every container.
  kOptIn = 1u << 8,
  /// Not a kind: set in a rule's `kinds`, it makes the rule a cross-file check. It runs only in
  /// the link pass, once every file of the run is linted, on a service or AppSpec paired with
  /// the task definition it names (Context::linked); never in the pass over single files.
  kLinked = 1u << 9,
};

/// "task-definition", "service", "appspec", "container-definitions", "terraform-plan",
/// "cloudformation" ("unknown" for anything else).
const char* kind_name(Kind kind);
/// Parses a kind name; false when it is not one of the six.
bool parse_kind(std::string_view name, Kind& kind);

/// What detect_kind found.
struct Detection {
  Kind kind = kNoKind;
  /// Pointer to the object the rules check: "" for the root, "/taskDefinition" for the
  /// describe-task-definition wrapper.
  std::string base;
  /// Set for documents recognised but not linted (EC2/on-premises or Lambda AppSpecs).
  std::string skip_reason;
};

/// Classifies a document by its members (DESIGN §2); ordered probes, first match wins.
Detection detect_kind(const Json& root);

/// The detection for a forced kind (--kind): still unwraps the describe wrapper.
Detection force_kind(const Json& root, Kind kind);

}  // namespace ecslint
