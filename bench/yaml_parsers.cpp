// Can a YAML loader get within 3x of the JSON one? This measures the candidate parsers over the
// same documents, each benchmark one pass over a whole set of files held in memory:
//   $ECSLINT_BENCH_YAML_DIR (default /tmp/ecslint-bench/yaml-10000) and its JSON twins
//   $ECSLINT_BENCH_JSON_DIR (default /tmp/ecslint-bench/json-10000), as bench/generate.py writes
//   them (the same documents in both formats).
//
// - JSON: RapidJSON alone, our load_json, and a whole lint (lint_source) of each JSON file.
// - yaml-cpp: YAML::Load alone (the node graph it builds), our load_yaml, a whole YAML lint.
// - libfyaml: the document API (fy_document_build_from_string: a parsed tree, building nothing
//   of ours), the event API alone, and the event API building a RapidJSON tree with a preorder
//   table of node offsets: about what a libfyaml-based load_yaml would do (no aliases or merge
//   keys, which these files do not have).
//
// Built only with ECSLINT_BENCH=ON and when pkg-config finds libfyaml. CPU time is the column
// to read on a shared machine; compare rows of one run.
#include <benchmark/benchmark.h>
#include <libfyaml.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/json.hpp"
#include "core/load.hpp"
#include "core/pipeline.hpp"
#include "core/source.hpp"

namespace {
using namespace ecslint;
namespace fs = std::filesystem;

/// Every file of the folder named by `env` (else `fallback`), in name order, as sources.
std::vector<Source> read_folder(const char* env, const char* fallback) {
  const char* dir = std::getenv(env);
  fs::path folder = dir && *dir ? dir : fallback;
  std::vector<fs::path> paths;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec))
    if (entry.is_regular_file()) paths.push_back(entry.path());
  if (ec || paths.empty()) {
    std::fprintf(stderr, "yaml_parsers: no files in %s (run bench/generate.py, or set %s)\n",
                 folder.c_str(), env);
    std::exit(2);
  }
  std::sort(paths.begin(), paths.end());
  std::vector<Source> sources;
  for (const fs::path& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    sources.push_back(make_source(path.filename().string(), text.str()));
  }
  return sources;
}

const std::vector<Source>& yaml_files() {
  static const auto files = read_folder("ECSLINT_BENCH_YAML_DIR", "/tmp/ecslint-bench/yaml-10000");
  return files;
}

const std::vector<Source>& json_files() {
  static const auto files = read_folder("ECSLINT_BENCH_JSON_DIR", "/tmp/ecslint-bench/json-10000");
  return files;
}

void count(benchmark::State& state, const std::vector<Source>& files) {
  size_t bytes = 0;
  for (const Source& s : files) bytes += s.text.size();
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * files.size()));
}

/// One iteration: f(source) for every file of `files`.
template <class F>
void each_file(benchmark::State& state, const std::vector<Source>& files, F f) {
  for (auto _ : state)
    for (const Source& s : files) f(s);
  count(state, files);
}

// ---- JSON, for the ratios ------------------------------------------------------------------

void JsonRapidJson(benchmark::State& state) {
  each_file(state, json_files(), [](const Source& s) {
    rapidjson::Document d;
    d.Parse(s.text.data(), s.text.size());
    benchmark::DoNotOptimize(d.IsObject());
  });
}

void JsonLoad(benchmark::State& state) {
  each_file(state, json_files(), [](const Source& s) { benchmark::DoNotOptimize(load_json(s).ok); });
}

void JsonLint(benchmark::State& state) {
  each_file(state, json_files(), [](const Source& s) {
    benchmark::DoNotOptimize(lint_source(s, LintOptions{}).findings.size());
  });
}

// ---- yaml-cpp (what load_yaml uses today) --------------------------------------------------

void YamlCppLoad(benchmark::State& state) {
  each_file(state, yaml_files(), [](const Source& s) { benchmark::DoNotOptimize(YAML::Load(s.text).IsMap()); });
}

void YamlLoad(benchmark::State& state) {
  each_file(state, yaml_files(), [](const Source& s) { benchmark::DoNotOptimize(load_yaml(s).ok); });
}

void YamlLint(benchmark::State& state) {
  each_file(state, yaml_files(), [](const Source& s) {
    benchmark::DoNotOptimize(lint_source(s, LintOptions{}).findings.size());
  });
}

// ---- libfyaml ------------------------------------------------------------------------------

fy_parse_cfg fy_config() {
  fy_parse_cfg cfg{};
  cfg.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2);
  return cfg;
}

void FyDocument(benchmark::State& state) {
  const fy_parse_cfg cfg = fy_config();
  each_file(state, yaml_files(), [&](const Source& s) {
    fy_document* doc = fy_document_build_from_string(&cfg, s.text.data(), s.text.size());
    benchmark::DoNotOptimize(doc);
    fy_document_destroy(doc);
  });
}

void FyEvents(benchmark::State& state) {
  const fy_parse_cfg cfg = fy_config();
  each_file(state, yaml_files(), [&](const Source& s) {
    fy_parser* parser = fy_parser_create(&cfg);
    fy_parser_set_string(parser, s.text.data(), s.text.size());
    size_t events = 0;
    while (fy_event* event = fy_parser_parse(parser)) {
      ++events;
      fy_parser_event_free(parser, event);
    }
    benchmark::DoNotOptimize(events);
    fy_parser_destroy(parser);
  });
}

/// A plain scalar typed by the YAML 1.2 core schema (null, booleans, integers, floats; anything
/// else a string), added through RapidJSON's SAX interface of `doc`.
void add_plain(rapidjson::Document& doc, std::string_view text) {
  if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL") {
    doc.Null();
    return;
  }
  if (text == "true" || text == "True" || text == "TRUE") {
    doc.Bool(true);
    return;
  }
  if (text == "false" || text == "False" || text == "FALSE") {
    doc.Bool(false);
    return;
  }
  const char* end = text.data() + text.size();
  const char* digits = text.data() + (text.front() == '+' ? 1 : 0);
  int64_t integer = 0;
  if (auto [at, ec] = std::from_chars(digits, end, integer); ec == std::errc() && at == end) {
    doc.Int64(integer);
    return;
  }
  double number = 0;
  if (auto [at, ec] = std::from_chars(digits, end, number); ec == std::errc() && at == end) {
    doc.Double(number);
    return;
  }
  doc.String(text.data(), static_cast<rapidjson::SizeType>(text.size()), true);
}

/// SAX events for the first document of `text` from libfyaml's event API into `doc`, recording
/// the start offset of every value in preorder as the loaders' location table does. False on a
/// parse error. Keys are taken as strings; aliases become null.
bool generate_with_fyaml(const fy_parse_cfg& cfg, const std::string& text, rapidjson::Document& doc,
                         std::vector<uint32_t>& offsets) {
  fy_parser* parser = fy_parser_create(&cfg);
  fy_parser_set_string(parser, text.data(), text.size());
  struct Open {
    bool mapping;
    rapidjson::SizeType items = 0;  // values (mapping members count once, at their value)
    bool expect_key = true;
  };
  std::vector<Open> open;
  bool done = false;
  // Counts a finished value in its parent, and flips a mapping between key and value.
  auto value_done = [&]() {
    if (open.empty()) return;
    Open& parent = open.back();
    if (parent.mapping) {
      if (!parent.expect_key) ++parent.items;
      parent.expect_key = !parent.expect_key;
    } else {
      ++parent.items;
    }
  };
  auto is_key = [&]() { return !open.empty() && open.back().mapping && open.back().expect_key; };
  while (!done) {
    fy_event* event = fy_parser_parse(parser);
    if (!event) break;
    const bool node = event->type == FYET_MAPPING_START || event->type == FYET_SEQUENCE_START ||
                      event->type == FYET_SCALAR || event->type == FYET_ALIAS;
    if (node && !is_key())
      if (const fy_mark* mark = fy_event_start_mark(event))
        offsets.push_back(static_cast<uint32_t>(mark->input_pos));
    switch (event->type) {
      case FYET_MAPPING_START:
        doc.StartObject();
        open.push_back({true});
        break;
      case FYET_SEQUENCE_START:
        doc.StartArray();
        open.push_back({false});
        break;
      case FYET_MAPPING_END:
        doc.EndObject(open.back().items);
        open.pop_back();
        value_done();
        break;
      case FYET_SEQUENCE_END:
        doc.EndArray(open.back().items);
        open.pop_back();
        value_done();
        break;
      case FYET_SCALAR: {
        size_t length = 0;
        const char* chars = fy_token_get_text(event->scalar.value, &length);
        std::string_view value(chars ? chars : "", chars ? length : 0);
        if (is_key()) {
          doc.Key(value.data(), static_cast<rapidjson::SizeType>(value.size()), true);
        } else {
          if (fy_token_scalar_style(event->scalar.value) == FYSS_PLAIN)
            add_plain(doc, value);
          else
            doc.String(value.data(), static_cast<rapidjson::SizeType>(value.size()), true);
        }
        value_done();
        break;
      }
      case FYET_ALIAS:
        doc.Null();
        value_done();
        break;
      case FYET_DOCUMENT_END:
        done = true;
        break;
      default:
        break;
    }
    fy_parser_event_free(parser, event);
  }
  const bool ok = done && !fy_parser_get_stream_error(parser);
  fy_parser_destroy(parser);
  return ok;
}

/// `doc` built with generate_with_fyaml; false on a parse error.
bool build_with_fyaml(const fy_parse_cfg& cfg, const std::string& text, rapidjson::Document& doc,
                      std::vector<uint32_t>& offsets) {
  bool ok = false;
  // Populate moves the finished root from the SAX stack into the document.
  auto generate = [&](rapidjson::Document& sax) {
    ok = generate_with_fyaml(cfg, text, sax, offsets);
    return ok;
  };
  doc.Populate(generate);
  return ok;
}


void FyEventsToRapidJson(benchmark::State& state) {
  const fy_parse_cfg cfg = fy_config();
  size_t failed = 0;
  each_file(state, yaml_files(), [&](const Source& s) {
    rapidjson::Document doc;
    std::vector<uint32_t> offsets;
    failed += build_with_fyaml(cfg, s.text, doc, offsets) ? 0 : 1;
    benchmark::DoNotOptimize(offsets.size());
  });
  state.counters["failed"] = static_cast<double>(failed);
}

std::string json_text(const Json& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return buffer.GetString();
}

// The tree built from events must equal the one load_yaml builds, or the timing means nothing.
void FyEventsSameTree(benchmark::State& state) {
  const fy_parse_cfg cfg = fy_config();
  size_t differ = 0;
  for (auto _ : state) {
    differ = 0;
    for (const Source& s : yaml_files()) {
      rapidjson::Document doc;
      std::vector<uint32_t> offsets;
      Document ours = load_yaml(s);
      if (build_with_fyaml(cfg, s.text, doc, offsets) && ours.ok && doc == ours.root) continue;
      if (differ++ == 0)
        std::fprintf(stderr, "yaml_parsers: %s differs:\n  libfyaml: %s\n  load_yaml: %s\n",
                     s.path.c_str(), json_text(doc).c_str(), json_text(ours.root).c_str());
    }
  }
  state.counters["differ"] = static_cast<double>(differ);
}

BENCHMARK(JsonRapidJson)->Unit(benchmark::kMillisecond);
BENCHMARK(JsonLoad)->Unit(benchmark::kMillisecond);
BENCHMARK(JsonLint)->Unit(benchmark::kMillisecond);
BENCHMARK(YamlCppLoad)->Unit(benchmark::kMillisecond);
BENCHMARK(YamlLoad)->Unit(benchmark::kMillisecond);
BENCHMARK(YamlLint)->Unit(benchmark::kMillisecond);
BENCHMARK(FyDocument)->Unit(benchmark::kMillisecond);
BENCHMARK(FyEvents)->Unit(benchmark::kMillisecond);
BENCHMARK(FyEventsToRapidJson)->Unit(benchmark::kMillisecond);
BENCHMARK(FyEventsSameTree)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
