#include "rules/ecs_logging.hpp"

namespace ecslint {
namespace {

bool has_secret_option(const Json& config, std::string_view name) {
  bool found = false;
  for_each_item(array_member(config, "secretOptions"), Pointer(), [&](const Json& item, const Place&) {
    if (string_member(item, "name") == name) found = true;
  });
  return found;
}

void check(Context& cx) {
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    if (log_driver(container) != "splunk") return;
    const Json& config = *object_member(container, "logConfiguration");
    const Json* options = member(config, "options");
    if (options && !options->IsObject()) return;
    const Place config_at = at / "logConfiguration";
    const Pointer report_at = options ? config_at / "options" : config_at;
    for (const char* required : {"splunk-url", "splunk-token"}) {
      if ((options && member(*options, required)) || has_secret_option(config, required)) continue;
      cx.report(report_at, fmt::format("the splunk log driver needs option {}{}", required,
                                        std::string_view(required) == "splunk-token"
                                            ? " (in options or, better, in secretOptions)"
                                            : ""));
    }
  });
}

constexpr Rule kRule = {
    "splunk-required-options", kTaskDefinition, Level::warning,
    "A splunk log configuration lacks splunk-url or splunk-token",
    R"md(
## Why
The Docker `splunk` log driver sends logs to a Splunk HTTP Event Collector: it needs the
collector's address (`splunk-url`) and a token (`splunk-token`), and refuses to start the
container without them. Keep the token out of the task definition: pass it in `secretOptions`
from Secrets Manager or SSM Parameter Store, which counts as set. ECS does not check the options
when the task definition is registered, so this is a warning.

## Bad
```json
{"logDriver": "splunk", "options": {"splunk-index": "main"}}
```

## Good
```json
{"logDriver": "splunk",
 "options": {"splunk-url": "https://splunk.example.com:8088"},
 "secretOptions": [{"name": "splunk-token",
                    "valueFrom": "arn:aws:secretsmanager:us-east-1:111122223333:secret:splunk-AbCdEf"}]}
```

## References
- Amazon ECS API Reference: LogConfiguration.options, LogConfiguration.secretOptions
- Docker documentation: Splunk logging driver (splunk-url and splunk-token are required)
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
