#include "rules/ecs_appspec.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <vector>

namespace ecslint {

Spelled either_member(const Json& object, const Place& at, std::string_view a,
                      std::string_view b) {
  for (std::string_view key : {a, b})
    if (const Json* value = member(object, key)) return {value, key, at / key};
  return {};
}

Spelled appspec_resources(const Json& root) {
  return either_member(root, Pointer(), "Resources", "resources");
}

Spelled appspec_hooks(const Json& root) { return either_member(root, Pointer(), "Hooks", "hooks"); }

std::optional<size_t> ecs_hook_rank(std::string_view name) {
  for (size_t i = 0; i < std::size(kEcsHooks); ++i)
    if (kEcsHooks[i] == name) return i;
  return std::nullopt;
}

namespace {

std::vector<std::string_view> split_colons(std::string_view text) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t colon; (colon = text.find(':', start)) != std::string_view::npos; start = colon + 1)
    parts.push_back(text.substr(start, colon - start));
  parts.push_back(text.substr(start));
  return parts;
}

bool all_of_chars(std::string_view text, bool (*ok)(char)) {
  return !text.empty() && std::all_of(text.begin(), text.end(), ok);
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower_or_dash(char c) { return (c >= 'a' && c <= 'z') || c == '-'; }
bool is_family_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
}

// "aws", "aws-cn", "aws-us-gov", "aws-iso-b": the partitions ARNs are written in.
bool is_partition(std::string_view text) {
  return text.substr(0, 3) == "aws" &&
         (text.size() == 3 || (text[3] == '-' && all_of_chars(text.substr(4), is_lower_or_dash)));
}

TaskDefinitionForm malformed(std::string problem) {
  return {TaskDefinitionForm::malformed, std::move(problem)};
}

}  // namespace

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
}

TaskDefinitionForm task_definition_form(std::string_view text) {
  if (is_blank(text)) return {TaskDefinitionForm::empty, {}};
  if (text.substr(0, 4) != "arn:") return {TaskDefinitionForm::not_arn, {}};
  if (text.find("::") != std::string_view::npos) return malformed("it has an empty field (`::`)");
  std::vector<std::string_view> parts = split_colons(text);
  if (parts.size() < 6)
    return malformed(fmt::format("it has {} colon-separated fields, not 7", parts.size()));
  if (!is_partition(parts[1]))
    return malformed(fmt::format("`{}` is not an AWS partition", parts[1]));
  if (parts[2] != "ecs")
    return malformed(fmt::format("it names the `{}` service, not `ecs`", parts[2]));
  if (all_of_chars(parts[4], is_digit) && parts[4].size() != 12)
    return malformed(fmt::format("account ID `{}` is not 12 digits", parts[4]));
  constexpr std::string_view kPrefix = "task-definition/";
  if (parts[5].substr(0, kPrefix.size()) != kPrefix)
    return malformed(fmt::format("its resource `{}` is not task-definition/FAMILY", parts[5]));
  std::string_view family = parts[5].substr(kPrefix.size());
  if (!all_of_chars(family, is_family_char))
    return malformed(
        fmt::format("family `{}` may hold only letters, digits, hyphens and underscores", family));
  if (parts.size() > 7)
    return malformed(fmt::format("it has {} colon-separated fields, not 7", parts.size()));
  if (parts.size() == 6) return {TaskDefinitionForm::no_revision, {}};
  if (parts[6].empty()) return malformed("its revision after the last colon is empty");
  if (all_of_chars(parts[6], is_digit) &&
      std::all_of(parts[6].begin(), parts[6].end(), [](char c) { return c == '0'; }))
    return malformed(
        fmt::format("revision `{}` is not a revision number; revisions start at 1", parts[6]));
  return {TaskDefinitionForm::arn, {}};
}

}  // namespace ecslint
