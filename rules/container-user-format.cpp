#include <algorithm>
#include <cctype>

#include "rules/ecs_misc.hpp"

namespace ecslint {
namespace {

bool all_digits(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// A user or group: a numeric id within Linux's 0..4294967294, or a name. Names are read from
// the image's /etc/passwd, so only the characters shadow-utils allows are accepted.
bool is_id_or_name(std::string_view part) {
  if (part.empty()) return false;
  if (all_digits(part)) return part.size() < 10 || (part.size() == 10 && part <= "4294967294");
  if (part[0] == '-') return false;
  return std::all_of(part.begin(), part.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' ||
           c == '$';
  });
}

bool is_valid_user(std::string_view user) {
  size_t colon = user.find(':');
  if (colon == std::string_view::npos) return is_id_or_name(user);
  return is_id_or_name(user.substr(0, colon)) && is_id_or_name(user.substr(colon + 1));
}

void check(Context& cx) {
  if (task_level_unknown(cx)) return;  // a container array: the OS is unknown (Windows names users differently)
  // Windows containers name users differently ("ContainerUser", "NT AUTHORITY\\..."), and the
  // API does not support `user` for them at all.
  if (looks_windows(cx.root)) return;
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    auto user = known_string(container, "user");
    if (!user || user->empty() || is_valid_user(*user)) return;  // "" means the image default
    cx.report(at / "user",
              fmt::format("user \"{}\" is not a user Docker can run as; use user, user:group, uid, "
                          "uid:gid, user:gid or uid:group",
                          *user));
  });
}

constexpr Rule kRule = {
    "container-user-format", kTaskDefinition, Level::warning,
    "A container's user is not in a user, user:group, uid or uid:gid form",
    R"md(
## Why
`user` is the user (and optionally group) the container's processes run as. The ECS API
Reference lists its forms: `user`, `user:group`, `uid`, `uid:gid`, `user:gid`, `uid:group`.
Names must exist in the image's `/etc/passwd` and `/etc/group`; numeric ids need not. Docker
refuses to start a container whose user it cannot resolve, so an empty part (`"app:"`), a second
colon, a negative or too-large id, or spaces mean the task fails at start.

ECS registers any string, so this is a warning. Windows task definitions are skipped (their
users are Windows accounts, and the API documents `user` as unsupported for Windows
containers), as are values holding a template placeholder.

## Bad
```json
{"name": "app", "image": "nginx:1.27", "memory": 512, "user": "app:"}
```

## Good
```json
{"name": "app", "image": "nginx:1.27", "memory": 512, "user": "101:101"}
```

## References
- Amazon ECS API Reference: ContainerDefinition.user,
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
- Docker run reference: `--user` (`name|uid[:group|gid]`)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
