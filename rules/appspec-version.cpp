#include "rules/rule.hpp"

namespace ecslint {
namespace {

// The reference calls the version a string, its examples write the number 0.0, and CodeDeploy
// takes both; a number is compared by value, so YAML's `0.0` and JSON's `0.0` pass alike.
bool is_version_zero(const Json& value) {
  if (value.IsNumber()) return value.GetDouble() == 0.0;
  return value.IsString() && std::string_view(value.GetString(), value.GetStringLength()) == "0.0";
}

// Numbers as written (1, 1.0), strings quoted.
std::string shown(const Json& value) {
  if (value.IsString())
    return fmt::format("\"{}\"", std::string_view(value.GetString(), value.GetStringLength()));
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return buffer.GetString();
}

void check(Context& cx) {
  const Json* version = member(cx.root, "version");
  if (!version || is_version_zero(*version)) return;  // a missing version is the schema's
  if (version->IsString() &&
      is_placeholder(std::string_view(version->GetString(), version->GetStringLength())))
    return;
  // The schema gives `version` no type (both forms are accepted), so this rule names the rest.
  if (version->IsNumber() || version->IsString())
    cx.report(Pointer() / "version",
              fmt::format("version {} is not supported; the only AppSpec version is 0.0",
                          shown(*version)));
  else
    cx.report(Pointer() / "version",
              fmt::format("version is {}; the only AppSpec version is 0.0",
                          describe_value(*version)));
}

constexpr Rule kRule = {
    "appspec-version", kAppSpec, Level::error,
    "The AppSpec version is not 0.0, the only version CodeDeploy accepts",
    R"md(
## Why
Every CodeDeploy AppSpec file starts with `version`, and currently the only allowed value is
`0.0`. CodeDeploy rejects a deployment whose AppSpec carries
any other version, such as `1`, `1.0` or `"2"`. (The reference says the value is reserved by
CodeDeploy for future use and must not be changed.)

The reference calls the value a string while its own examples write the number `0.0`; both are
accepted, so ecslint takes the number zero in any spelling (`0.0`, `0`) and the string `"0.0"`.

## Bad
```yaml
version: 1.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: "arn:aws:ecs:us-east-1:111122223333:task-definition/web:3"
        LoadBalancerInfo:
          ContainerName: "web"
          ContainerPort: 80
```

## Good
```yaml
version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: "arn:aws:ecs:us-east-1:111122223333:task-definition/web:3"
        LoadBalancerInfo:
          ContainerName: "web"
          ContainerPort: 80
```

## References
- CodeDeploy User Guide, AppSpec file structure ("version"):
  https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-version.html
- CodeDeploy User Guide, AppSpec file example for an Amazon ECS deployment:
  https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-example.html
)md",
                        check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
