#include <string>
#include <vector>

#include "rules/ecs_fargate.hpp"
#include "rules/ecs_link.hpp"

namespace ecslint {
namespace {

// Why the linked task definition cannot run where the service puts it, and where.
struct Problem {
  std::string why;
  Pointer at;
};

std::string join_list(const Json& list) {
  std::string out;
  for (const Json& item : list.GetArray()) out += (out.empty() ? "" : ", ") + std::string(item.GetString());
  return out;
}

// A task definition without requiresCompatibilities is registered for EC2, and for Fargate too
// when it meets Fargate's requirements (ECS lists that in `compatibilities`): check them here.
// With FARGATE listed the task-definition rules report the same problems, so say nothing.
std::optional<Problem> fargate_problem(const Context& cx) {
  const Json& task = cx.linked->root;
  if (const Json* listed = listed_compatibilities(task)) {
    if (requires_compatibility(task, "FARGATE")) return std::nullopt;
    return Problem{fmt::format("its requiresCompatibilities lists only {}", join_list(*listed)),
                   Pointer() / "requiresCompatibilities"};
  }
  if (member(task, "requiresCompatibilities") && !array_member(task, "requiresCompatibilities"))
    return std::nullopt;  // a wrong type: the schema's finding
  std::string_view mode = linked_network_mode(task);
  if (!mode.empty() && mode != "awsvpc")
    return Problem{member(task, "networkMode")
                       ? fmt::format("its networkMode is \"{}\" and Fargate supports only awsvpc", mode)
                       : "it has no networkMode (so bridge) and Fargate supports only awsvpc",
                   Pointer() / "networkMode"};
  for (const char* key : {"cpu", "memory"})
    if (!member(task, key))
      return Problem{fmt::format("it has no task-level {}, which Fargate requires", key), Pointer()};
  const bool windows = is_windows(task);
  auto cpu_text = known_string(task, "cpu");
  auto cpu = cpu_text ? parse_task_cpu(*cpu_text) : std::nullopt;
  const FargateSize* size = cpu ? find_fargate_size(*cpu, windows) : nullptr;
  if (cpu && !size)
    return Problem{fmt::format("its cpu \"{}\" is not a Fargate size", *cpu_text), Pointer() / "cpu"};
  auto memory_text = known_string(task, "memory");
  auto memory = memory_text ? parse_task_memory(*memory_text) : std::nullopt;
  if (size && memory && !fargate_allows(*size, *memory))
    return Problem{fmt::format("its memory {} MiB is not valid with {} on Fargate", *memory, size->label),
                   Pointer() / "memory"};
  // The parameters fargate-unsupported-parameter reports, found by running its check on the
  // task definition as though it listed FARGATE.
  std::vector<Finding> found;
  Context probe{task, kTaskDefinition, cx.rule, found, nullptr};
  report_fargate_unsupported(probe);
  if (!found.empty()) return Problem{fmt::format("in it, {}", found[0].message), Pointer{found[0].pointer}};
  return std::nullopt;
}

void check_listed(Context& cx, const LaunchTarget& t, std::string_view launch_type) {
  const Json* listed = listed_compatibilities(cx.linked->root);
  if (!listed || requires_compatibility(cx.linked->root, launch_type)) return;
  const Pointer at = Pointer() / "requiresCompatibilities";
  cx.report_linked(t.launch_type_at, at,
                   fmt::format("Task definition does not support launch_type {}: "
                               "requiresCompatibilities in {} lists only {}",
                               launch_type, cx.linked->where(at), join_list(*listed)));
}

void check(Context& cx) {
  if (!cx.linked) return;
  const LaunchTarget t = launch_target(cx.root);
  if (t.ec2) check_listed(cx, t, "EC2");
  if (t.external) check_listed(cx, t, "EXTERNAL");
  if (!t.fargate) return;
  auto problem = fargate_problem(cx);
  if (!problem) return;
  std::string prefix = t.fargate_provider.empty()
                           ? std::string("Task definition does not support launch_type FARGATE")
                           : fmt::format("the capacity provider {} runs tasks on Fargate, which "
                                         "the task definition does not support",
                                         t.fargate_provider);
  cx.report_linked(t.fargate_at, problem->at,
                   fmt::format("{}: {} ({})", prefix, problem->why, cx.linked->where(problem->at)));
}

constexpr Rule kRule = {
    "service-launch-type-compatibility", kService | kLinked, Level::error,
    "The service runs its tasks where its task definition cannot run (Fargate, EC2 or EXTERNAL)",
    R"md(
## Why
CreateService checks that the task definition supports where the service runs it, and refuses
the service otherwise with "Task definition does not support launch_type FARGATE."
(InvalidParameterException). A service runs its tasks on Fargate with `launchType: FARGATE` or a
`FARGATE` / `FARGATE_SPOT` capacity provider; on EC2 or ECS Anywhere with `launchType: EC2` or
`EXTERNAL`.

ECS registers a task definition for what `requiresCompatibilities` lists. When it lists nothing,
the task definition is registered for EC2, and for Fargate too only if it meets Fargate's
requirements. So, for a Fargate service, this rule reports a linked task definition that:

- lists `requiresCompatibilities` without `FARGATE`; or, listing nothing,
- has a `networkMode` other than `awsvpc` (omitted means bridge),
- lacks task-level `cpu` or `memory`, or has a pair that is not a Fargate size,
- or uses a parameter Fargate does not support (the list of `fargate-unsupported-parameter`).

When the task definition lists `FARGATE` itself, the task-definition rules report its Fargate
problems, and this rule does not repeat them. For `EC2` and `EXTERNAL` services it reports a
`requiresCompatibilities` that does not list that launch type. Capacity providers backed by Auto
Scaling groups are not checked (their names say nothing offline). The finding is in the service
file, at the launch type or capacity provider, and names the task definition's file and line.

## Bad
`taskdef.json`:
```json
{"family": "web", "networkMode": "bridge",
 "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}]}
```
`service.json`:
```json
{"serviceName": "web", "cluster": "prod", "taskDefinition": "web", "launchType": "FARGATE"}
```

## Good
```json
{"family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc",
 "cpu": "256", "memory": "512",
 "containerDefinitions": [{"name": "web", "image": "nginx:1.27"}]}
```

## References
- Amazon ECS API Reference, CreateService: `launchType`, `capacityProviderStrategy`
- Amazon ECS API Reference, RegisterTaskDefinition: `requiresCompatibilities`, and
  TaskDefinition `compatibilities` (what ECS validated the task definition for)
- "Task definition does not support launch_type FARGATE." (aws/aws-cli#3983)
- Amazon ECS task definition differences for Fargate:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
