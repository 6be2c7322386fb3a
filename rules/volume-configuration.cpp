#include "rules/ecs_network.hpp"

namespace ecslint {
namespace {

// EBS volume sizes (GiB) by volume type, as the ECS API documents them.
struct VolumeType {
  const char* name;
  int64_t min_size;
  int64_t max_size;
  bool iops;        // takes `iops`
  bool needs_iops;  // requires `iops`
};

constexpr VolumeType kTypes[] = {
    {"gp3", 1, 16384, true, false},      {"gp2", 1, 16384, true, false},
    {"io1", 4, 16384, true, true},       {"io2", 4, 16384, true, true},
    {"st1", 125, 16384, false, false},   {"sc1", 125, 16384, false, false},
    {"standard", 1, 1024, false, false},
};

const VolumeType* find_type(std::string_view name) {
  for (const VolumeType& type : kTypes)
    if (name == type.name) return &type;
  return nullptr;
}

void check_volume(Context& cx, const Json& ebs, const Place& at, bool fargate) {
  check_role_arn(cx, ebs, at, "roleArn",
                 "give the ECS infrastructure role that manages the volume");
  auto type_name = known_string(ebs, "volumeType");
  const VolumeType* type = nullptr;
  if (type_name) {
    type = find_type(*type_name);
    if (!type) {
      cx.report(at / "volumeType",
                fmt::format("volumeType \"{}\" is not an EBS volume type; use gp3, gp2, io1, io2, "
                            "st1, sc1 or standard",
                            *type_name));
      return;
    }
    if (fargate && *type_name == "standard")
      cx.report(at / "volumeType",
                "volumeType standard (magnetic) is not supported on Fargate; "
                "use gp3");
  }
  auto size = int_member(ebs, "sizeInGiB");
  if (!size && !given(member(ebs, "snapshotId")) && !member(ebs, "sizeInGiB"))
    cx.report(at / "sizeInGiB",
              "managed EBS volume has neither `sizeInGiB` nor `snapshotId`; give one");
  // Without volumeType ECS creates gp3, whose range is the widest of the 1 GiB types.
  const VolumeType& limits = type ? *type : kTypes[0];
  if (size && (*size < limits.min_size || *size > limits.max_size))
    cx.report(at / "sizeInGiB", fmt::format("sizeInGiB {} is out of range for {} volumes; use "
                                            "{}–{} GiB",
                                            *size, limits.name, limits.min_size, limits.max_size));
  if (!type) return;
  if (type->needs_iops && !given(member(ebs, "iops")))
    cx.report(at / "iops", fmt::format("{} volumes need `iops`", type->name));
  if (!type->iops && given(member(ebs, "iops")))
    cx.report_key(at / "iops", fmt::format("`iops` is not supported for {} volumes", type->name));
  if (*type_name != "gp3" && given(member(ebs, "throughput")))
    cx.report_key(
        at / "throughput",
        fmt::format("`throughput` is only supported for gp3 volumes, not {}", type->name));
}

void check(Context& cx) {
  const bool fargate = service_launch_type(cx.root) == "FARGATE";
  for_each_object(cx.root, Pointer(), "volumeConfigurations",
                  [&](const Json& volume, const Place& at) {
                    if (const Json* ebs = object_member(volume, "managedEBSVolume"))
                      check_volume(cx, *ebs, at / "managedEBSVolume", fargate);
                  });
}

constexpr Rule kRule = {
    "volume-configuration", kService, Level::error,
    "A managed EBS volume has an invalid role, type, size, IOPS or throughput",
    R"md(
## Why
`volumeConfigurations[].managedEBSVolume` makes ECS create one EBS volume per task. ECS checks:
- `roleArn`: the ECS infrastructure role that manages the volumes (not empty; an IAM role ARN);
- `volumeType`: gp3 (the default), gp2, io1, io2, st1, sc1 or standard, and not `standard`
  (magnetic) on Fargate;
- a size: `sizeInGiB` or `snapshotId` (the snapshot's size is the default);
- `sizeInGiB` by type: gp2/gp3 1–16384, io1/io2 4–16384, st1/sc1 125–16384, standard 1–1024;
- `iops`: required for io1 and io2, not supported for st1, sc1 and standard;
- `throughput`: gp3 only.

Whether the task definition has a matching `configuredAtLaunch` volume is a cross-file check.

## Bad
```json
{
  "serviceName": "db",
  "taskDefinition": "db:2",
  "launchType": "FARGATE",
  "volumeConfigurations": [{"name": "data", "managedEBSVolume": {
    "roleArn": "arn:aws:iam::111122223333:role/ecsInfrastructureRole",
    "volumeType": "io2", "sizeInGiB": 2}}]
}
```

## Good
```json
{
  "serviceName": "db",
  "taskDefinition": "db:2",
  "launchType": "FARGATE",
  "volumeConfigurations": [{"name": "data", "managedEBSVolume": {
    "roleArn": "arn:aws:iam::111122223333:role/ecsInfrastructureRole",
    "volumeType": "io2", "sizeInGiB": 100, "iops": 3000}}]
}
```

## References
- Amazon ECS API Reference: ServiceManagedEBSVolumeConfiguration (roleArn, volumeType: "The
  standard volume type is not supported on Fargate", sizeInGiB ranges by type, iops "required
  for io1 and io2 volume types ... not supported for st1, sc1, or standard", throughput "only
  supported for the gp3 volume type")
- Amazon ECS Developer Guide, Use Amazon EBS volumes with Amazon ECS:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-volumes.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
