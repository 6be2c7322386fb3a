#include <cctype>
#include <string>

#include "rules/ecs_logging.hpp"

namespace ecslint {
namespace {

// Characters of an SSM parameter name (letters, digits, "_", ".", "-", and "/" for paths).
bool is_parameter_name(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.' && c != '-' && c != '/')
      return false;
  return true;
}

// What is wrong with a valueFrom, or "" when it is a valid reference.
std::string problem(std::string_view value) {
  auto arn = parse_arn(value);
  if (!arn) {
    if (value.substr(0, 4) == "arn:") return "is not a complete ARN";
    if (!is_parameter_name(value))
      return "is neither an ARN nor an SSM parameter name (letters, digits, _ . - /)";
    return "";
  }
  if (arn->service == "ssm") {
    if (arn->resource.substr(0, 10) != "parameter/" || arn->resource.size() == 10)
      return "is not an SSM parameter ARN (…:parameter/NAME)";
    return "";
  }
  if (arn->service != "secretsmanager")
    return fmt::format("names the {} service; a secret comes from Secrets Manager or SSM Parameter "
                       "Store",
                       arn->service.empty() ? "empty" : std::string(arn->service));
  // secret:NAME[:JSON-KEY[:VERSION-STAGE[:VERSION-ID]]]
  std::string_view rest = arn->resource;
  if (rest.substr(0, 7) != "secret:" || rest.size() == 7)
    return "is not a Secrets Manager secret ARN (…:secret:NAME)";
  rest.remove_prefix(7);
  std::string_view fields[4];
  size_t count = 0;
  while (true) {
    size_t colon = rest.find(':');
    if (count == 4) return "has too many fields; after the secret name come at most json-key, "
                           "version-stage and version-id";
    fields[count++] = rest.substr(0, colon);
    if (colon == std::string_view::npos) break;
    rest.remove_prefix(colon + 1);
  }
  if (fields[0].empty()) return "has an empty secret name";
  if (!fields[2].empty() && !fields[3].empty())
    return "sets both version-stage and version-id; use only one of them";
  return "";
}

template <class F>
void for_each_secret(const Json& task, F&& f) {
  for_each_container(task, [&](const Json& container, const Place& at) {
    for_each_item(array_member(container, "secrets"), at / "secrets", f);
    if (const Json* config = object_member(container, "logConfiguration"))
      for_each_item(array_member(*config, "secretOptions"), at / "logConfiguration" / "secretOptions", f);
  });
}

void check(Context& cx) {
  for_each_secret(cx.root, [&](const Json& secret, const Place& at) {
    auto value = known_string(secret, "valueFrom");
    if (!value) return;
    std::string why = value->empty() ? std::string("is empty") : problem(*value);
    if (!why.empty()) cx.report(at / "valueFrom", fmt::format("valueFrom \"{}\" {}", *value, why));
  });
}

constexpr Rule kRule = {
    "secret-value-from", kTaskDefinition, Level::error,
    "A secret's valueFrom is not a Secrets Manager or SSM Parameter Store reference",
    R"md(
## Why
`valueFrom` of a container secret (or of a log configuration's `secretOptions`) tells ECS where to
fetch the value when the task starts. ECS accepts:

- a Secrets Manager secret ARN, `arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME`, optionally
  followed by `:JSON-KEY:VERSION-STAGE:VERSION-ID` to pick one key or one version; each part may
  be empty and trailing colons may stay (`…:secret:db-AbCdEf:password::`), but VERSION-STAGE and
  VERSION-ID exclude each other;
- an SSM Parameter Store parameter ARN, `arn:aws:ssm:REGION:ACCOUNT:parameter/NAME`;
- the name of a parameter in the task's Region, `NAME` or `/path/NAME`.

Anything else (an empty value, an ARN of another service, a truncated ARN, a name with spaces or
colons) cannot be resolved, and the task fails to start. The partition, Region and account fields
are not checked (documentation examples use words there).

## Bad
```json
{"secrets": [
  {"name": "DB_PASSWORD",
   "valueFrom": "arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf:password:AWSCURRENT:0d9bb4c2-1111-2222-3333-444455556666"},
  {"name": "API_TOKEN", "valueFrom": "arn:aws:s3:::my-bucket/token.txt"}]}
```

## Good
```json
{"secrets": [
  {"name": "DB_PASSWORD",
   "valueFrom": "arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf:password:AWSCURRENT:"},
  {"name": "API_TOKEN", "valueFrom": "arn:aws:ssm:us-east-1:111122223333:parameter/prod/api-token"}]}
```

## References
- Amazon ECS API Reference: Secret.valueFrom, LogConfiguration.secretOptions
- Amazon ECS Developer Guide: Pass Secrets Manager secrets through Amazon ECS environment
  variables (secret ARN with json-key, version-stage and version-id)
- Amazon ECS Developer Guide: Pass Systems Manager parameters through Amazon ECS environment
  variables
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
