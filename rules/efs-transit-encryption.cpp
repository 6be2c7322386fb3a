#include "rules/ecs_volumes.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  for_each_volume_of_type(cx.root, "efsVolumeConfiguration", [&](const Json& volume,
                                                                  const Json& efs,
                                                                  const Place& at) {
    // Where ECS itself requires encryption, efs-transit-encryption-required reports an error.
    if (efs_transit_encryption_reason(efs)) return;
    EfsTransitEncryption tls = efs_transit_encryption(efs);
    if (tls == EfsTransitEncryption::not_set)
      cx.report(at / "transitEncryption",
                fmt::format("{} is an EFS volume without transitEncryption (it defaults to "
                            "\"DISABLED\"); set \"ENABLED\" to encrypt NFS traffic",
                            volume_label(volume)));
    else if (tls == EfsTransitEncryption::disabled)
      cx.report(at / "transitEncryption",
                fmt::format("transitEncryption is \"DISABLED\" for EFS {}; set \"ENABLED\" to "
                            "encrypt NFS traffic",
                            volume_label(volume)));
  });
}

constexpr Rule kRule = {
    "efs-transit-encryption", kTaskDefinition, Level::note,
    "An EFS volume does not encrypt data in transit",
    R"md(
## Why
Without `transitEncryption: "ENABLED"`, the ECS host mounts the EFS file system over plain NFS,
and file data crosses the network unencrypted. `transitEncryption` defaults to `DISABLED`.
Enabling it costs little (the ECS agent uses the EFS mount helper with TLS) and is required
anyway for IAM authorization and access points. Security scanners report the same setting.

Volumes that use IAM authorization or an access point are reported by
`efs-transit-encryption-required` instead (ECS rejects them), not by this note.

## Bad
```json
{"name": "shared",
 "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0", "rootDirectory": "/app"}}
```

## Good
```json
{"name": "shared",
 "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0", "rootDirectory": "/app",
                            "transitEncryption": "ENABLED"}}
```

## References
- Amazon ECS API Reference: EFSVolumeConfiguration.transitEncryption
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSVolumeConfiguration.html
- Amazon ECS Developer Guide: Use Amazon EFS volumes with Amazon ECS
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html
- Peer checks: checkov CKV_AWS_97; Trivy AVD-AWS-0035 (tfsec aws-ecs-enable-in-transit-encryption);
  terrascan AC_AWS_0463; KICS "EFS Volume With Disabled Transit Encryption"
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
