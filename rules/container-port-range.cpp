#include <vector>

#include "rules/ecs_ports.hpp"

namespace ecslint {
namespace {

constexpr size_t kMaxRanges = 100;

// The ports one mapping of a container takes, for the overlap check.
struct Taken {
  int64_t first;
  int64_t last;
  std::string_view protocol;
  size_t index;
  bool range;
};

// The "first-last" range, or nullopt after reporting why it is not a valid one.
std::optional<std::pair<int64_t, int64_t>> valid_range(Context& cx, std::string_view text,
                                                       const Place& at) {
  auto range = parse_port_range(text);
  if (!range) {
    cx.report(at, fmt::format("containerPortRange \"{}\" is not a port range; write it as "
                              "\"first-last\", for example \"8000-8010\"",
                              text));
    return std::nullopt;
  }
  auto [first, last] = *range;
  if (first < 1 || last > 65535) {
    cx.report(at, fmt::format("containerPortRange \"{}\" is out of range; ports must be 1–65535",
                              text));
    return std::nullopt;
  }
  if (first >= last) {
    cx.report(at, fmt::format("containerPortRange \"{}\" does not rise; the first port must be "
                              "less than the last",
                              text));
    return std::nullopt;
  }
  return range;
}

void check_container(Context& cx, const Json& container, const Place& at,
                     std::string_view mode) {
  std::vector<Taken> taken;
  size_t ranges = 0;
  for_each_item(array_member(container, "portMappings"), at / "portMappings",
                [&](const Json& mapping, const Place& mapping_at) {
    auto protocol = port_protocol(mapping);
    Taken here{0, 0, protocol ? *protocol : "", pointer_index(mapping_at), false};
    const bool has_range = member(mapping, "containerPortRange") != nullptr;
    const Place where = mapping_at / (has_range ? "containerPortRange" : "containerPort");
    if (!has_range) {
      auto port = int_member(mapping, "containerPort");
      if (!port) return;
      here.first = here.last = *port;
    } else {
      auto text = known_string(mapping, "containerPortRange");
      if (!text) return;
      if (member(mapping, "hostPort"))
        cx.report_key(mapping_at / "hostPort",
                      "hostPort cannot be set together with containerPortRange; ECS chooses the "
                      "host ports of a range itself");
      if (!mode.empty() && mode != "bridge" && mode != "awsvpc")
        cx.report(where, fmt::format("containerPortRange needs networkMode bridge or awsvpc, not "
                                     "{}",
                                     mode == "default" ? "the Windows default" : mode));
      if (++ranges == kMaxRanges + 1)
        cx.report(where, fmt::format("{} has more than {} port ranges; ECS allows at most {} "
                                     "per container",
                                     container_label(container, at), kMaxRanges, kMaxRanges));
      auto range = valid_range(cx, *text, where);
      if (!range) return;
      here.first = range->first;
      here.last = range->second;
      here.range = true;
    }
    if (!protocol) return;
    for (const Taken& before : taken)
      if ((here.range || before.range) && before.protocol == here.protocol &&
          here.first <= before.last && before.first <= here.last) {
        cx.report(where, fmt::format("{}/{} overlaps portMappings[{}]; a port can be in only one "
                                     "port mapping of a container",
                                     here.range ? fmt::format("range {}-{}", here.first, here.last)
                                                : fmt::format("port {}", here.first),
                                     here.protocol, before.index));
        break;
      }
    taken.push_back(here);
  });
}

void check(Context& cx) {
  std::string_view mode = network_mode(cx.root);
  for_each_container(cx.root, [&](const Json& container, const Place& at) {
    check_container(cx, container, at, mode);
  });
}

constexpr Rule kRule = {
    "container-port-range", kTaskDefinition, Level::error,
    "A containerPortRange is malformed, overlaps another mapping, or is used where ECS refuses it",
    R"md(
## Why
A port mapping can expose a range of container ports with `containerPortRange`, and ECS then
chooses the host ports itself. The ECS API Reference sets these rules, and ECS refuses task
definitions that break them:

- the value is `"first-last"`, both ports 1–65535, and the first port is less than the last;
- `hostPort` is not given (there is no host port to choose: `awsvpc` maps the range onto
  itself, `bridge` takes free host ports from the ephemeral range);
- the task's network mode is `bridge` or `awsvpc` (not `host`, `none`, or the Windows default);
- at most 100 port ranges per container;
- a port can be in only one port mapping of a container, and ranges must not overlap.

ecslint checks overlaps for mappings of the same protocol (a range given once for `tcp` and once
for `udp` is not reported here), between two ranges or between a range and a `containerPort`.

## Bad
```json
{"name": "media", "image": "example/media:2.0", "memory": 512,
 "portMappings": [{"containerPortRange": "10000-10100", "hostPort": 10000},
                  {"containerPortRange": "10050-10060"},
                  {"containerPortRange": "20010-20000"}]}
```

## Good
```json
{"name": "media", "image": "example/media:2.0", "memory": 512,
 "portMappings": [{"containerPortRange": "10000-10100"},
                  {"containerPortRange": "20000-20010"}]}
```

## References
- Amazon ECS API Reference: PortMapping.containerPortRange, PortMapping.hostPort
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
