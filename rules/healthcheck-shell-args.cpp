#include <vector>

#include "rules/ecs_ports.hpp"

namespace ecslint {
namespace {

// A single CMD argument that only a shell would understand: several words, pipes,
// redirections, variables. No program is named like that.
bool looks_like_shell(std::string_view text) {
  return text.find_first_of(" \t|&;<>$`") != std::string_view::npos;
}

void check(Context& cx) {
  // Windows starts processes from one command line that Docker joins from all the strings, so
  // neither several CMD-SHELL strings nor one CMD string with spaces go wrong there.
  // A container array's OS is unknown: it may be Windows.
  bool windows = is_windows(cx.root) || task_level_unknown(cx);
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    const Json* health = object_member(container, "healthCheck");
    const Json* command = health ? array_member(*health, "command") : nullptr;
    if (!command || command->Empty()) return;
    std::vector<std::string_view> words;
    for (const Json& item : command->GetArray()) {
      if (!item.IsString()) return;
      std::string_view word(item.GetString(), item.GetStringLength());
      if (is_placeholder(word)) return;
      words.push_back(word);
    }
    const Pointer command_at = at / "healthCheck" / "command";
    size_t arguments = words.size() - 1;
    if (words[0] == "CMD-SHELL" && arguments == 0)
      cx.report(command_at, "CMD-SHELL is not followed by a shell command");
    else if (words[0] == "CMD-SHELL" && arguments > 1 && !windows)
      cx.report(command_at / 2,
                fmt::format("CMD-SHELL is followed by {} strings; the shell runs only the first "
                            "(\"{}\") and gets the others as positional parameters, so write the "
                            "whole command as one string",
                            arguments, words[1]));
    else if (words[0] == "CMD" && arguments == 0)
      cx.report(command_at, "CMD is not followed by a program to run");
    else if (words[0] == "CMD" && arguments == 1 && !windows && looks_like_shell(words[1]))
      cx.report(command_at / 1,
                fmt::format("\"{}\" is run as the name of one program, without a shell; use "
                            "CMD-SHELL, or give the program and each argument as separate strings",
                            words[1]));
  });
}

constexpr Rule kRule = {
    "healthcheck-shell-args", kTaskDefinition, Level::warning,
    "A health check command's arguments do not fit CMD or CMD-SHELL",
    R"md(
## Why
The first item of `healthCheck.command` says how Docker runs the rest:

- `CMD-SHELL` runs **one** string with the container's shell (`/bin/sh -c "<string>"`). Docker
  appends the remaining items to the shell's arguments as they are, so with
  `["CMD-SHELL", "curl", "-f", "http://localhost/"]` the shell runs just `curl`, and `-f` and the
  URL become `$0` and `$1`: the check fails forever (or passes without checking anything).
  Nothing after `CMD-SHELL` gives no check at all.
- `CMD` executes the next item as a program and the items after it as its arguments, without a
  shell. `["CMD", "curl -f http://localhost/ || exit 1"]` looks for a program whose name is that
  whole string, which does not exist, so the container never becomes healthy. This case is
  reported when the single string has spaces, pipes, redirections, `;`, `&`, `$` or backquotes.

Windows task definitions are only checked for an empty `CMD` or `CMD-SHELL`: Windows starts a
process from one command line, which Docker joins from all the strings, so both forms above
happen to work there.

ECS registers such task definitions, so this is a warning; a container that `dependsOn` this one
with condition `HEALTHY`, or a service waiting for healthy tasks, will wait in vain.

## Bad
```json
{"name": "web", "image": "nginx:1.27", "memory": 256,
 "healthCheck": {"command": ["CMD-SHELL", "curl", "-f", "http://localhost/"]}}
```

## Good
```json
{"name": "web", "image": "nginx:1.27", "memory": 256,
 "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]}}
```
or, without a shell, `["CMD", "curl", "-f", "http://localhost/"]`.

## References
- Amazon ECS API Reference: HealthCheck.command
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html
- Docker Engine API, container create: `Healthcheck.Test` (`["CMD-SHELL", command]`); Docker's
  health probe (moby `daemon/health.go`, `cmdProbe.run`) prepends the shell to the remaining
  items without joining them
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
