#include "rules/ecs_volumes.hpp"

namespace ecslint {
namespace {

bool valid_name_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

// The volume kinds that cannot exist without a name, with how messages call them.
const char* kind_needing_name(const Json& volume) {
  for (const char* type : volume_types(volume)) {
    std::string_view t = type;
    if (t == "efsVolumeConfiguration") return "an EFS volume";
    if (t == "s3filesVolumeConfiguration") return "an S3 Files volume";
    if (t == "configuredAtLaunch") return "a volume configured at launch";
  }
  return nullptr;
}

void check(Context& cx) {
  for_each_volume(cx.root, [&](const Json& volume, const Place& at) {
    const Json* value = member(volume, "name");
    if (!value || value->IsNull()) {
      if (const char* kind = kind_needing_name(volume))
        cx.report(at / "name", fmt::format("{} needs a name; this volume has none", kind));
      return;
    }
    auto name = known_string(volume, "name");
    if (!name) return;
    if (name->empty()) {
      cx.report(at / "name", "volume name is empty; ECS allows 1–255 letters, digits, underscores "
                             "and hyphens");
    } else {  // longer than 255 characters: the schema check reports that
      for (char c : *name)
        if (!valid_name_char(c)) {
          cx.report(at / "name", fmt::format("volume name \"{}\" is invalid; ECS allows only "
                                             "letters, digits, underscores and hyphens",
                                             *name));
          break;
        }
    }
  });
}

constexpr Rule kRule = {
    "volume-name", kTaskDefinition, Level::error,
    "A volume name is invalid, or missing where ECS requires one",
    R"md(
## Why
A task definition volume `name` may hold up to 255 letters (upper and lower case), digits,
underscores and hyphens, and nothing else: no dots, spaces or slashes. ECS rejects the task
definition otherwise. (A name longer than 255 characters is reported by the schema check.) The name is optional for bind mounts and Docker volumes, but ECS requires
it for an EFS volume (`efsVolumeConfiguration`), an S3 Files volume (`s3filesVolumeConfiguration`)
and the volume configured at launch (`configuredAtLaunch: true`), whose name the service or
RunTask call repeats in its `volumeConfigurations`. Containers mount a volume by this name
(`mountPoints[].sourceVolume`).

## Bad
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 512,
     "mountPoints": [{"sourceVolume": "web.content", "containerPath": "/usr/share/nginx/html"}]}
  ],
  "volumes": [
    {"name": "web.content", "host": {"sourcePath": "/srv/web"}},
    {"efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0"}}
  ]
}
```

## Good
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 512,
     "mountPoints": [{"sourceVolume": "web-content", "containerPath": "/usr/share/nginx/html"},
                     {"sourceVolume": "shared", "containerPath": "/mnt/shared"}]}
  ],
  "volumes": [
    {"name": "web-content", "host": {"sourcePath": "/srv/web"}},
    {"name": "shared", "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0"}}
  ]
}
```

## References
- Amazon ECS API Reference: Volume.name ("Up to 255 letters (uppercase and lowercase), numbers,
  underscores, and hyphens are allowed"; required for a volume configured at launch and for
  `efsVolumeConfiguration`)
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Volume.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
