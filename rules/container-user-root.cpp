#include "rules/ecs_misc.hpp"

namespace ecslint {
namespace {

// "root", "0", "root:staff", "0:0": the part before the colon names the user.
bool is_root(std::string_view user) {
  std::string_view name = user.substr(0, user.find(':'));
  return name == "root" || name == "0";
}

void check(Context& cx) {
  if (task_level_unknown(cx)) return;  // a container array: the OS is unknown
  // Windows containers have no Linux root user (their administrator account is a different
  // check, and `user` is unsupported for them).
  if (looks_windows(cx.root)) return;
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    const Json* user = member(container, "user");
    if (!user || user->IsNull()) {
      cx.report(at, fmt::format("{} sets no `user`, so it runs as the image's user, root unless the "
                                "image says otherwise; set a non-root user such as \"1000:1000\"",
                                quoted_container_name(container)));
      return;
    }
    auto name = known_string(container, "user");
    if (name && (name->empty() || is_root(*name)))
      cx.report(at / "user", fmt::format("{} runs as root (user \"{}\"); use a non-root user",
                                         quoted_container_name(container), *name));
  });
}

constexpr Rule kRule = {
    "container-user-root", kTaskDefinition | kOptIn, Level::note,
    "A Linux container runs as root (no user, or user root or 0)",
    R"md(
## Why
A process running as root inside a container is root on the host's kernel: a container escape
or a writable host mount then gives an attacker full control. Setting `user` to a non-root user
or uid (`"1000"`, `"app:app"`) limits the damage. Without `user` the container runs as the
image's `USER`, which is root for most images, so a missing `user` is reported too (on the
container, since ecslint cannot see the image).

Only Linux containers are checked: task definitions for Windows (by `runtimePlatform`, or by a
Windows image or path) are skipped. Values holding a template placeholder are skipped.

This rule is **opt-in**: it fires on most real task definitions, so it is off until you turn it on with `--enable container-user-root` (or `--enable all`), or give it a level in `.ecslint.yaml` (`rules: {container-user-root: note}`).

## Bad
```json
{"name": "app", "image": "nginx:1.27", "memory": 512, "user": "root"}
```

## Good
```json
{"name": "app", "image": "nginxinc/nginx-unprivileged:1.27", "memory": 512, "user": "101"}
```

## References
- Amazon ECS API Reference: ContainerDefinition.user,
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
- Peers: AWS Config rule `ecs-task-definition-nonroot-user`; AWS Security Hub controls ECS.20 and
  ECS.21; AWS Control Tower proactive control CT.ECS.PR.3
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
