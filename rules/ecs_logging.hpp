#pragma once
#include <unordered_set>
/// Knowledge shared by the logging-area rules: log drivers and options, FireLens routers, and
/// the named lists `environment` and `secrets`. As tolerant as rules/rule.hpp: wrong types and
/// placeholders give "unknown", never an exception.

#include <optional>
#include <string_view>
#include <vector>

#include "rules/ecs.hpp"

namespace ecslint {


/// The container's `logConfiguration.options` object, or nullptr.
const Json* log_options(const Json& container);

/// The options Docker itself reads (`mode`, `max-buffer-size`): the container's log options
/// unless the driver is `awsfirelens`, whose options configure the router's output plugin
/// (Fluent Bit's syslog output has an option called `mode` of its own). nullptr when none.
const Json* docker_log_options(const Json& container);

/// How a task uses FireLens.
struct FirelensUse {
  struct Router {
    const Json* container;
    Pointer at;  ///< the container
  };
  std::vector<Router> routers;   ///< containers with a `firelensConfiguration` object
  std::vector<Pointer> senders;  ///< `logDriver` values that are "awsfirelens"
  bool driver_unknown = false;   ///< some `logConfiguration`/`logDriver` is a placeholder or
                                 ///< of a wrong type
  bool router_unknown = false;   ///< some `firelensConfiguration` is not an object
};

/// Collects the FireLens routers and the containers that send their logs to one.
FirelensUse firelens_use(const Json& task);

/// The parts of an ARN `arn:partition:service:region:account:resource`.
struct Arn {
  std::string_view partition, service, region, account;
  std::string_view resource;  ///< everything after the fifth colon, colons included
};

/// The ARN's parts when `text` starts with "arn:" and has at least five more colons.
std::optional<Arn> parse_arn(std::string_view text);

/// Calls f(item, pointer, name) for each object in the container's list `list` ("environment",
/// "secrets") whose `name` is a known, non-empty string (blank names are environment-name-blank's).
template <class F>
void for_each_named(const Json& container, const Place& at, std::string_view list, F&& f) {
  for_each_item(array_member(container, list), at / list, [&](const Json& item, const Place& item_at) {
    auto name = known_string(item, "name");
    if (name && !name->empty()) f(item, item_at, *name);
  });
}

/// Calls f(pointer, name) for each entry of the container's list `list` whose known `name`
/// an earlier entry of the same list already has; `pointer` is the later entry's `name`.
template <class F>
void for_each_repeated_name(const Json& container, const Place& at, std::string_view list, F&& f) {
  // A set, not a scan of the names so far: environment lists can be tens of thousands long.
  std::unordered_set<std::string_view> seen;
  for_each_named(container, at, list, [&](const Json&, const Place& item_at, std::string_view name) {
    if (!seen.insert(name).second) f(item_at / "name", name);
  });
}

}  // namespace ecslint
