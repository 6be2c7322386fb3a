#include <iterator>

#include "rules/ecs_appspec.hpp"

namespace ecslint {
namespace {

// ECS AwsVpcConfiguration limits, which the replacement task set's network settings obey.
constexpr size_t kMaxSubnets = 16;
constexpr size_t kMaxSecurityGroups = 5;

struct Setting {
  const char* pascal;  // as the AppSpec reference spells it
  const char* camel;   // as the ECS API spells it (accepted; appspec-key-case warns)
  const char* what;    // an item, for messages
  size_t max_items;    // 0: not a list
};

constexpr Setting kSettings[] = {
    {"Subnets", "subnets", "subnet ID", kMaxSubnets},
    {"SecurityGroups", "securityGroups", "security group ID", kMaxSecurityGroups},
    {"AssignPublicIp", "assignPublicIp", nullptr, 0},
};

// A list counts as given when it has items, AssignPublicIp when it is a string: its value
// ("" included) is the schema's enum check. All three empty is "none", as the AppSpec
// assistant reads it.
bool given(const Setting& setting, const Json* value) {
  if (!value) return false;
  return setting.max_items ? value->IsArray() && !value->Empty() : value->IsString();
}

void check_list(Context& cx, const Setting& setting, const Spelled& list) {
  const size_t count = list.value->Size();
  if (count > setting.max_items)
    cx.report(list.at, fmt::format("`{}` has {} items; ECS allows at most {}", list.key, count,
                                   setting.max_items));
  for_each_item(list.value, list.at, [&](const Json& item, const Place& at) {
    if (item.IsString() && is_blank(std::string_view(item.GetString(), item.GetStringLength())))
      cx.report(at,
                fmt::format("{} is an empty string; give a real {}", setting.what, setting.what));
  });
}

void check(Context& cx) {
  for_each_target_properties(cx.root, [&](const Json& properties, const Place& at) {
    const Json* network = object_member(properties, "NetworkConfiguration");
    if (!network) return;
    Spelled vpc = either_member(*network, at / "NetworkConfiguration", "AwsvpcConfiguration",
                                "awsvpcConfiguration");
    if (!vpc.value || !vpc.value->IsObject()) return;
    const bool camel = vpc.key == "awsvpcConfiguration";

    Spelled found[std::size(kSettings)];
    size_t given_count = 0;
    for (size_t i = 0; i < std::size(kSettings); ++i) {
      found[i] = either_member(*vpc.value, vpc.at, kSettings[i].pascal, kSettings[i].camel);
      given_count += given(kSettings[i], found[i].value) ? 1 : 0;
    }
    if (given_count == 0) return;  // none: CodeDeploy keeps the service's network settings

    for (size_t i = 0; i < std::size(kSettings); ++i) {
      const Setting& setting = kSettings[i];
      const char* name = camel ? setting.camel : setting.pascal;
      if (given(setting, found[i].value)) {
        if (setting.max_items) check_list(cx, setting, found[i]);
        continue;
      }
      if (found[i].value && found[i].value->IsArray())
        cx.report(found[i].at, fmt::format("`{}` is empty; all or none of the settings under "
                                           "NetworkConfiguration must be specified",
                                           found[i].key));
      else if (!found[i].value)
        cx.report(vpc.at / name, fmt::format("`{}` has no `{}`; all or none of the settings under "
                                             "NetworkConfiguration must be specified",
                                             vpc.key, name));
      // any other type is the schema's
    }
  });
}

constexpr Rule kRule = {
    "appspec-network-configuration", kAppSpec, Level::error,
    "The AppSpec AwsvpcConfiguration sets only some of Subnets, SecurityGroups and AssignPublicIp",
    R"md(
## Why
`Properties.NetworkConfiguration.AwsvpcConfiguration` gives the replacement tasks of an
`awsvpc` service their subnets, security groups and public IP setting. The CodeDeploy reference
is explicit: "All or none of the settings under NetworkConfiguration must be specified." If you
give `Subnets`, you must also give `SecurityGroups` and `AssignPublicIp`; if you give none,
CodeDeploy keeps the service's current network settings. A partial configuration fails the
deployment.

The lists must also hold real IDs: an empty string (what the CodeDeploy guide's template
leaves for you to fill) is no subnet or security group, and ECS takes at most 16 subnets and 5
security groups. `AssignPublicIp` values other than `ENABLED` and `DISABLED` are reported by the
schema check. Both the documented PascalCase keys and the ECS API's camelCase spellings
(`awsvpcConfiguration`, `subnets`, ...) are read; `appspec-key-case` warns about the latter.

## Bad
```yaml
NetworkConfiguration:
  AwsvpcConfiguration:
    Subnets: ["subnet-0a1b2c3d4e5f60001"]
```

## Good
```yaml
NetworkConfiguration:
  AwsvpcConfiguration:
    Subnets: ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
    SecurityGroups: ["sg-0a1b2c3d4e5f60003"]
    AssignPublicIp: "DISABLED"
```

## References
- CodeDeploy User Guide, AppSpec 'resources' section for Amazon ECS deployments
  (`NetworkConfiguration`, and its note "All or none of the settings under NetworkConfiguration
  must be specified"):
  https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html
- Amazon ECS API Reference, AwsVpcConfiguration (`subnets` at most 16, `securityGroups` at most 5)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
