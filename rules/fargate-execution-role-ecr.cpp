#include <cctype>

#include "rules/ecs_fargate.hpp"

namespace ecslint {
namespace {

bool all_of(std::string_view text, bool (*is)(int)) {
  for (char c : text)
    if (!is(static_cast<unsigned char>(c))) return false;
  return !text.empty();
}

bool is_region_char(int c) { return std::islower(c) || std::isdigit(c) || c == '-'; }

// `<12-digit account>.dkr.ecr.<region>.amazonaws.com[.cn]/<repository>`: the registry host of a
// private ECR repository. Public ECR (public.ecr.aws) needs no credentials.
bool is_private_ecr_image(std::string_view image) {
  size_t slash = image.find('/');
  if (slash == std::string_view::npos) return false;
  std::string_view host = image.substr(0, slash);
  constexpr std::string_view kEcr = ".dkr.ecr.";
  size_t ecr = host.find(kEcr);
  if (ecr != 12 || !all_of(host.substr(0, 12), [](int c) { return std::isdigit(c) != 0; }))
    return false;
  std::string_view rest = host.substr(ecr + kEcr.size());
  for (std::string_view suffix : {".amazonaws.com", ".amazonaws.com.cn"})
    if (rest.size() > suffix.size() && rest.substr(rest.size() - suffix.size()) == suffix)
      return all_of(rest.substr(0, rest.size() - suffix.size()), is_region_char);
  return false;
}

void check(Context& cx) {
  if (!fargate_applies(cx.root) || has_execution_role(cx.root)) return;
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    auto image = known_string(container, "image");
    if (image && is_private_ecr_image(*image))
      cx.report(at / "image",
                fmt::format("image \"{}\" is in a private Amazon ECR repository; on Fargate, "
                            "pulling it needs a task `executionRoleArn`, and there is none",
                            *image));
  });
}

constexpr Rule kRule = {
    "fargate-execution-role-ecr", kTaskDefinition, Level::error,
    "A Fargate task definition pulls a private Amazon ECR image without an executionRoleArn",
    R"md(
## Why
On Fargate, ECS pulls images from private Amazon ECR repositories
(`<account>.dkr.ecr.<region>.amazonaws.com/...`, or `.amazonaws.com.cn` in the China regions)
with the permissions of the task execution role (`ecr:GetAuthorizationToken`,
`ecr:BatchGetImage`, ...). When `requiresCompatibilities` lists `FARGATE` and a container image is
in ECR, ECS rejects a task definition without `executionRoleArn`: "Fargate requires task
definition to have execution role ARN to support ECR images." Images on Amazon ECR Public
(`public.ecr.aws/...`) and Docker Hub need no role. Images that hold a template placeholder are
not checked, and an `executionRoleArn` that holds one counts as present.

## Bad
```json
{
  "family": "web",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "256",
  "memory": "512",
  "containerDefinitions": [
    {"name": "web", "image": "111122223333.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2"}
  ]
}
```

## Good
Add `"executionRoleArn": "arn:aws:iam::111122223333:role/ecsTaskExecutionRole"` (a role with
the `AmazonECSTaskExecutionRolePolicy` managed policy) to the task definition.

## References
- Amazon ECS API Reference: RegisterTaskDefinition.executionRoleArn; ContainerDefinition.image
- Amazon ECS task execution IAM role:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html
- The error text as reported in hashicorp/terraform-provider-aws#3051
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
