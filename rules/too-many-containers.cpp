#include "rules/ecs.hpp"

namespace ecslint {
namespace {

constexpr size_t kMaxContainers = 10;

void check(Context& cx) {
  const Json* containers = array_member(cx.root, "containerDefinitions");
  if (!containers || containers->Size() <= kMaxContainers) return;
  cx.report(Pointer() / "containerDefinitions" / kMaxContainers,
            fmt::format("the task definition has {} containers; ECS allows at most {} "
                        "(\"Too many containers.\")",
                        containers->Size(), kMaxContainers));
}

constexpr Rule kRule = {
    "too-many-containers", kTaskDefinition, Level::error,
    "The task definition has more than the 10 containers ECS allows",
    R"md(
## Why
A task definition holds at most 10 container definitions. The quota "Containers per task
definition" is 10 and cannot be raised; RegisterTaskDefinition refuses more with
"ClientException: Too many containers." ecslint reports the eleventh container, where the limit
is crossed.

## Bad
A task definition whose `containerDefinitions` lists 11 containers, for example an application
with ten logging, proxy and metrics sidecars.

## Good
At most 10 containers: move sidecars that do not need to share the task's lifecycle into a
service of their own, or run daemons (log routers, agents) as a `DAEMON` service on EC2.
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 512},
    {"name": "log-router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
     "memory": 128, "firelensConfiguration": {"type": "fluentbit"}}
  ]
}
```

## References
- Amazon ECS service quotas: "Containers per task definition: 10" (not adjustable)
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html
- aws/amazon-ecs-cli#184: "ClientException: Too many containers."
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
