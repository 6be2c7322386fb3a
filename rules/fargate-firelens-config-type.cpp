#include "rules/ecs_fargate.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  if (!fargate_applies(cx.root)) return;
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    const Json* options = member(object_member(container, "firelensConfiguration"), "options");
    if (!options) return;
    auto type = known_string(*options, "config-file-type");
    if (type && *type != "file")
      cx.report(at / "firelensConfiguration" / "options" / "config-file-type",
                fmt::format("config-file-type \"{}\" is not supported on Fargate; only \"file\" "
                            "is",
                            *type));
  });
}

constexpr Rule kRule = {
    "fargate-firelens-config-type", kTaskDefinition, Level::error,
    "A Fargate FireLens log router loads its configuration from somewhere other than a file",
    R"md(
## Why
A FireLens log router (`firelensConfiguration`) can load a custom Fluent Bit or Fluentd
configuration with the options `config-file-type` and `config-file-value`. `config-file-type`
is `s3` (an object in Amazon S3) or `file` (a path inside the container image or a mounted
volume). Tasks on Fargate only support `file`: "Tasks hosted on Fargate only support the file
configuration file type." Copy the configuration into the log router's image, or mount it from
an EFS volume, and point `config-file-value` at that path.

## Bad
```json
{"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
 "firelensConfiguration": {"type": "fluentbit",
   "options": {"config-file-type": "s3",
               "config-file-value": "arn:aws:s3:::example-bucket/fluent-bit.conf"}}}
```

## Good
```json
{"name": "log_router", "image": "111122223333.dkr.ecr.us-east-1.amazonaws.com/log-router:1.0",
 "firelensConfiguration": {"type": "fluentbit",
   "options": {"config-file-type": "file", "config-file-value": "/extra.conf"}}}
```

## References
- Amazon ECS API Reference: FirelensConfiguration.options
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_FirelensConfiguration.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
