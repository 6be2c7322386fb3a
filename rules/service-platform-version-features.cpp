#include <array>
#include <string>

#include "rules/ecs_fargate.hpp"
#include "rules/ecs_link.hpp"

namespace ecslint {
namespace {

// A Linux Fargate platform version "1.4.0" as {1, 4, 0}; nullopt for LATEST or anything else.
std::optional<std::array<int, 3>> parse_version(std::string_view text) {
  std::array<int, 3> v{};
  size_t part = 0;
  bool digit = false;
  for (char c : text) {
    if (c >= '0' && c <= '9' && v[part] < 1000) {
      v[part] = v[part] * 10 + (c - '0');
      digit = true;
    } else if (c == '.' && digit && part < 2) {
      ++part;
      digit = false;
    } else {
      return std::nullopt;
    }
  }
  if (part != 2 || !digit) return std::nullopt;
  return v;
}

// A task-definition feature a platform version must support.
struct Feature {
  std::array<int, 3> needs;
  const char* what;
  Pointer at;  // in the task definition; "" with `in_service`
  bool in_service = false;
};

// True when a Secrets Manager reference selects a JSON key, version stage or version id:
// arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME:KEY:STAGE:ID has more than 7 fields.
bool selects_secret_part(std::string_view value_from) {
  if (value_from.find(":secretsmanager:") == std::string_view::npos) return false;
  size_t colons = 0;
  for (char c : value_from) colons += c == ':' ? 1 : 0;
  return colons > 6;
}

// The first use of each feature of the task definition (and of the service) that is gated on a
// platform version, in the order of the table in the docs.
std::vector<Feature> features(const Json& task, const Json& service, const LaunchTarget& target) {
  std::vector<Feature> out;
  auto add = [&](std::array<int, 3> needs, const char* what, Pointer at, bool in_service = false) {
    for (const Feature& f : out)
      if (std::string_view(f.what) == what) return;
    out.push_back({needs, what, std::move(at), in_service});
  };
  for_each_item(array_member(task, "volumes"), Pointer() / "volumes", [&](const Json& v, const Place& at) {
    if (is_set(member(v, "efsVolumeConfiguration"), Shape::object))
      add({1, 4, 0}, "EFS volumes", at / "efsVolumeConfiguration");
  });
  if (is_set(member(task, "ephemeralStorage"), Shape::object))
    add({1, 4, 0}, "ephemeralStorage", Pointer() / "ephemeralStorage");
  if (auto pid = known_string(task, "pidMode"); pid && *pid == "task")
    add({1, 4, 0}, "pidMode task", Pointer() / "pidMode");
  if (auto cpu_text = known_string(task, "cpu")) {
    auto cpu = parse_task_cpu(*cpu_text);
    if (cpu && *cpu >= 8192) add({1, 4, 0}, "8 and 16 vCPU task sizes", Pointer() / "cpu");
  }
  if (const Json* platform = object_member(task, "runtimePlatform"))
    if (auto arch = known_string(*platform, "cpuArchitecture"); arch && *arch == "ARM64")
      add({1, 4, 0}, "ARM64", Pointer() / "runtimePlatform" / "cpuArchitecture");
  for_each_container(task, [&](const Json& c, const Place& at) {
    if (takes_effect(member(c, "environmentFiles"))) add({1, 4, 0}, "environmentFiles", at / "environmentFiles");
    for_each_item(array_member(c, "systemControls"), at / "systemControls", [&](const Json&, const Place& p) {
      add({1, 4, 0}, "systemControls", p);
    });
    if (const Json* add_caps = member(member(member(c, "linuxParameters"), "capabilities"), "add"))
      for_each_item(add_caps, at / "linuxParameters" / "capabilities" / "add", [&](const Json& cap, const Place& p) {
        if (cap.IsString() && (std::string_view(cap.GetString()) == "SYS_PTRACE" ||
                               std::string_view(cap.GetString()) == "CAP_SYS_PTRACE"))
          add({1, 4, 0}, "adding SYS_PTRACE", p);
      });
    for_each_item(array_member(c, "secrets"), at / "secrets", [&](const Json& s, const Place& p) {
      auto value_from = known_string(s, "valueFrom");
      if (value_from && selects_secret_part(*value_from))
        add({1, 4, 0}, "secrets that select a JSON key or version", p / "valueFrom");
      add({1, 3, 0}, "secrets", p);
    });
    if (takes_effect(member(c, "dependsOn"))) add({1, 3, 0}, "dependsOn", at / "dependsOn");
    for (const char* key : {"startTimeout", "stopTimeout"})
      if (member(c, key)) add({1, 3, 0}, "startTimeout and stopTimeout", at / key);
    if (auto driver = log_driver(c); driver && (*driver == "splunk" || *driver == "awsfirelens"))
      add({1, 3, 0}, "the splunk and awsfirelens log drivers", at / "logConfiguration" / "logDriver");
    if (is_set(member(c, "healthCheck"), Shape::object)) add({1, 1, 0}, "container health checks", at / "healthCheck");
  });
  if (is_set(member(task, "proxyConfiguration"), Shape::object))
    add({1, 3, 0}, "proxyConfiguration", Pointer() / "proxyConfiguration");
  if (const Json* connect = object_member(service, "serviceConnectConfiguration"))
    if (auto enabled = bool_member(*connect, "enabled"); enabled && *enabled)
      add({1, 4, 0}, "Service Connect", Pointer() / "serviceConnectConfiguration", true);
  if (target.spot) add({1, 3, 0}, "Fargate Spot", target.spot_at, true);
  return out;
}

void check(Context& cx) {
  if (!cx.linked) return;
  const Json& task = cx.linked->root;
  auto text = known_string(cx.root, "platformVersion");
  auto version = text ? parse_version(*text) : std::nullopt;
  if (!version || is_windows(task)) return;  // LATEST, or Windows (its only version is 1.0.0)
  const LaunchTarget target = launch_target(cx.root);
  if (!target.fargate && !(target.launch_type_at.text.empty() && fargate_applies(task))) return;
  for (const Feature& f : features(task, cx.root, target)) {
    if (*version >= f.needs) continue;
    std::string where = f.in_service ? "this service uses" : cx.linked->where(f.at) + " uses";
    cx.report_linked(Pointer() / "platformVersion", f.in_service ? Pointer() : f.at,
                     fmt::format("platformVersion {} does not support {}, which {}; use "
                                 "{}.{}.{} or later, or LATEST",
                                 *text, f.what, where, f.needs[0], f.needs[1], f.needs[2]));
  }
}

constexpr Rule kRule = {
    "service-platform-version-features", kService | kLinked, Level::error,
    "The pinned Fargate platformVersion is older than a feature of the task definition needs",
    R"md(
## Why
A Fargate service may pin `platformVersion`. Features arrived with particular Linux platform
versions, and a task that uses one cannot start on an older version:

| needs | features |
|---|---|
| 1.1.0 | container health checks |
| 1.3.0 | `dependsOn`, `startTimeout`/`stopTimeout`, `proxyConfiguration`, `secrets`, the `splunk` and `awsfirelens` log drivers, Fargate Spot |
| 1.4.0 | EFS volumes, `ephemeralStorage`, `environmentFiles`, secrets that select a JSON key or version, adding `SYS_PTRACE`, `pidMode: task`, `systemControls`, 8 and 16 vCPU sizes, ARM64, Service Connect |

`LATEST` (1.4.0 on Linux) is not reported, nor are Windows task definitions, whose only
platform version, 1.0.0, supports everything Windows containers on Fargate can do. Retired
versions (1.0.0–1.2.0) are reported by the service rules on their own. The service counts as a
Fargate service when it says so (`launchType` or a Fargate capacity provider), or says nothing
and its task definition lists FARGATE. Each feature is reported once, at `platformVersion`,
with the file and line of its first use.

## Bad
`taskdef.json`:
```json
{"family": "app", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
 "cpu": "256", "memory": "512",
 "volumes": [{"name": "shared", "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0"}}],
 "containerDefinitions": [{"name": "app", "image": "example/app:1.0",
                           "mountPoints": [{"sourceVolume": "shared", "containerPath": "/data"}]}]}
```
`service.json`:
```json
{"serviceName": "app", "cluster": "prod", "taskDefinition": "app", "launchType": "FARGATE",
 "platformVersion": "1.3.0",
 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0abc1234"]}}}
```

## Good
`"platformVersion": "1.4.0"`, or `LATEST`.

## References
- AWS Fargate Linux platform versions:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-linux-fargate.html
- Fargate task definition parameters and their platform versions:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html
- Amazon ECS Service Connect (platform version 1.4.0 or later)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
