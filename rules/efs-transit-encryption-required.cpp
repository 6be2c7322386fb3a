#include "rules/ecs_volumes.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_volume_of_type(cx.root, "efsVolumeConfiguration", [&](const Json&, const Json& efs,
                                                                  const Place& at) {
    auto reason = efs_transit_encryption_reason(efs);
    if (!reason) return;
    EfsTransitEncryption tls = efs_transit_encryption(efs);
    if (tls == EfsTransitEncryption::not_set)
      cx.report(at / "transitEncryption",
                fmt::format("transitEncryption is not set (it defaults to \"DISABLED\"), but {} "
                            "requires \"ENABLED\"",
                            *reason));
    else if (tls == EfsTransitEncryption::disabled)
      cx.report(at / "transitEncryption",
                fmt::format("transitEncryption is \"DISABLED\", but {} requires \"ENABLED\"",
                            *reason));
  });
}

constexpr Rule kRule = {
    "efs-transit-encryption-required", kTaskDefinition, Level::error,
    "An EFS volume uses IAM authorization or an access point without transit encryption",
    R"md(
## Why
Two EFS features only work over TLS. When an EFS volume sets `authorizationConfig.iam` to
`ENABLED` (mount with the task IAM role), or names an access point
(`authorizationConfig.accessPointId`), ECS requires `transitEncryption: "ENABLED"` in the same
`efsVolumeConfiguration`, and rejects the task definition otherwise. `transitEncryption`
defaults to `DISABLED` when omitted.

An `accessPointId` that is empty or holds a template placeholder is not known to be set, so it
does not trigger the rule.

## Bad
```json
{"name": "shared",
 "efsVolumeConfiguration": {
   "fileSystemId": "fs-0123456789abcdef0",
   "authorizationConfig": {"accessPointId": "fsap-0123456789abcdef0", "iam": "ENABLED"}}}
```

## Good
```json
{"name": "shared",
 "efsVolumeConfiguration": {
   "fileSystemId": "fs-0123456789abcdef0",
   "transitEncryption": "ENABLED",
   "authorizationConfig": {"accessPointId": "fsap-0123456789abcdef0", "iam": "ENABLED"}}}
```

## References
- Amazon ECS API Reference: EFSAuthorizationConfig.accessPointId ("If an access point is used,
  transit encryption must be on in the EFSVolumeConfiguration") and EFSAuthorizationConfig.iam
  ("If it is turned on, transit encryption must be turned on")
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSAuthorizationConfig.html
- Amazon ECS API Reference: EFSVolumeConfiguration.transitEncryption (default `DISABLED`)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
