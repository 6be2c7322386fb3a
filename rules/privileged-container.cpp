#include "rules/ecs_misc.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    if (bool_member(container, "privileged") == true)
      cx.report(at / "privileged",
                fmt::format("{} runs privileged: it gets every Linux capability and access to all "
                            "host devices; grant only the capabilities it needs",
                            quoted_container_name(container)));
  });
}

constexpr Rule kRule = {
    "privileged-container", kTaskDefinition, Level::note,
    "A container runs privileged, with root access to the host",
    R"md(
## Why
`"privileged": true` gives the container elevated privileges on the host container instance,
similar to the root user: every Linux capability, every host device, and no AppArmor or
seccomp confinement. A compromise of the container is a compromise of the instance. Most
workloads that seem to need it need one capability instead (`linuxParameters.capabilities.add`,
for example `NET_ADMIN` or `SYS_PTRACE`) or a single device (`linuxParameters.devices`).

Fargate rejects `privileged` altogether (reported by `fargate-unsupported-parameter`).

## Bad
```json
{"name": "agent", "image": "my-agent:1", "memory": 256, "privileged": true}
```

## Good
```json
{"name": "agent", "image": "my-agent:1", "memory": 256,
 "linuxParameters": {"capabilities": {"add": ["SYS_PTRACE"]}}}
```

## References
- Amazon ECS API Reference: ContainerDefinition.privileged,
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
- Peers: checkov CKV_AWS_334 (whose Terraform check reads the key `privilege` instead of
  `privileged`, so it never fires); AWS Config rule `ecs-containers-nonprivileged`; AWS Security
  Hub control ECS.4; AWS Control Tower proactive control CT.ECS.PR.11
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
