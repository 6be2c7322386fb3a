#include <cctype>
#include <string>
#include <vector>

#include "rules/ecs_logging.hpp"

namespace ecslint {
namespace {

// Words of a variable name, upper-cased: "dbPassword" and "DB_PASSWORD" give DB, PASSWORD.
std::vector<std::string> words(std::string_view name) {
  std::vector<std::string> out(1);
  for (size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (!std::isalnum(c)) {
      if (!out.back().empty()) out.emplace_back();
      continue;
    }
    bool camel_break = std::isupper(c) && i > 0 && std::islower(static_cast<unsigned char>(name[i - 1]));
    if (camel_break && !out.back().empty()) out.emplace_back();
    out.back() += static_cast<char>(std::toupper(c));
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

bool is_one_of(const std::string& word, std::initializer_list<std::string_view> list) {
  for (std::string_view item : list)
    if (word == item) return true;
  return false;
}

// True when the name says the value is a secret: PASSWORD, SECRET, TOKEN, API_KEY, ... not
// followed by a word that makes it a reference to one (SECRET_ARN, PASSWORD_FILE, TOKEN_URL).
// True when `name` holds `part` (upper case), ignoring case.
bool contains_upper(std::string_view name, std::string_view part) {
  for (size_t i = 0; i + part.size() <= name.size(); ++i) {
    size_t j = 0;
    while (j < part.size() && std::toupper(static_cast<unsigned char>(name[i + j])) == part[j]) ++j;
    if (j == part.size()) return true;
  }
  return false;
}

bool secret_name(std::string_view name) {
  // Every secret word below contains PASS, SECRET, TOKEN or KEY: most names have none, and need
  // not be split into words.
  if (!contains_upper(name, "PASS") && !contains_upper(name, "SECRET") &&
      !contains_upper(name, "TOKEN") && !contains_upper(name, "KEY"))
    return false;
  std::vector<std::string> w = words(name);
  for (size_t i = 0; i < w.size(); ++i) {
    bool secret = is_one_of(w[i], {"PASSWORD", "PASSWD", "PASS", "PASSPHRASE", "SECRET", "TOKEN",
                                   "APIKEY", "PRIVATEKEY"}) ||
                  (i + 1 < w.size() && w[i + 1] == "KEY" &&
                   is_one_of(w[i], {"API", "ACCESS", "PRIVATE", "SECRET", "ENCRYPTION", "SIGNING"}));
    if (!secret) continue;
    for (size_t j = i + 1; j < w.size(); ++j)
      if (is_one_of(w[j], {"ARN", "FILE", "PATH", "NAME", "ID", "URL", "URI", "ENDPOINT", "HEADER",
                           "PARAM", "PARAMETER", "LENGTH", "TTL", "EXPIRY", "EXPIRES", "EXPIRATION",
                           "TYPE", "ENABLED", "REGION", "LOCATION", "KEYS"}))
        return false;
    return true;
  }
  return false;
}

// An AWS access key id: AKIA (long-term) or ASIA (temporary) and 16 upper-case letters or digits.
bool access_key_id(std::string_view value) {
  if (value.size() != 20 || (value.substr(0, 4) != "AKIA" && value.substr(0, 4) != "ASIA")) return false;
  for (char c : value)
    if (!std::isupper(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c)))
      return false;
  return true;
}

// Values that are no secret whatever the name says: nothing, a flag, a reference, or a
// "{word}" template slot that is_placeholder() does not know.
bool harmless(std::string_view value) {
  return value.empty() || value == "true" || value == "false" || value.substr(0, 4) == "arn:" ||
         value.front() == '/' ||
         (value.size() > 2 && value.front() == '{' && value.back() == '}' &&
          value.find(' ') == std::string_view::npos);
}

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    for_each_named(container, at, "environment", [&](const Json& item, const Place& item_at, std::string_view name) {
      auto value = known_string(item, "value");
      if (!value) return;
      if (access_key_id(*value))
        cx.report(item_at / "value", fmt::format("environment variable {} holds an AWS access key "
                                                 "id; give the task a role instead of keys",
                                                 name));
      else if (secret_name(name) && !harmless(*value))
        cx.report(item_at / "value", fmt::format("environment variable {} looks like a secret in "
                                                 "plain text; pass it in `secrets` from Secrets "
                                                 "Manager or SSM Parameter Store",
                                                 name));
    });
  });
}

constexpr Rule kRule = {
    "plaintext-secret", kTaskDefinition, Level::note,
    "An environment variable holds what looks like a password, token, key or AWS access key id",
    R"md(
## Why
`environment` values are stored in the task definition in plain text: anyone who may describe
task definitions (and every copy of the file in source control) can read them. Passwords, tokens
and keys belong in Secrets Manager or SSM Parameter Store and reach the container through
`secrets`, which ECS resolves when the task starts. AWS access keys should not be in a task at
all: the task role provides credentials.

The check is deliberately narrow. It reports a variable whose name contains a word such as
PASSWORD, PASSWD, PASS, SECRET, TOKEN, API_KEY / APIKEY, ACCESS_KEY, PRIVATE_KEY, SECRET_KEY,
unless a later word shows that the value only points at a secret (`DB_PASSWORD_FILE`,
`SECRET_ARN`, `TOKEN_URL`, `SECRET_NAME`, ...), and any value that is an AWS access key id
(`AKIA` or `ASIA` and 16 more capitals or digits). Empty values, `true`/`false`, ARNs, absolute
paths, template placeholders and `{name}` template slots are not reported.

## Bad
```json
{"environment": [{"name": "DB_PASSWORD", "value": "hunter2"},
                 {"name": "AWS_ACCESS_KEY_ID", "value": "AKIAIOSFODNN7EXAMPLE"}]}
```

## Good
```json
{"environment": [{"name": "DB_PASSWORD_FILE", "value": "/run/secrets/db"}],
 "secrets": [{"name": "DB_PASSWORD", "valueFrom": "/prod/db/password"}]}
```

## References
- Amazon ECS Developer Guide: Pass sensitive data to an Amazon ECS container
- Trivy AVD-AWS-0036 (task definition contains sensitive data in environment variables)
- AWS Config rule ecs-no-environment-secrets
- terrascan AC_AWS_0095 (secrets in container definitions)
- AWS Control Tower proactive control CT.ECS.PR.12
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
