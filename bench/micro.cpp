// Google Benchmark micro-benchmarks of one typical file through each stage of the engine.
// The file: $ECSLINT_BENCH_JSON and its YAML twin $ECSLINT_BENCH_YAML (bench/run passes a
// generated task definition); without them, the bundled examples.
#include <benchmark/benchmark.h>
#include <yaml-cpp/yaml.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/report.hpp"
#include "core/kind.hpp"
#include "core/load.hpp"
#include "core/pipeline.hpp"
#include "core/schema.hpp"
#include "rules/rule.hpp"

namespace {
using namespace ecslint;

std::string slurp(const char* env, const char* fallback) {
  const char* path = std::getenv(env);
  std::ifstream in(path && *path ? path : fallback, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  if (s.str().empty()) {
    std::fprintf(stderr, "micro: cannot read %s\n", path && *path ? path : fallback);
    std::exit(2);
  }
  return s.str();
}

const Source& json_source() {
  static const Source s = make_source(
      "taskdef.json", slurp("ECSLINT_BENCH_JSON", ECSLINT_SOURCE_DIR "/examples/fargate-web/taskdef.json"));
  return s;
}

const Source& yaml_source() {
  static const Source s = make_source(
      "taskdef.yaml", slurp("ECSLINT_BENCH_YAML", ECSLINT_SOURCE_DIR "/examples/mistakes/taskdef.yaml"));
  return s;
}

void set_bytes(benchmark::State& state, const Source& s) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * s.text.size()));
}

void MakeSource(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(make_source("taskdef.json", json_source().text));
  set_bytes(state, json_source());
}

// RapidJSON alone, no positions: the floor for load_json.
void RapidJsonParse(benchmark::State& state) {
  for (auto _ : state) {
    rapidjson::Document d;
    d.Parse(json_source().text.data(), json_source().text.size());
    benchmark::DoNotOptimize(d.IsObject());
  }
  set_bytes(state, json_source());
}

void LoadJson(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(load_json(json_source()).ok);
  set_bytes(state, json_source());
}

// yaml-cpp alone: how much of load_yaml is the library's own parse.
void YamlCppParse(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(YAML::Load(yaml_source().text).IsMap());
  set_bytes(state, yaml_source());
}

void LoadYaml(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(load_yaml(yaml_source()).ok);
  set_bytes(state, yaml_source());
}

void DetectKind(benchmark::State& state) {
  Document doc = load_json(json_source());
  for (auto _ : state) benchmark::DoNotOptimize(detect_kind(doc.root).kind);
}

void CheckSchema(benchmark::State& state) {
  Document doc = load_json(json_source());
  std::vector<Finding> findings;
  check_schema(doc.root, kTaskDefinition, findings);  // the first call parses the schema
  for (auto _ : state) {
    findings.clear();
    check_schema(doc.root, kTaskDefinition, findings);
    benchmark::DoNotOptimize(findings.size());
  }
}

// Every rule's check on the document, as the pipeline's rule pass runs them.
void RulePass(benchmark::State& state) {
  Document doc = load_json(json_source());
  std::vector<Finding> findings;
  for (auto _ : state) {
    findings.clear();
    for (const Rule* rule : all_rules()) {
      if (!rule->check || !(rule->kinds & kTaskDefinition)) continue;
      Context cx{doc.root, kTaskDefinition, *rule, findings};
      rule->check(cx);
    }
    benchmark::DoNotOptimize(findings.size());
  }
  state.counters["findings"] = static_cast<double>(findings.size());
}

void LintSourceJson(benchmark::State& state) {
  LintOptions options;
  for (auto _ : state) benchmark::DoNotOptimize(lint_source(json_source(), options).findings.size());
  set_bytes(state, json_source());
}

void LintSourceYaml(benchmark::State& state) {
  LintOptions options;
  for (auto _ : state) benchmark::DoNotOptimize(lint_source(yaml_source(), options).findings.size());
  set_bytes(state, yaml_source());
}

void FormatSarif(benchmark::State& state) {
  std::vector<FileResult> files{lint_source(json_source(), LintOptions{})};
  RuleSettings rules;
  Report report{files, rules, {}};
  for (auto _ : state) benchmark::DoNotOptimize(format_sarif(report).size());
  state.counters["findings"] = static_cast<double>(files[0].findings.size());
}

BENCHMARK(MakeSource);
BENCHMARK(RapidJsonParse);
BENCHMARK(LoadJson);
BENCHMARK(YamlCppParse);
BENCHMARK(LoadYaml);
BENCHMARK(DetectKind);
BENCHMARK(CheckSchema);
BENCHMARK(RulePass);
BENCHMARK(LintSourceJson);
BENCHMARK(LintSourceYaml);
BENCHMARK(FormatSarif);

}  // namespace

BENCHMARK_MAIN();
