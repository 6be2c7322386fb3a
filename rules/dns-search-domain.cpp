#include "rules/ecs_ports.hpp"

namespace ecslint {
namespace {

constexpr size_t kMaxLength = 254;

bool allowed(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.';
}

// ^[a-zA-Z0-9-.]{0,253}[a-zA-Z0-9]$
bool valid(std::string_view domain) {
  if (domain.empty() || domain.size() > kMaxLength) return false;
  for (char c : domain)
    if (!allowed(c)) return false;
  return domain.back() != '-' && domain.back() != '.';
}

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    for_each_item(array_member(container, "dnsSearchDomains"), at / "dnsSearchDomains",
                  [&](const Json& item, const Place& item_at) {
      if (!item.IsString()) return;
      std::string_view domain(item.GetString(), item.GetStringLength());
      if (is_placeholder(domain) || valid(domain)) return;
      cx.report(item_at, fmt::format("DNS search domain \"{}\" is not valid; ECS allows 1–{} "
                                     "letters, digits, hyphens and dots, ending in a letter or "
                                     "digit",
                                     domain, kMaxLength));
    });
  });
}

constexpr Rule kRule = {
    "dns-search-domain", kTaskDefinition, Level::error,
    "A DNS search domain is empty, too long, or has characters ECS does not allow",
    R"md(
## Why
Each `dnsSearchDomains` entry is passed to Docker's `--dns-search` and must match the pattern the
ECS documentation gives, `^[a-zA-Z0-9-.]{0,253}[a-zA-Z0-9]$`: 1–254 letters, digits, hyphens and
dots, ending in a letter or digit. A trailing dot (`example.com.`), a space, an underscore or a
whole URL (`https://example.com`) is refused.

## Bad
```json
{"name": "web", "image": "nginx:1.27", "memory": 256,
 "dnsSearchDomains": ["corp.example.com.", "svc cluster"]}
```

## Good
```json
{"name": "web", "image": "nginx:1.27", "memory": 256,
 "dnsSearchDomains": ["corp.example.com", "svc.cluster.local"]}
```

## References
- Amazon ECS Developer Guide, task definition parameters: `dnsSearchDomains` (pattern)
- Amazon ECS API Reference: ContainerDefinition.dnsSearchDomains
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
