#include "rules/ecs_misc.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_container_item(cx.root, "ulimits", [&](const Json& ulimit, const Place& at, const Json&,
                                                  const Place&) {
    auto soft = int_member(ulimit, "softLimit");
    auto hard = int_member(ulimit, "hardLimit");
    if (!soft || !hard || *soft <= *hard) return;
    auto name = string_member(ulimit, "name");
    cx.report(at / "softLimit",
              fmt::format("{}softLimit {} is above hardLimit {}; the soft limit must be at most the "
                          "hard limit",
                          name ? fmt::format("ulimit {} ", *name) : std::string(), *soft, *hard));
  });
}

constexpr Rule kRule = {
    "ulimit-soft-above-hard", kTaskDefinition, Level::error,
    "A container ulimit has a softLimit above its hardLimit",
    R"md(
## Why
A ulimit's soft limit is the value a process gets; the hard limit is the ceiling it may raise the
soft limit to. The kernel refuses a soft limit above the hard limit (`setrlimit` fails with
`EINVAL`), and Docker refuses it too ("ulimit soft limit must be less than or equal to hard
limit"), so the container cannot start and the task stops. ECS passes `ulimits` to Docker
unchanged.

## Bad
```json
{"name": "db", "image": "postgres:16", "memory": 1024,
 "ulimits": [{"name": "nofile", "softLimit": 65536, "hardLimit": 4096}]}
```

## Good
```json
{"name": "db", "image": "postgres:16", "memory": 1024,
 "ulimits": [{"name": "nofile", "softLimit": 65536, "hardLimit": 65536}]}
```

## References
- Amazon ECS API Reference: Ulimit (`name`, `softLimit`, `hardLimit`),
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Ulimit.html
- Linux `setrlimit(2)`: "EINVAL ... rlim->rlim_cur was greater than rlim->rlim_max"
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
