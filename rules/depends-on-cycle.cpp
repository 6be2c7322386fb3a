#include <algorithm>
#include <string>
#include <vector>

#include "rules/ecs_container.hpp"

namespace ecslint {
namespace {

// The dependsOn graph: one node per container (by index), one edge per entry naming another
// known container, with the pointer of the entry's containerName.
struct Edge {
  size_t to;
  Pointer at;
};

struct Graph {
  std::vector<std::string> names;
  std::vector<std::vector<Edge>> edges;
};

Graph build_graph(const Json& task) {
  Graph graph;
  for_each_item(array_member(task, "containerDefinitions"), Pointer(),
                [&](const Json& container, const Place&) {
                  auto name = known_string(container, "name");
                  graph.names.emplace_back(name ? *name : "");
                });
  graph.edges.resize(graph.names.size());
  for_each_dependency(task, [&](const Dependency& dep) {
    auto own = known_string(dep.container, "name");
    // Self-references and unknown names are depends-on-unknown-container's errors.
    if (!own || own->empty() || *own == dep.target) return;
    auto from = std::find(graph.names.begin(), graph.names.end(), *own);
    auto to = std::find(graph.names.begin(), graph.names.end(), dep.target);
    if (to == graph.names.end()) return;
    graph.edges[from - graph.names.begin()].push_back(
        {static_cast<size_t>(to - graph.names.begin()), dep.at / "containerName"});
  });
  return graph;
}

// The shortest path of edges from `start` back to `start` (breadth-first), or empty when there
// is none.
std::vector<const Edge*> shortest_cycle(const Graph& graph, size_t start) {
  struct Step {
    size_t from = 0;
    const Edge* edge = nullptr;  // the edge that first reached the node; nullptr: not reached
  };
  std::vector<Step> reached(graph.names.size());
  std::vector<size_t> queue = {start};
  for (size_t head = 0; head < queue.size(); ++head) {
    const size_t node = queue[head];
    for (const Edge& edge : graph.edges[node]) {
      if (edge.to == start) {
        std::vector<const Edge*> path = {&edge};
        for (size_t at = node; at != start; at = reached[at].from) path.push_back(reached[at].edge);
        std::reverse(path.begin(), path.end());
        return path;
      }
      if (!reached[edge.to].edge) {
        reached[edge.to] = {node, &edge};
        queue.push_back(edge.to);
      }
    }
  }
  return {};
}

void check(Context& cx) {
  const Graph graph = build_graph(cx.root);
  std::vector<bool> reported(graph.names.size(), false);
  for (size_t start = 0; start < graph.names.size(); ++start) {
    if (reported[start]) continue;
    std::vector<const Edge*> cycle = shortest_cycle(graph, start);
    if (cycle.empty()) continue;
    std::string names = fmt::format("\"{}\"", graph.names[start]);
    for (const Edge* edge : cycle) {
      names += fmt::format(" → \"{}\"", graph.names[edge->to]);
      reported[edge->to] = true;
    }
    cx.report(cycle.front()->at,
              fmt::format("dependsOn forms a cycle: {}; none of these containers can start", names));
  }
}

constexpr Rule kRule = {
    "depends-on-cycle", kTaskDefinition, Level::warning,
    "The dependsOn entries of a task definition form a cycle",
    R"md(
## Why
`dependsOn` orders container startup: a container starts only once the containers it names
have reached their condition. If A waits for B and B waits for A (directly or through other
containers), neither can ever start, and the task cannot run. ecslint reports each cycle once,
at the first entry of its first container, naming the containers in order. No AWS error text
for a cyclic dependsOn is on record (RegisterTaskDefinition may accept it and leave the task
stuck until the start timeout), so this is a warning rather than an error.

## Bad
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "example/web:1.4", "memory": 512,
     "dependsOn": [{"containerName": "proxy", "condition": "START"}]},
    {"name": "proxy", "image": "envoyproxy/envoy:v1.31.0", "memory": 256,
     "dependsOn": [{"containerName": "web", "condition": "START"}]}
  ]
}
```

## Good
```json
{
  "family": "web",
  "containerDefinitions": [
    {"name": "web", "image": "example/web:1.4", "memory": 512,
     "dependsOn": [{"containerName": "proxy", "condition": "START"}]},
    {"name": "proxy", "image": "envoyproxy/envoy:v1.31.0", "memory": 256}
  ]
}
```

## References
- Amazon ECS API Reference: ContainerDefinition.dependsOn and ContainerDependency
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDependency.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
