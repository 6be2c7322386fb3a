#include "rules/ecs_volumes.hpp"

namespace ecslint {
namespace {

// The tmpfs mount options ECS documents. The last six take a value ("mode=1777").
constexpr std::string_view kOptions[] = {
    "defaults",   "ro",         "rw",         "suid",        "nosuid",      "dev",
    "nodev",      "exec",       "noexec",     "sync",        "async",       "dirsync",
    "remount",    "mand",       "nomand",     "atime",       "noatime",     "diratime",
    "nodiratime", "bind",       "rbind",      "unbindable",  "runbindable", "private",
    "rprivate",   "shared",     "rshared",    "slave",       "rslave",      "relatime",
    "norelatime", "strictatime", "nostrictatime", "mode",    "uid",         "gid",
    "nr_inodes",  "nr_blocks",  "mpol"};

bool known_option(std::string_view option) {
  std::string_view name = option.substr(0, option.find('='));
  for (std::string_view known : kOptions)
    if (name == known) return true;
  return false;
}

void check_tmpfs(Context& cx, const Json& tmpfs, const Place& at) {
  auto path = known_string(tmpfs, "containerPath");
  if (path && (path->empty() || path->front() != '/'))
    cx.report(at / "containerPath",
              fmt::format("tmpfs containerPath \"{}\" is not an absolute path", *path));
  auto size = int_member(tmpfs, "size");
  if (size && *size <= 0)
    cx.report(at / "size",
              fmt::format("tmpfs size {} is out of range; ECS requires a positive size in MiB",
                          *size));
  for_each_item(array_member(tmpfs, "mountOptions"), at / "mountOptions",
                [&](const Json& item, const Place& item_at) {
                  if (!item.IsString()) return;
                  std::string_view option(item.GetString(), item.GetStringLength());
                  if (is_placeholder(option) || known_option(option)) return;
                  // Docker's --tmpfs takes "size=64m"; ECS has its own `size` member instead.
                  bool size = option.substr(0, 5) == "size=";
                  cx.report(item_at, fmt::format("\"{}\" is not a tmpfs mount option ECS "
                                                 "accepts{}",
                                                 option, size ? "; set `size` (MiB) instead" : ""));
                });
}

void check(Context& cx) {
  for_each_linux_parameters(cx.root, [&](const Json& params, const Place& at) {
    for_each_item(array_member(params, "tmpfs"), at / "tmpfs",
                  [&](const Json& tmpfs, const Place& tmpfs_at) {
                    if (tmpfs.IsObject()) check_tmpfs(cx, tmpfs, tmpfs_at);
                  });
  });
}

constexpr Rule kRule = {
    "tmpfs-invalid", kTaskDefinition, Level::error,
    "A tmpfs mount has a relative containerPath, a size of zero or less, or an unknown mount option",
    R"md(
## Why
`linuxParameters.tmpfs` mounts a memory-backed file system into the container. ECS documents
what each entry needs:

- `containerPath`: the **absolute** path where the tmpfs is mounted (it starts with `/`);
- `size`: the maximum size in MiB, a positive integer;
- `mountOptions`: each one of `defaults`, `ro`, `rw`, `suid`, `nosuid`, `dev`, `nodev`, `exec`,
  `noexec`, `sync`, `async`, `dirsync`, `remount`, `mand`, `nomand`, `atime`, `noatime`,
  `diratime`, `nodiratime`, `bind`, `rbind`, `unbindable`, `runbindable`, `private`, `rprivate`,
  `shared`, `rshared`, `slave`, `rslave`, `relatime`, `norelatime`, `strictatime`,
  `nostrictatime`, `mode`, `uid`, `gid`, `nr_inodes`, `nr_blocks`, `mpol`. The options that take a
  value are accepted with it (`mode=1777`, `uid=1000`).

Anything else cannot be mounted. (tmpfs is not available on Fargate at all; that is
`fargate-unsupported-parameter`'s finding.)

## Bad
```json
{"name": "app", "image": "public.ecr.aws/docker/library/busybox:stable", "memory": 128,
 "linuxParameters": {"tmpfs": [{"containerPath": "tmp/cache", "size": 0,
                                "mountOptions": ["noexec", "size=64m"]}]}}
```

## Good
```json
{"name": "app", "image": "public.ecr.aws/docker/library/busybox:stable", "memory": 128,
 "linuxParameters": {"tmpfs": [{"containerPath": "/tmp/cache", "size": 64,
                                "mountOptions": ["noexec", "nosuid", "mode=1777"]}]}}
```

## References
- Amazon ECS API Reference: Tmpfs (`containerPath` "The absolute file path where the tmpfs volume
  is to be mounted", `size` "The maximum size (in MiB) of the tmpfs volume", `mountOptions` valid
  values) https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Tmpfs.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
