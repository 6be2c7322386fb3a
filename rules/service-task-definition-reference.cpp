#include <string>
#include <vector>

#include "rules/ecs_deploy.hpp"

namespace ecslint {
namespace {

// What is wrong with `family[:revision]`, or "" when it is well formed.
std::string family_revision_problem(std::string_view text) {
  size_t colon = text.find(':');
  std::string_view family = text.substr(0, colon);
  if (family.empty()) return "the family is empty";
  if (auto bad = disallowed_name_char(family))
    return fmt::format("the family \"{}\" contains {}", family, *bad);
  if (family.size() > 255) return "the family is longer than 255 characters";
  if (colon == std::string_view::npos) return {};
  std::string_view revision = text.substr(colon + 1);
  bool digits = !revision.empty() && revision.find_first_not_of("0123456789") == std::string_view::npos;
  if (!digits || revision.find_first_not_of('0') == std::string_view::npos)
    return fmt::format("the revision \"{}\" is not a number from 1 up", revision);
  return {};
}

// Splits on ':' at most `parts - 1` times.
std::vector<std::string_view> split(std::string_view text, size_t parts) {
  std::vector<std::string_view> out;
  while (out.size() + 1 < parts) {
    size_t colon = text.find(':');
    if (colon == std::string_view::npos) break;
    out.push_back(text.substr(0, colon));
    text = text.substr(colon + 1);
  }
  out.push_back(text);
  return out;
}

// arn:<partition>:ecs:<region>:<account>:task-definition/<family>[:<revision>]
std::string arn_problem(std::string_view text) {
  auto parts = split(text, 6);
  constexpr std::string_view kResource = "task-definition/";
  if (parts.size() < 6 || parts[1].substr(0, 3) != "aws" || parts[2] != "ecs" ||
      parts[3].empty() || parts[4].empty() || parts[5].substr(0, kResource.size()) != kResource)
    return "it is not a task definition ARN "
           "(arn:aws:ecs:REGION:ACCOUNT:task-definition/FAMILY:REVISION)";
  return family_revision_problem(parts[5].substr(kResource.size()));
}

void check(Context& cx) {
  const Json* reference = member(cx.root, "taskDefinition");
  if (!reference) {
    // UpdateService keeps the current task definition; ecspresso fills it in.
    std::string_view controller = deployment_controller(cx.root);
    if (is_create_service(cx.root) && !controller.empty() && controller != "EXTERNAL")
      cx.report(Pointer(), fmt::format("taskDefinition is missing; CreateService needs it with "
                                       "the {} deployment controller (only EXTERNAL may omit it)",
                                       controller));
    return;
  }
  auto text = known_string(cx.root, "taskDefinition");
  if (!text) return;
  const Pointer at = Pointer() / "taskDefinition";
  if (text->empty()) {
    cx.report(at, "taskDefinition is empty; name a family, family:revision or a task definition ARN");
    return;
  }
  std::string problem = text->substr(0, 4) == "arn:" ? arn_problem(*text)
                                                     : family_revision_problem(*text);
  if (!problem.empty())
    cx.report(at, fmt::format("taskDefinition \"{}\" is malformed: {}; use family, "
                              "family:revision or a task definition ARN",
                              *text, problem));
}

constexpr Rule kRule = {
    "service-task-definition-reference", kService, Level::error,
    "The service has no task definition, or names it in a form ECS does not accept",
    R"md(
## Why
CreateService takes the task definition to run in `taskDefinition`: "The family and revision
(family:revision) or full ARN of the task definition to run in your service. If a revision isn't
specified, the latest ACTIVE revision is used." It is required unless the service uses the
EXTERNAL deployment controller (task sets then name their own task definitions). The family
follows the family rules (up to 255 letters, digits, hyphens and underscores) and the revision
is a number from 1 up; an ARN has the form
`arn:aws:ecs:REGION:ACCOUNT:task-definition/FAMILY:REVISION`.

UpdateService input (`service` instead of `serviceName`) keeps the current task definition when
`taskDefinition` is left out, and ecspresso's service files leave it out because ecspresso fills
it in: neither is reported as missing. Values holding a template placeholder
(`{{ ... }}`, `${...}`, `<TASK_DEFINITION>`) are not checked.

## Bad
```json
{"serviceName": "web", "cluster": "prod", "taskDefinition": "web:latest", "desiredCount": 2}
```

## Good
```json
{"serviceName": "web", "cluster": "prod", "taskDefinition": "web:3", "desiredCount": 2}
```

## References
- Amazon ECS API Reference: CreateService.taskDefinition
- Amazon ECS API Reference: DeploymentController (EXTERNAL: task sets carry the task definition)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
