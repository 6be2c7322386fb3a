#include "rules/ecs_network.hpp"

namespace ecslint {
namespace {

void check(Context& cx) {
  // Absent, not `[]`: an explicit empty list is a deliberate "no load balancer" (ecspresso
  // writes it for worker services), and UpdateService input without it keeps the current ones.
  if (member(cx.root, "loadBalancers") || is_update_service(cx.root)) return;
  // Services that are reached another way, or that are not request-serving at all.
  // DAEMON services run one task per instance and rarely serve traffic; EXTERNAL services keep
  // their load balancers in task sets; placeholders are unknown.
  if (member(cx.root, "schedulingStrategy") &&
      known_string(cx.root, "schedulingStrategy").value_or("") != "REPLICA")
    return;
  std::string_view controller = deployment_controller(cx.root);
  if (controller != "ECS" && controller != "CODE_DEPLOY") return;
  if (item_count(cx.root, "serviceRegistries") > 0 ||
      item_count(cx.root, "vpcLatticeConfigurations") > 0 || service_connect_enabled(cx.root))
    return;
  cx.report(Pointer() / "loadBalancers",
            "service has no load balancer, service discovery, Service Connect or VPC "
            "Lattice; if it serves traffic, add `loadBalancers`, or write "
            "`\"loadBalancers\": []` to record that it is a worker");
}

constexpr Rule kRule = {
    "no-load-balancer", kService | kOptIn, Level::note,
    "A service is reachable through no load balancer, service discovery, Service Connect or Lattice",
    R"md(
## Why
A replica service that serves requests is normally placed behind a load balancer, which spreads
traffic over healthy tasks, replaces unhealthy ones through its health checks and gives clients
one stable address. Security scanners report services without one (KICS "ECS No Load Balancer
Attached"). Many services are workers that take no traffic, so this is only a note, and it stays
quiet when:
- the service says `"loadBalancers": []` explicitly (ecspresso writes that for workers);
- it is a `DAEMON` service, uses the `EXTERNAL` deployment controller (task sets carry the load
  balancers), or is UpdateService input (absent members keep their current values);
- it is reached another way: `serviceRegistries` (Cloud Map), Service Connect or VPC Lattice.

This rule is **opt-in**: workers and queue consumers have no load balancer by design, so it is off until you turn it on with `--enable no-load-balancer` (or `--enable all`), or give it a level in `.ecslint.yaml`.

## Bad
```json
{
  "serviceName": "web",
  "taskDefinition": "web:3",
  "desiredCount": 2,
  "launchType": "FARGATE"
}
```

## Good
```json
{
  "serviceName": "queue-worker",
  "taskDefinition": "worker:3",
  "desiredCount": 2,
  "launchType": "FARGATE",
  "loadBalancers": []
}
```

## References
- Amazon ECS Developer Guide, Use load balancing to distribute Amazon ECS service traffic:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-load-balancing.html
- Peers: KICS "ECS No Load Balancer Attached" (CloudFormation and Terraform queries)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
