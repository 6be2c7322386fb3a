#include <cctype>

#include "rules/ecs_logging.hpp"

namespace ecslint {
namespace {

// Characters of a Secrets Manager secret name.
bool is_secret_name(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (!std::isalnum(static_cast<unsigned char>(c)) && std::string_view("/_+=.@-").find(c) == std::string_view::npos)
      return false;
  return true;
}

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    const Json* credentials = object_member(container, "repositoryCredentials");
    if (!credentials) return;
    auto value = known_string(*credentials, "credentialsParameter");
    if (!value) return;
    auto arn = parse_arn(*value);
    bool ok = arn ? arn->service == "secretsmanager" && arn->resource.substr(0, 7) == "secret:" &&
                        arn->resource.size() > 7
                  : is_secret_name(*value);
    if (!ok)
      cx.report(at / "repositoryCredentials" / "credentialsParameter",
                fmt::format("credentialsParameter \"{}\" is not a Secrets Manager secret ARN "
                            "(arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME) or secret name",
                            *value));
  });
}

constexpr Rule kRule = {
    "repository-credentials-arn", kTaskDefinition, Level::warning,
    "repositoryCredentials.credentialsParameter is not a Secrets Manager secret",
    R"md(
## Why
To pull an image from a private registry, ECS reads the registry user name and password from a
Secrets Manager secret named by `repositoryCredentials.credentialsParameter`. It must be the ARN
of that secret, `arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME`, or its name when the secret
is in the task's Region. An SSM parameter, an ARN of another service, an empty value or text with
spaces cannot be used, and the image pull fails when the task starts. Registration does not
check it, and the exact rules for names are not documented, so this is a warning.

## Bad
```json
{"name": "web", "image": "registry.example.com/web:1.4",
 "repositoryCredentials": {"credentialsParameter": "arn:aws:ssm:us-east-1:111122223333:parameter/registry"}}
```

## Good
```json
{"name": "web", "image": "registry.example.com/web:1.4",
 "repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:us-east-1:111122223333:secret:registry-AbCdEf"}}
```

## References
- Amazon ECS API Reference: RepositoryCredentials.credentialsParameter
- Amazon ECS Developer Guide: Using non-AWS container images in Amazon ECS (private registry
  authentication)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
