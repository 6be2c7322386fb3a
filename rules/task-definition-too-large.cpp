#include "rules/ecs_task.hpp"

namespace ecslint {
namespace {

constexpr size_t kMaxBytes = 65536;

// Counts what a writer would write, without keeping it: every task definition is measured.
struct CountingStream {
  using Ch = char;
  size_t size = 0;
  void Put(char) { ++size; }
  void Flush() {}
};

size_t compact_size(const Json& value) {
  CountingStream counter;
  rapidjson::Writer<CountingStream> writer(counter);
  value.Accept(writer);
  return counter.size;
}

// At least compact_size(value), without reading a character: a string byte is written as at
// most 6 (\u001f), a number as at most 25 characters (-9223372036854775808, or a double such as
// -2.2250738585072014e-308). Nearly every task definition is far below the limit by this count,
// which skips the exact one (a tenth of a whole lint).
size_t compact_size_bound(const Json& value) {
  if (value.IsString()) return 2 + 6 * size_t{value.GetStringLength()};
  if (value.IsNumber()) return 25;
  size_t size = 2;  // [] or {}; else null, true or false
  if (value.IsArray()) {
    for (const Json& item : value.GetArray()) size += compact_size_bound(item) + 1;  // ,
  } else if (value.IsObject()) {
    for (const auto& m : value.GetObject())
      size += compact_size_bound(m.name) + compact_size_bound(m.value) + 2;  // : ,
  } else {
    size = 5;
  }
  return size;
}

void check(Context& cx) {
  if (compact_size_bound(cx.root) <= kMaxBytes) return;
  size_t size = compact_size(cx.root);
  if (size <= kMaxBytes) return;
  // A placeholder may render to something shorter: count it as an empty string, so that what
  // is reported is too large whatever the template fills in.
  for_each_string(cx.root, Pointer(), "", [&](std::string_view text, const Place&, std::string_view) {
    if (!is_placeholder(text)) return;
    Json copy(rapidjson::StringRef(text.data(), text.size()));
    size -= compact_size(copy) - 2;
  });
  if (size <= kMaxBytes)
    return;
  cx.report(Pointer(), fmt::format("the task definition is {} bytes as compact JSON; ECS allows at "
                                   "most {} bytes",
                                   size, kMaxBytes));
}

constexpr Rule kRule = {
    "task-definition-too-large", kTaskDefinition, Level::error,
    "The task definition is larger than the 65,536 bytes ECS accepts",
    R"md(
## Why
ECS stores a task definition as one JSON document of at most 65,536 bytes (the limit was 32 KiB
before). RegisterTaskDefinition refuses anything larger with "Actual length: '66420'. Max allowed
length is '65536' bytes." Large task definitions usually carry long `environment` lists, inline
scripts in `command`, or many near-identical sidecars.

ecslint measures the task definition as compact JSON (no whitespace, non-ASCII text as UTF-8)
without the describe-task-definition wrapper. A value holding a template placeholder is counted
as an empty string, since it may render shorter; so a reported file is too large whatever the
template fills in.

## Bad
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 512,
     "environment": [{"name": "BUNDLE", "value": "…70,000 characters of base64…"}]}
  ]
}
```

## Good
Keep large configuration outside the task definition: an `environmentFiles` entry in S3,
`secrets` in SSM Parameter Store or Secrets Manager, or a configuration file baked into the image.
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 512,
     "environmentFiles": [{"value": "arn:aws:s3:::my-bucket/web.env", "type": "s3"}]}
  ]
}
```

## References
- awsdocs/amazon-ecs-developer-guide#149: "Actual length: '66420'. Max allowed length is '65536'
  bytes."
- aws/amazon-ecs-agent#596 (the earlier 32 KiB limit)
- Amazon ECS API Reference: ContainerDefinition.environmentFiles
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
