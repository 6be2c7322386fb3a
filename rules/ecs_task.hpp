#pragma once
/// Task-level helpers shared by the task rules (size, placeholders, platform parameters).
/// As tolerant as rules/rule.hpp: wrong types and placeholders never raise a finding here.

#include <initializer_list>
#include <string_view>

#include "core/document.hpp"
#include "rules/ecs.hpp"

namespace ecslint {

/// Reports, at its key, each member of `object` named in `keys` that takes effect:
/// "`<prefix><key>` is not supported <where>".
void report_used_members(Context& cx, const Json& object, const Place& at,
                         std::initializer_list<const char*> keys, std::string_view prefix,
                         std::string_view where);

/// Reports, at its key, each `volumes[].efsVolumeConfiguration` that takes effect:
/// "`efsVolumeConfiguration` is not supported <where>".
void report_efs_volumes(Context& cx, std::string_view where);

/// True when the task may run on EC2 instances or ECS Anywhere but not on Fargate: ECS validates
/// a task definition against every listed compatibility, so Fargate rules take precedence.
bool ec2_or_external_only(const Json& task);

/// Calls f(text, pointer, owner) for every string value under `value`, in document order;
/// `owner` is the name of the nearest enclosing member ("" at the top).
namespace detail {
// One growing pointer for the whole walk: building a Pointer per node cost a fifth of a lint.
template <class F>
void for_each_string_at(const Json& value, Pointer& at, std::string_view owner, F& f) {
  if (value.IsString()) {
    f(std::string_view(value.GetString(), value.GetStringLength()), static_cast<const Place&>(at),
      owner);
    return;
  }
  const size_t length = at.text.size();
  if (value.IsArray()) {
    size_t i = 0;
    for (const Json& item : value.GetArray()) {
      append_index(at.text, i++);
      for_each_string_at(item, at, owner, f);
      at.text.resize(length);
    }
  } else if (value.IsObject()) {
    for (auto m = value.MemberBegin(); m != value.MemberEnd(); ++m) {
      std::string_view key(m->name.GetString(), m->name.GetStringLength());
      append_token(at.text, key);
      for_each_string_at(m->value, at, key, f);
      at.text.resize(length);
    }
  }
}
}  // namespace detail

template <class F>
void for_each_string(const Json& value, const Place& at, std::string_view owner, F&& f) {
  Pointer walk = at;
  detail::for_each_string_at(value, walk, owner, f);
}

}  // namespace ecslint

namespace ecslint {

/// True when `text` is written the way ECS documents task sizes: a whole number of base units
/// ("1024"), or a number with the unit ("1 vCPU", "1vcpu", ".5 vCPU", "2 GB"; case-insensitive).
/// Fractions are accepted with the unit only. Surrounding spaces are tolerated.
bool is_task_size_text(std::string_view text, std::string_view unit);

/// Reports the task-level `key` ("cpu" or "memory") when it is a known string that is not
/// written as a task size in `unit`; `example` shows both documented forms.
void check_task_size_format(Context& cx, std::string_view key, std::string_view unit,
                            std::string_view example);

}  // namespace ecslint
