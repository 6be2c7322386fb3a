#pragma once
/// Helpers shared by the CodeDeploy AppSpec rules (the "appspec" area): where the sections are,
/// the ECS lifecycle hooks, and the one TargetService walk. As tolerant as rules/rule.hpp: wrong
/// types yield nothing (the schema check reports those).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "rules/rule.hpp"

namespace ecslint {

/// A member found under one of two spellings, with its key and pointer.
struct Spelled {
  const Json* value = nullptr;  ///< nullptr when neither spelling is present
  std::string_view key;         ///< the spelling found
  Pointer at;                   ///< the member's pointer
};

/// The member `a` of `object`, else the member `b` (CodeDeploy documents the top-level
/// `Resources`/`Hooks` both capitalised and in lower case).
Spelled either_member(const Json& object, const Place& at, std::string_view a,
                      std::string_view b);

/// `Resources` or `resources` of the AppSpec.
Spelled appspec_resources(const Json& root);
/// `Hooks` or `hooks` of the AppSpec.
Spelled appspec_hooks(const Json& root);

/// The five lifecycle events an ECS deployment runs hooks at, in the order they run.
constexpr std::string_view kEcsHooks[] = {"BeforeInstall", "AfterInstall", "AfterAllowTestTraffic",
                                          "BeforeAllowTraffic", "AfterAllowTraffic"};

/// The position of `name` in kEcsHooks; nullopt when it is no ECS hook.
std::optional<size_t> ecs_hook_rank(std::string_view name);

/// True when `text` is empty or holds only white space.
bool is_blank(std::string_view text);

/// What a `TaskDefinition` value is, as far as text can tell.
struct TaskDefinitionForm {
  enum Kind {
    empty,        ///< "" or only blanks
    not_arn,      ///< a family, family:revision or other text that does not start with arn:
    malformed,    ///< starts with arn: but is no ECS task definition ARN; `problem` says why
    no_revision,  ///< arn:...:task-definition/FAMILY without :REVISION
    arn,          ///< arn:PARTITION:ecs:REGION:ACCOUNT:task-definition/FAMILY:REVISION
  } kind = empty;
  std::string problem;  ///< for `malformed`: "it has an empty field (`::`)", ...
};

/// Classifies a TaskDefinition value that holds no placeholder. Region, account and revision
/// words ("region", "aws-account-id") pass: documentation writes them for values to fill in,
/// while a wrong structure (a doubled colon, another service) stays wrong once they are filled.
TaskDefinitionForm task_definition_form(std::string_view text);

/// Calls f(properties, pointer) for the `Properties` object of each `TargetService` in the
/// Resources list (one in a valid AppSpec; every one is checked when there are more).
template <class F>
void for_each_target_properties(const Json& root, F&& f) {
  Spelled resources = appspec_resources(root);
  for_each_item(resources.value, resources.at, [&](const Json& item, const Place& at) {
    const Json* service = object_member(item, "TargetService");
    const Json* properties = service ? object_member(*service, "Properties") : nullptr;
    if (properties) f(*properties, at / "TargetService" / "Properties");
  });
}

/// Calls f(text, form, pointer) for each TargetService's `TaskDefinition` string that holds no
/// placeholder (`<TASK_DEFINITION>`, which CodePipeline fills in, is unknown).
template <class F>
void for_each_task_definition(const Json& root, F&& f) {
  for_each_target_properties(root, [&](const Json& properties, const Place& at) {
    if (auto text = known_string(properties, "TaskDefinition"))
      f(*text, task_definition_form(*text), at / "TaskDefinition");
  });
}

/// Calls f(name, value, pointer, index) for each member of each object in the Hooks list, in
/// document order: `pointer` is the member's (report_key on it names the hook), `index` the
/// item's position in the list.
template <class F>
void for_each_hook(const Json& root, F&& f) {
  Spelled hooks = appspec_hooks(root);
  size_t index = 0;
  for_each_item(hooks.value, hooks.at, [&](const Json& item, const Place& at) {
    size_t i = index++;
    if (!item.IsObject()) return;
    for (auto m = item.MemberBegin(); m != item.MemberEnd(); ++m) {
      std::string_view name(m->name.GetString(), m->name.GetStringLength());
      f(name, m->value, at / name, i);
    }
  });
}

}  // namespace ecslint
