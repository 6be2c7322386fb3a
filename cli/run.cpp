#include "cli/run.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include <fmt/format.h>
#include <rapidjson/prettywriter.h>
#include <yaml-cpp/yaml.h>

#include "cli/discover.hpp"
#include "cli/report.hpp"
#include "core/schema.hpp"
#include "rules/rule.hpp"

namespace ecslint {

namespace {

bool use_color(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string(term) == "dumb") return false;
  return isatty(STDOUT_FILENO) == 1;
}

std::string render(const std::string& format, const Report& report, bool color) {
  if (format == "json") return format_json(report);
  if (format == "sarif") return format_sarif(report);
  if (format == "github") return format_github(report);
  return format_text(report, color);
}

bool write_output(const std::string& path, const std::string& text) {
  if (path.empty() || path == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    return std::fflush(stdout) == 0;
  }
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  return static_cast<bool>(out);
}

}  // namespace

int run_check(const CheckOptions& options) {
  std::vector<std::string> formats = options.formats;
  if (formats.empty()) formats.push_back("text");
  if (!options.outputs.empty() && options.outputs.size() != formats.size()) {
    std::cerr << "ecslint: give one --output per --format (or none to write one format to stdout)\n";
    return kExitUsage;
  }
  if (options.outputs.empty() && formats.size() > 1) {
    std::cerr << "ecslint: several formats need an --output each\n";
    return kExitUsage;
  }

  std::vector<std::string> errors;
  std::vector<std::string> paths = options.paths;
  if (paths.empty()) paths.push_back(".");
  std::vector<Input> inputs = discover(paths, errors);

  LintOptions lint;
  lint.forced_kind = options.kind;
  lint.rules = options.rules;
  std::vector<FileResult> results;
  results.reserve(inputs.size());
  for (Input& input : inputs) {
    if (input.real == "-" && !options.stdin_filename.empty()) input.display = options.stdin_filename;
    std::string text, error;
    if (!read_input(input, text, error)) {
      errors.push_back(error);
      continue;
    }
    lint.named_explicitly = input.named_explicitly;
    FileResult result = lint_source(make_source(input.display, std::move(text)), lint);
    if (!result.skipped) results.push_back(std::move(result));
  }

  for (const std::string& e : errors) std::cerr << "ecslint: " << e << '\n';

  Report report{results, options.rules, errors};
  bool color = use_color(options.color);
  for (size_t i = 0; i < formats.size(); ++i) {
    const std::string out = i < options.outputs.size() ? options.outputs[i] : "-";
    bool to_stdout = out == "-";
    if (!write_output(out, render(formats[i], report, color && to_stdout && formats[i] == "text"))) {
      std::cerr << "ecslint: " << out << ": cannot write output\n";
      return kExitUsage;
    }
  }

  bool internal = false, failing = false;
  for (const FileResult& r : results) {
    for (const Finding& f : r.findings) {
      if (f.rule == "internal-error") internal = true;
      if (options.failure_threshold != Level::none && f.level >= options.failure_threshold)
        failing = true;
    }
  }
  if (internal) return kExitInternal;
  if (!errors.empty()) return kExitUsage;
  if (failing && !options.exit_zero) return kExitFindings;
  return kExitClean;
}

int run_explain(const std::string& rule_id) {
  const Rule* rule = find_rule(rule_id);
  if (!rule) {
    std::cerr << "ecslint: unknown rule '" << rule_id << "' (see `ecslint rules`)\n";
    return kExitUsage;
  }
  std::cout << "# " << rule->id << "\n\n" << rule->summary << ".\n\nLevel: " << level_name(rule->level)
            << ". Applies to: ";
  bool first = true;
  for (Kind k : {kTaskDefinition, kService, kAppSpec}) {
    if (!(rule->kinds & k)) continue;
    std::cout << (first ? "" : ", ") << kind_name(k);
    first = false;
  }
  if (first) std::cout << "any file";
  std::cout << ".\n" << rule->docs << (std::string(rule->docs).empty() || std::string(rule->docs).back() == '\n' ? "" : "\n");
  return kExitClean;
}

int run_schema(const std::string& kind) {
  std::string_view text = embedded_schema(kind);
  if (text.empty()) {
    std::cerr << "ecslint: no schema named '" << kind << "' (task-definition, service, appspec)\n";
    return kExitUsage;
  }
  std::cout << text;
  if (text.back() != '\n') std::cout << '\n';
  return kExitClean;
}

std::string version_text() {
  return fmt::format("ecslint {}\nRapidJSON {}, valijson 1.0, yaml-cpp 0.7, fmt {}.{}.{}",
                     ECSLINT_VERSION, RAPIDJSON_VERSION_STRING, FMT_VERSION / 10000,
                     FMT_VERSION / 100 % 100, FMT_VERSION % 100);
}

}  // namespace ecslint

namespace ecslint {
namespace {

std::string kinds_text(unsigned kinds) {
  std::string out;
  for (Kind k : {kTaskDefinition, kService, kAppSpec}) {
    if (!(kinds & k)) continue;
    if (!out.empty()) out += ",";
    out += kind_name(k);
  }
  return out.empty() ? "any" : out;
}

}  // namespace

int run_rules(const std::string& format) {
  const auto& rules = all_rules();
  if (format == "json") {
    rapidjson::StringBuffer buffer;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
    w.SetIndent(' ', 2);
    w.StartArray();
    for (const Rule* r : rules) {
      w.StartObject();
      w.Key("id"); w.String(r->id);
      w.Key("level"); w.String(level_name(r->level));
      w.Key("kinds"); w.String(kinds_text(r->kinds).c_str());
      w.Key("summary"); w.String(r->summary);
      w.Key("engine"); w.Bool(r->check == nullptr);
      w.EndObject();
    }
    w.EndArray();
    std::cout << buffer.GetString() << '\n';
  } else if (format == "markdown") {
    std::cout << "| rule | level | applies to | summary |\n|---|---|---|---|\n";
    for (const Rule* r : rules)
      std::cout << fmt::format("| [`{}`](#{}) | {} | {} | {} |\n", r->id, r->id, level_name(r->level),
                               kinds_text(r->kinds), r->summary);
    for (const Rule* r : rules)
      std::cout << fmt::format("\n## {}\n\n{}.\n\nLevel: {}. Applies to: {}.\n{}", r->id, r->summary,
                               level_name(r->level), kinds_text(r->kinds), r->docs);
  } else {
    size_t width = 0;
    for (const Rule* r : rules) width = std::max(width, std::string(r->id).size());
    for (const Rule* r : rules)
      std::cout << fmt::format("{:<{}}  {:<7}  {:<15}  {}\n", r->id, width, level_name(r->level),
                               kinds_text(r->kinds), r->summary);
  }
  return kExitClean;
}

}  // namespace ecslint
