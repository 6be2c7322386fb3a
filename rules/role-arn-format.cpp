#include <algorithm>
#include <cctype>
#include <string>

#include "rules/ecs_misc.hpp"

namespace ecslint {
namespace {

bool is_role_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) ||
         std::string_view("+=,.@_-").find(c) != std::string_view::npos;
}

// IAM role names are 1–64 characters of [\w+=,.@-], optionally after a path "/a/b/" whose
// segments use the same characters.
bool is_role_name_with_path(std::string_view text) {
  size_t slash = text.rfind('/');
  std::string_view name = slash == std::string_view::npos ? text : text.substr(slash + 1);
  if (name.empty() || name.size() > 64) return false;
  return std::all_of(text.begin(), text.end(), [](char c) { return c == '/' || is_role_char(c); });
}

// "XXXXXXXXXXXX", "aws_account_id", "account-id": documentation stand-ins for an account number.
bool is_account_word(std::string_view account) {
  return !account.empty() && std::all_of(account.begin(), account.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '-';
  });
}

// Splits "arn:partition:service:region:account:resource" into its six fields.
bool split_arn(std::string_view arn, std::string_view (&field)[6]) {
  for (int i = 0; i < 5; ++i) {
    size_t colon = arn.find(':');
    if (colon == std::string_view::npos) return false;
    field[i] = arn.substr(0, colon);
    arn.remove_prefix(colon + 1);
  }
  field[5] = arn;
  return true;
}

// The problem with a role ARN, or "" when it is a well-formed IAM role ARN.
std::string arn_problem(std::string_view arn) {
  std::string_view f[6];
  if (!split_arn(arn, f)) return "is not a complete ARN (arn:aws:iam::ACCOUNT:role/NAME)";
  if (f[1] != "aws" && f[1].substr(0, 4) != "aws-")
    return fmt::format("has partition \"{}\"; expected aws, aws-cn or aws-us-gov", f[1]);
  if (f[2] != "iam") return fmt::format("is an ARN of service \"{}\", not an IAM role", f[2]);
  if (!f[3].empty()) return fmt::format("has region \"{}\"; IAM ARNs have an empty region", f[3]);
  bool digits = std::all_of(f[4].begin(), f[4].end(),
                            [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  if (!is_account_word(f[4]) && (!digits || f[4].size() != 12))
    return fmt::format("has account \"{}\"; an account ID has 12 digits", f[4]);
  if (f[5].substr(0, 5) != "role/")
    return fmt::format("names \"{}\", not a role (role/NAME)", f[5]);
  if (!is_role_name_with_path(f[5].substr(5)))
    return fmt::format("has role name \"{}\", which is not a valid IAM role name", f[5].substr(5));
  return "";
}

void check_role(Context& cx, std::string_view key) {
  auto value = known_string(cx.root, key);
  if (!value) return;
  std::string problem;
  if (value->substr(0, 4) == "arn:")
    problem = arn_problem(*value);
  else if (!is_role_name_with_path(*value))
    problem = "is neither an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME) nor a role name";
  if (!problem.empty())
    cx.report(Pointer() / key, fmt::format("{} \"{}\" {}", key, *value, problem));
}

void check(Context& cx) {
  check_role(cx, "taskRoleArn");
  check_role(cx, "executionRoleArn");
}

constexpr Rule kRule = {
    "role-arn-format", kTaskDefinition, Level::warning,
    "taskRoleArn or executionRoleArn is not an IAM role ARN or role name",
    R"md(
## Why
`taskRoleArn` and `executionRoleArn` name IAM roles: `arn:aws:iam::123456789012:role/NAME`
(partition `aws`, `aws-cn` or `aws-us-gov`; empty region; a 12-digit account; `role/`, an
optional path and a name of 1–64 characters `A–Z a–z 0–9 + = , . @ _ -`). Common mistakes are a
policy, user or instance-profile ARN, a region in the ARN, an account ID with a digit missing,
or a description instead of a name. The task then fails when ECS or the containers try to
assume the role.

The ECS API Reference documents `taskRoleArn` as "the short name or full Amazon Resource Name
(ARN) of the IAM role", and AWS's own examples pass plain role names for both members, so a valid
role name (optionally with a path) is accepted. What ECS does with a malformed value at
registration is not verified, hence a warning. Values holding a template placeholder are
skipped, and so are documentation stand-ins for the account (`XXXXXXXXXXXX`, `aws_account_id`).

## Bad
```json
{"family": "web", "taskRoleArn": "arn:aws:iam::12345678901:policy/web-task",
 "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}]}
```

## Good
```json
{"family": "web", "taskRoleArn": "arn:aws:iam::123456789012:role/web-task",
 "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}]}
```

## References
- Amazon ECS API Reference: RegisterTaskDefinition `taskRoleArn`, `executionRoleArn`,
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html
- IAM User Guide: IAM identifiers (ARNs) and IAM and AWS STS quotas (role name characters)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
