#include "rules/ecs_volumes.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_volume_of_type(cx.root, "efsVolumeConfiguration", [&](const Json&, const Json& efs,
                                                                  const Place& at) {
    auto access_point = efs_access_point(efs);
    if (!access_point) return;
    auto root = known_string(efs, "rootDirectory");
    // "" is how console exports print an omitted root directory.
    if (root && !root->empty() && *root != "/")
      cx.report(at / "rootDirectory",
                fmt::format("rootDirectory \"{}\" cannot be used with access point \"{}\"; omit it "
                            "or set \"/\" (the access point sets the root directory)",
                            *root, *access_point));
  });
}

constexpr Rule kRule = {
    "efs-access-point-root-directory", kTaskDefinition, Level::error,
    "An EFS volume with an access point sets a rootDirectory other than /",
    R"md(
## Why
An EFS access point fixes the directory that clients see as the root of the file system. When an
EFS volume names an access point (`authorizationConfig.accessPointId`), its `rootDirectory` must
be omitted or `/`; ECS rejects any other path. Put the path into the access point's root
directory instead.

## Bad
```json
{"name": "shared",
 "efsVolumeConfiguration": {
   "fileSystemId": "fs-0123456789abcdef0",
   "rootDirectory": "/app/data",
   "transitEncryption": "ENABLED",
   "authorizationConfig": {"accessPointId": "fsap-0123456789abcdef0"}}}
```

## Good
```json
{"name": "shared",
 "efsVolumeConfiguration": {
   "fileSystemId": "fs-0123456789abcdef0",
   "transitEncryption": "ENABLED",
   "authorizationConfig": {"accessPointId": "fsap-0123456789abcdef0"}}}
```

## References
- Amazon ECS API Reference: EFSVolumeConfiguration.rootDirectory and
  EFSAuthorizationConfig.accessPointId ("the root directory value specified in the
  EFSVolumeConfiguration must either be omitted or set to /")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSVolumeConfiguration.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
