#include "rules/ecs_task.hpp"

#include <cctype>

namespace ecslint {

void report_used_members(Context& cx, const Json& object, const Place& at,
                         std::initializer_list<const char*> keys, std::string_view prefix,
                         std::string_view where) {
  for (const char* key : keys) {
    const Json* value = member(object, key);
    if (value && takes_effect(*value))
      cx.report_key(at / key, fmt::format("`{}{}` is not supported {}", prefix, key, where));
  }
}

void report_efs_volumes(Context& cx, std::string_view where) {
  for_each_item(array_member(cx.root, "volumes"), Pointer() / "volumes",
                [&](const Json& volume, const Place& at) {
                  report_used_members(cx, volume, at, {"efsVolumeConfiguration"}, "", where);
                });
}

bool ec2_or_external_only(const Json& task) {
  if (fargate_applies(task)) return false;
  return ec2_applies(task) || requires_compatibility(task, "EXTERNAL");
}

}  // namespace ecslint

namespace ecslint {

namespace {
bool is_digit(char c) { return c >= '0' && c <= '9'; }
}  // namespace

bool is_task_size_text(std::string_view text, std::string_view unit) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  size_t i = 0, digits = 0;
  while (i < text.size() && is_digit(text[i])) ++i, ++digits;
  if (i == text.size()) return digits > 0;
  if (text[i] == '.') {
    ++i;
    while (i < text.size() && is_digit(text[i])) ++i, ++digits;
  }
  if (digits == 0) return false;
  while (i < text.size() && text[i] == ' ') ++i;
  std::string_view rest = text.substr(i);
  if (rest.size() != unit.size()) return false;
  for (size_t k = 0; k < rest.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(rest[k])) != unit[k]) return false;
  return true;
}

void check_task_size_format(Context& cx, std::string_view key, std::string_view unit,
                            std::string_view example) {
  auto text = known_string(cx.root, key);
  if (!text || is_task_size_text(*text, unit)) return;
  cx.report(Pointer() / key, fmt::format("{} \"{}\" is not a task {} size; write {}", key, *text,
                                         key == "cpu" ? "CPU" : "memory", example));
}

}  // namespace ecslint
