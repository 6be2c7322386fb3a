#include "rules/ecs_fargate.hpp"

namespace ecslint {
namespace {

constexpr int64_t kFargateMaxNofile = 1048576;

void check(Context& cx) {
  if (!fargate_applies(cx.root)) return;
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    for_each_item(array_member(container, "ulimits"), at / "ulimits",
                  [&](const Json& ulimit, const Place& ulimit_at) {
                    auto name = known_string(ulimit, "name");
                    if (!name || *name != "nofile") return;
                    for (const char* key : {"softLimit", "hardLimit"}) {
                      auto limit = int_member(ulimit, key);
                      if (limit && *limit > kFargateMaxNofile)
                        cx.report(ulimit_at / key,
                                  fmt::format("nofile {} {} is above Fargate's maximum of {}", key,
                                              *limit, kFargateMaxNofile));
                    }
                  });
  });
}

constexpr Rule kRule = {
    "fargate-ulimit-nofile", kTaskDefinition, Level::warning,
    "A Fargate container sets the nofile ulimit above 1048576",
    R"md(
## Why
Fargate sets the open-files limit (`nofile`) of every container itself and lets a task definition
raise it only up to a hard limit of 1,048,576. A `nofile` `softLimit` or `hardLimit` above that
cannot be honoured on Fargate. This is a warning: the limit is documented, but what ECS does with
a larger value (refuse the task definition, or fail or cap the container) is not. Other ulimit
names are not checked on Fargate, because the documentation only speaks about `nofile`.

## Bad
```json
{"name": "proxy", "image": "envoyproxy/envoy:v1.31.0",
 "ulimits": [{"name": "nofile", "softLimit": 2000000, "hardLimit": 2000000}]}
```

## Good
```json
{"name": "proxy", "image": "envoyproxy/envoy:v1.31.0",
 "ulimits": [{"name": "nofile", "softLimit": 65535, "hardLimit": 1048576}]}
```

## References
- Amazon ECS API Reference: ContainerDefinition.ulimits (Fargate `nofile` defaults and the
  1048576 hard limit)
- Amazon ECS task definition differences for Fargate (task resource limits):
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
