#include "rules/ecs_appspec.hpp"

namespace ecslint {
namespace {

struct Spelling {
  const char* api;      // the ECS API's camelCase key, which the schema accepts too
  const char* appspec;  // the key as the AppSpec reference writes it
};

constexpr Spelling kVpcKeys[] = {
    {"subnets", "Subnets"},
    {"securityGroups", "SecurityGroups"},
    {"assignPublicIp", "AssignPublicIp"},
};

void report(Context& cx, const Place& at, std::string_view api, std::string_view appspec) {
  cx.report_key(at, fmt::format("`{}` is the ECS API spelling; the AppSpec reference writes `{}`",
                                api, appspec));
}

// Other spellings (all lower case, typos) are not AppSpec keys at all: the schema check reports
// them with a did-you-mean, so this rule looks only at the camelCase keys the schema accepts.
void check(Context& cx) {
  for_each_target_properties(cx.root, [&](const Json& properties, const Place& at) {
    const Json* network = object_member(properties, "NetworkConfiguration");
    if (!network) return;
    const Place network_at = at / "NetworkConfiguration";
    if (member(*network, "awsvpcConfiguration"))
      report(cx, network_at / "awsvpcConfiguration", "awsvpcConfiguration", "AwsvpcConfiguration");
    for (const char* key : {"AwsvpcConfiguration", "awsvpcConfiguration"}) {
      const Json* vpc = object_member(*network, key);
      if (!vpc) continue;
      for (const Spelling& spelling : kVpcKeys)
        if (member(*vpc, spelling.api))
          report(cx, network_at / key / spelling.api, spelling.api, spelling.appspec);
    }
  });
}

constexpr Rule kRule = {
    "appspec-key-case", kAppSpec, Level::warning,
    "An AppSpec NetworkConfiguration uses the ECS API's camelCase keys, not the documented "
    "PascalCase",
    R"md(
## Why
The AppSpec reference writes every key under `Properties` in PascalCase:
`NetworkConfiguration.AwsvpcConfiguration` with `Subnets`, `SecurityGroups` and
`AssignPublicIp`. The ECS API (and a service definition's `networkConfiguration`) spells the same
settings in camelCase: `awsvpcConfiguration`, `subnets`, `securityGroups`, `assignPublicIp`.
Copying them from a service definition into an AppSpec is a common slip; the AWS Fargate DevOps
workshop's AppSpec does it.

CodeDeploy does not document the camelCase keys, but the evidence suggests that it reads them
without regard to case (an AWS workshop ships such a file, and ecspresso's first AppSpec writer
emitted these keys in lower case), so ecslint accepts them and warns instead of failing the
file. Write the documented spelling all the same: other tools
that read the AppSpec (linters, the AppSpec assistant, your own scripts) may not find them.
Spellings that are neither (`awsVpcConfiguration`, `SubNets`) are reported by the schema check.

## Bad
```json
"NetworkConfiguration": {
  "awsvpcConfiguration": {
    "subnets": ["subnet-0a1b2c3d4e5f60001"],
    "securityGroups": ["sg-0a1b2c3d4e5f60003"],
    "assignPublicIp": "DISABLED"
  }
}
```

## Good
```json
"NetworkConfiguration": {
  "AwsvpcConfiguration": {
    "Subnets": ["subnet-0a1b2c3d4e5f60001"],
    "SecurityGroups": ["sg-0a1b2c3d4e5f60003"],
    "AssignPublicIp": "DISABLED"
  }
}
```

## References
- CodeDeploy User Guide, AppSpec 'resources' section for Amazon ECS deployments
  (`NetworkConfiguration`):
  https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html
- Amazon ECS API Reference, NetworkConfiguration and AwsVpcConfiguration (camelCase members)
- aws-samples/amazon-ecs-fargate-workshop-dev-ops-data,
  `labs/fargate-dev-workshop/configs/appspec.json`
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
