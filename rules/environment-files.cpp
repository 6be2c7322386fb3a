#include "rules/ecs_logging.hpp"

namespace ecslint {
namespace {

constexpr size_t kMaxFiles = 10;

// True for an S3 object ARN: arn:PARTITION:s3:::BUCKET/KEY.
bool is_s3_object_arn(std::string_view text) {
  auto arn = parse_arn(text);
  if (!arn || arn->service != "s3" || !arn->region.empty() || !arn->account.empty()) return false;
  size_t slash = arn->resource.find('/');
  return slash != std::string_view::npos && slash > 0 && slash + 1 < arn->resource.size();
}

void check(Context& cx) {
  // The developer guide rules environment files out for Windows containers; on Fargate the API
  // Reference says the opposite (Windows platform version 1.0.0), so only EC2-only tasks count.
  const bool windows_ec2 = is_windows(cx.root) && !fargate_applies(cx.root);
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    const Json* files = array_member(container, "environmentFiles");
    if (!files) return;
    if (windows_ec2 && !files->Empty())
      cx.report_key(at / "environmentFiles", "environmentFiles are not supported for Windows "
                                             "containers on EC2");
    if (files->Size() > kMaxFiles)
      cx.report(at / "environmentFiles" / kMaxFiles,
                fmt::format("{} environment files; a container may have at most {}", files->Size(),
                            kMaxFiles));
    for_each_item(files, at / "environmentFiles", [&](const Json& file, const Place& file_at) {
      auto value = known_string(file, "value");
      if (value && !is_s3_object_arn(*value))
        cx.report(file_at / "value", fmt::format("environment file \"{}\" is not an S3 object ARN "
                                                 "(arn:aws:s3:::BUCKET/KEY)",
                                                 *value));
    });
  });
}

constexpr Rule kRule = {
    "environment-files", kTaskDefinition, Level::error,
    "A container's environmentFiles are too many, not S3 object ARNs, or on Windows EC2",
    R"md(
## Why
`environmentFiles` lets ECS download files of `VARIABLE=VALUE` lines from Amazon S3 and add them
to the container's environment. ECS accepts:

- at most 10 environment files per container;
- `type` `s3` (checked by the schema) and a `value` that is the ARN of an S3 object,
  `arn:aws:s3:::BUCKET/KEY` (an S3 ARN has no Region and no account);
- no environment files for Windows containers on EC2: the ECS Developer Guide says they are not
  supported for Windows containers. The API Reference, however, lists Windows platform version
  1.0.0 for Fargate, so a Windows task that may run on Fargate is not reported.

The API Reference also says the file must have the `.env` extension; since ECS does not
reject other names when the task definition is registered, that is not checked here.

## Bad
```json
{"environmentFiles": [{"type": "s3", "value": "s3://my-bucket/web.env"}]}
```

## Good
```json
{"environmentFiles": [{"type": "s3", "value": "arn:aws:s3:::my-bucket/web.env"}]}
```

## References
- Amazon ECS API Reference: ContainerDefinition.environmentFiles, EnvironmentFile
- Amazon ECS Developer Guide: Pass environment variables to an Amazon ECS container
  (use-environment-file)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
