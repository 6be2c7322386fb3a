#include "rules/rule.hpp"

namespace ecslint {
namespace {

constexpr size_t kMaxLength = 36;

void check(Context& cx) {
  auto token = known_string(cx.root, "clientToken");
  if (!token) return;
  const Pointer at = Pointer() / "clientToken";
  for (char c : *token) {
    auto byte = static_cast<unsigned char>(c);
    if (byte < 33 || byte > 126) {
      cx.report(at, byte == ' ' ? std::string("clientToken contains a space; ECS allows only "
                                              "printable ASCII characters without spaces")
                                : fmt::format("clientToken contains the byte 0x{:02X}; ECS allows "
                                              "only printable ASCII characters without spaces",
                                              byte));
      return;
    }
  }
  if (token->size() > kMaxLength)
    cx.report(at, fmt::format("clientToken is {} characters long; ECS allows at most {}",
                              token->size(), kMaxLength));
}

constexpr Rule kRule = {
    "client-token", kService, Level::error,
    "The idempotency clientToken is longer than 36 characters or not printable ASCII",
    R"md(
## Why
`clientToken` makes CreateService idempotent: a retry with the same token does not create a
second service. The API Reference allows "Up to 36 ASCII characters in the range of 33-126
(inclusive)": printable ASCII without spaces. A UUID (36 characters) fits; a longer build
identifier, a space or a non-ASCII character is refused. A token holding a template placeholder
is not checked.

## Bad
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
 "clientToken": "deploy web from pipeline run 2024-06-01"}
```

## Good
```json
{"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
 "clientToken": "3f1c2a9e-7b44-4c1e-9d0a-2b6f8e5c4d21"}
```

## References
- Amazon ECS API Reference: CreateService.clientToken
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
