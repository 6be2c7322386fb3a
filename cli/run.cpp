#include "cli/run.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <filesystem>
#include <iostream>
#include <map>
#include <thread>

#include <fmt/format.h>
#include <rapidjson/prettywriter.h>
#include <yaml-cpp/yaml.h>

#include "cli/baseline.hpp"
#include "cli/config.hpp"
#include "cli/discover.hpp"
#include "cli/report.hpp"
#include "core/link.hpp"
#include "core/schema.hpp"
#include "rules/rule.hpp"

namespace ecslint {

namespace fs = std::filesystem;

namespace {

// Off-by-default rules have the default level none, shown as "off"; opt-in rules show the level
// they report at once enabled, marked "(opt-in)".
std::string default_level(const Rule& rule) {
  if (rule.level == Level::none) return "off";
  return (rule.kinds & kOptIn) ? fmt::format("{} (opt-in)", level_name(rule.level))
                               : level_name(rule.level);
}

bool use_color(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string(term) == "dumb") return false;
  return isatty(STDOUT_FILENO) == 1;
}

std::string render(const std::string& format, const Report& report, bool color, bool snippet) {
  if (format == "json") return format_json(report);
  if (format == "sarif") return format_sarif(report);
  if (format == "github") return format_github(report);
  if (format == "gitlab") return format_gitlab(report);
  return format_text(report, color, snippet);
}

// A path as reports show it under --root: relative to the root when inside it; a file outside
// keeps its absolute path, since a "../" path would mean nothing to code scanning either.
std::string rooted_path(const fs::path& absolute, const fs::path& root) {
  return relative_to(absolute, root).value_or(absolute.generic_string());
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

namespace {

// The configuration that applies: none with --no-config; else --config, $ECSLINT_CONFIG, or the
// first .ecslint.yaml from the current folder up to the repository root. False (messages
// printed) when it cannot be used.
bool configure(const CheckOptions& options, std::optional<Config>& config) {
  if (options.no_config) return true;
  fs::path path = options.config;
  std::string shown = options.config;
  if (path.empty()) {
    const char* env = std::getenv("ECSLINT_CONFIG");
    if (env && *env) path = shown = env;
  }
  if (path.empty()) {
    std::error_code ec;
    path = find_config(fs::current_path(ec));
    if (path.empty()) return true;
    shown = display_path(path);
  }
  std::vector<std::string> errors;
  config.emplace();
  if (load_config(path, shown, *config, errors)) return true;
  for (const std::string& e : errors) std::cerr << "ecslint: " << e << '\n';
  return false;
}

// Where a file is, as an absolute path (stdin: its --stdin-filename), or nullopt.
std::optional<fs::path> absolute_path(const Input& input, const std::string& stdin_filename) {
  std::string path = input.real == "-" ? stdin_filename : input.real;
  if (path.empty()) return std::nullopt;
  std::error_code ec;
  return fs::absolute(path, ec).lexically_normal();
}

// The baseline's path for a file: relative to the baseline's folder when inside it.
std::string baseline_path(const std::optional<fs::path>& file, const fs::path& folder,
                          const std::string& shown) {
  if (!file) return shown;
  return relative_to(*file, folder).value_or(shown);
}

Level unused_level(const RuleSettings& rules) {
  const Rule* rule = find_rule("unused-suppression");
  return rules.effective_level("unused-suppression", rule ? rule->level : Level::none);
}

// `ignore:` entries that applied to a linted file but silenced nothing there, as findings in
// the config file. Entries for files not linted in this run are left alone: a pre-commit run
// over two changed files says nothing about the rest.
FileResult unused_config_ignores(const Config& config, const std::vector<bool>& applied,
                                 const std::vector<bool>& used, Level level) {
  FileResult result;
  result.source = config.source;
  result.format = Format::yaml;
  for (size_t i = 0; i < config.ignores.size(); ++i) {
    if (!applied[i] || used[i]) continue;
    const IgnoreEntry& e = config.ignores[i];
    Finding f;
    f.rule = "unused-suppression";
    f.level = level;
    f.message = fmt::format("this `ignore:` entry ({} at `{}` in {}) suppresses nothing; remove it",
                            e.rule, e.pointer.empty() ? "/" : e.pointer, e.path);
    f.pointer = fmt::format("/ignore/{}", i);
    f.located = true;
    f.region = e.where;
    result.findings.push_back(std::move(f));
  }
  return result;
}

}  // namespace

namespace {

// Calls work(i) for every i below `count` on `jobs` threads (0: one per core); each i once.
// Files are independent until the link pass, and every shared structure the pipeline reads
// (rule registry, compiled schemas) is read-only after its thread-safe first use.
template <class Work>
void run_parallel(size_t count, unsigned jobs, Work work) {
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<size_t>(jobs, count));
  if (jobs <= 1) {
    for (size_t i = 0; i < count; ++i) work(i);
    return;
  }
  std::atomic<size_t> next{0};
  auto drain = [&] {
    for (size_t i = next++; i < count; i = next++) work(i);
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(drain);
  drain();
  for (std::thread& thread : threads) thread.join();
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

  // Precedence: flags > config > defaults.
  std::optional<Config> config;
  if (!configure(options, config)) return kExitUsage;
  RuleSettings rules = config ? config->rules : RuleSettings{};
  overlay_rules(rules, options.rules);
  Level threshold = options.failure_threshold.value_or(
      config && config->failure_threshold ? *config->failure_threshold : Level::warning);

  // A baseline being written is not also applied: the new file records every current finding.
  std::error_code ec;
  std::map<std::string, std::vector<Ignore>> known;  // baseline path -> its findings
  fs::path baseline_folder;
  const std::string& baseline_file =
      options.write_baseline.empty() ? options.baseline : options.write_baseline;
  if (!baseline_file.empty())
    baseline_folder = fs::absolute(baseline_file, ec).lexically_normal().parent_path();
  if (!options.baseline.empty() && options.write_baseline.empty()) {
    std::vector<BaselineEntry> entries;
    std::string error;
    if (!read_baseline(options.baseline, entries, error)) {
      std::cerr << "ecslint: " << error << '\n';
      return kExitUsage;
    }
    for (BaselineEntry& e : entries)
      known[e.path].push_back({e.rule, e.pointer, e.message,
                               fmt::format("recorded in the baseline {}", options.baseline),
                               SIZE_MAX});
  }

  // --root: report paths relative to this folder instead of the current one.
  std::optional<fs::path> root;
  if (!options.root.empty()) {
    if (!fs::is_directory(options.root, ec)) {
      std::cerr << "ecslint: --root " << options.root << ": not a folder\n";
      return kExitUsage;
    }
    root = fs::absolute(options.root, ec).lexically_normal();
    if (!root->has_filename()) root = root->parent_path();  // "deploy/" -> "deploy"
  }

  std::vector<std::string> errors;
  std::vector<std::string> paths = options.paths;
  if (paths.empty()) paths.push_back(".");
  std::vector<Input> inputs = discover(paths, errors);
  // --task-definition FILE takes part in the run like a file named on the command line.
  std::optional<fs::path> explicit_task;
  if (!options.task_definition.empty()) {
    explicit_task = fs::absolute(options.task_definition, ec).lexically_normal();
    bool listed = false;
    for (const Input& input : inputs)
      listed = listed || absolute_path(input, options.stdin_filename) == explicit_task;
    if (!listed) {
      std::vector<Input> more = discover({options.task_definition}, errors);
      inputs.insert(inputs.end(), more.begin(), more.end());
    }
  }

  // Each file is planned (paths, config settings, suppressions), read and linted in its own
  // slot, in parallel; the slots are then collected in order, so the output is the same whatever
  // --jobs says. Planning is in the parallel part too: its path arithmetic is a few percent of a
  // run, which on two threads would otherwise be time the second thread waits.
  struct Job {
    Input input;
    LintOptions lint;
    std::optional<fs::path> absolute;
    std::string recorded;   // its path in the baseline
    bool excluded = false;  // by files.exclude / files.include: not linted
  };
  // Fills `job` for `input`; false when the configuration excludes the file.
  auto plan = [&](Input input, Job& job) {
    if (input.real == "-" && !options.stdin_filename.empty()) input.display = options.stdin_filename;
    job.absolute = absolute_path(input, options.stdin_filename);
    if (root && job.absolute) input.display = rooted_path(*job.absolute, *root);
    FileSettings settings;
    if (config && job.absolute) {
      if (std::optional<std::string> relative = relative_to(*job.absolute, config->folder))
        settings = settings_for(*config, *relative);
    }
    // --force-exclude: a file named by a tool (pre-commit) is filtered like a file found by
    // walking; files.include still filters walks only. Standard input is always linted.
    const bool walked = !input.named_explicitly || (options.force_exclude && input.real != "-");
    if ((settings.excluded && walked) || (!settings.included && !input.named_explicitly))
      return false;
    job.recorded = baseline_path(job.absolute, baseline_folder, input.display);
    job.input = std::move(input);
    job.lint.rules = rules;
    job.lint.named_explicitly = !walked;
    job.lint.forced_kind = options.kind != kNoKind ? options.kind : settings.kind;
    job.lint.ignores = std::move(settings.ignores);
    auto baseline = known.find(job.recorded);
    if (baseline != known.end())
      job.lint.ignores.insert(job.lint.ignores.end(), baseline->second.begin(),
                              baseline->second.end());
    return true;
  };

  struct Outcome {
    std::optional<FileResult> result;
    std::string error;
  };
  std::vector<Job> jobs(inputs.size());
  std::vector<Outcome> outcomes(jobs.size());
  // Findings carry their regions, so a file's text is needed later only to show snippets and to
  // link services and AppSpecs to task definitions; dropping it at once keeps memory near the
  // size of the findings (files are read again for the link pass, below).
  const auto keeps_text = [&](const Input& input) { return options.snippet || input.real == "-"; };
  run_parallel(jobs.size(), options.jobs, [&](size_t i) {
    if (!plan(std::move(inputs[i]), jobs[i])) {
      jobs[i].excluded = true;
      return;
    }
    std::string text;
    if (!read_input(jobs[i].input, text, outcomes[i].error, options.max_file_size)) return;
    outcomes[i].result = lint_source(make_source(jobs[i].input.display, std::move(text)), jobs[i].lint);
    if (!keeps_text(jobs[i].input)) {  // swap, not assign: assigning "" keeps the capacity
      Source& source = outcomes[i].result->source;
      std::string().swap(source.text);
      std::vector<uint32_t>().swap(source.line_starts);
    }
  });

  const size_t entries = config ? config->ignores.size() : 0;
  std::vector<bool> applied(entries, false), used(entries, false);
  std::vector<BaselineEntry> record;
  std::vector<FileResult> results;
  std::vector<LintOptions> linted;    // how each result was linted: the link pass needs it again
  std::vector<std::string> recorded;  // each result's path in the baseline
  std::vector<size_t> job_of;         // each result's job
  size_t explicit_index = SIZE_MAX;
  results.reserve(jobs.size());
  for (size_t i = 0; i < jobs.size(); ++i) {
    if (jobs[i].excluded) continue;
    if (!outcomes[i].result) {
      errors.push_back(std::move(outcomes[i].error));
      continue;
    }
    if (outcomes[i].result->skipped) continue;
    if (explicit_task && jobs[i].absolute == explicit_task) explicit_index = results.size();
    results.push_back(std::move(*outcomes[i].result));
    linted.push_back(std::move(jobs[i].lint));
    recorded.push_back(std::move(jobs[i].recorded));
    job_of.push_back(i);
  }
  // The link pass needs the texts of the task definitions, services and AppSpecs again, and only
  // when a service or AppSpec takes part.
  bool linking = false;
  for (const FileResult& r : results) linking = linking || r.kind == kService || r.kind == kAppSpec;
  for (size_t r = 0; linking && r < results.size(); ++r) {
    const Input& input = jobs[job_of[r]].input;
    if (keeps_text(input) || !(results[r].kind & (kTaskDefinition | kService | kAppSpec))) continue;
    std::string text, error;
    if (read_input(input, text, error, options.max_file_size))
      results[r].source = make_source(input.display, std::move(text));
  }
  // Like a missing path: reported, exit code 2, and every file is still linted (paired by name).
  if (explicit_task && (explicit_index == SIZE_MAX || results[explicit_index].kind != kTaskDefinition)) {
    errors.push_back(fmt::format("--task-definition {}: not a task definition that could be linted",
                                 options.task_definition));
    explicit_index = SIZE_MAX;
  }
  link_results(results, linted, explicit_index);
  for (size_t i = 0; i < results.size(); ++i) {
    for (const Ignore& ignore : linted[i].ignores)
      if (ignore.id < entries) applied[ignore.id] = true;
    for (size_t id : results[i].used_ignores)
      if (id < entries) used[id] = true;
    if (options.write_baseline.empty()) continue;  // `record` is only for --write-baseline
    for (const Finding& f : results[i].findings)
      record.push_back({f.rule, recorded[i], f.pointer, f.message});
  }
  const Level unused = unused_level(rules);
  if (config && unused != Level::none) {
    FileResult stale = unused_config_ignores(*config, applied, used, unused);
    if (root) stale.source.path = rooted_path(fs::absolute(stale.source.path, ec), *root);
    if (!stale.findings.empty()) results.push_back(std::move(stale));
  }

  for (const std::string& e : errors) std::cerr << "ecslint: " << e << '\n';

  if (!options.write_baseline.empty() && !write_output(options.write_baseline, format_baseline(record))) {
    std::cerr << "ecslint: " << options.write_baseline << ": cannot write the baseline\n";
    return kExitUsage;
  }

  Report report{results, rules, errors, options.include_suppressed, options.sarif_category};
  bool color = use_color(options.color);
  for (size_t i = 0; i < formats.size(); ++i) {
    const std::string out = i < options.outputs.size() ? options.outputs[i] : "-";
    bool to_stdout = out == "-";
    if (!write_output(out, render(formats[i], report, color && to_stdout && formats[i] == "text",
                                  options.snippet))) {
      std::cerr << "ecslint: " << out << ": cannot write output\n";
      return kExitUsage;
    }
  }
  // For a person at a terminal only; on stderr, so stdout stays exactly the requested format.
  if (isatty(STDOUT_FILENO) == 1) std::cerr << format_summary(report);

  // Suppressed findings live in FileResult::suppressed, so they never fail the run.
  bool internal = false, failing = false;
  for (const FileResult& r : results) {
    for (const Finding& f : r.findings) {
      if (f.rule == "internal-error") internal = true;
      if (threshold != Level::none && f.level >= threshold) failing = true;
    }
  }
  if (internal) return kExitInternal;
  if (!errors.empty()) return kExitUsage;
  const bool exit_zero = options.exit_zero || !options.write_baseline.empty();
  if (failing && !exit_zero) return kExitFindings;
  return kExitClean;
}

int run_init() {
  std::error_code ec;
  for (const char* name : kConfigNames) {
    if (fs::exists(name, ec)) {
      std::cerr << "ecslint: " << name << " already exists; not overwriting it\n";
      return kExitUsage;
    }
  }
  if (!write_output(kConfigNames[0], std::string(starter_config()))) {
    std::cerr << "ecslint: " << kConfigNames[0] << ": cannot write\n";
    return kExitUsage;
  }
  std::cout << "wrote " << kConfigNames[0] << "; `ecslint check` reads it from this folder and "
            << "every folder below\n";
  return kExitClean;
}

int run_explain(const std::string& rule_id) {
  const Rule* rule = find_rule(rule_id);
  if (!rule) {
    std::cerr << "ecslint: unknown rule '" << rule_id << "' (see `ecslint rules`)\n";
    return kExitUsage;
  }
  std::cout << "# " << rule->id << "\n\n" << rule->summary << ".\n\nLevel: " << default_level(*rule)
            << ". Applies to: ";
  bool first = true;
  for (Kind k : {kTaskDefinition, kService, kAppSpec}) {
    if (!(rule->kinds & k)) continue;
    std::cout << (first ? "" : ", ") << kind_name(k);
    first = false;
  }
  if (first) std::cout << "any file";
  if (rule->kinds & kLinked) std::cout << ", compared with the task definition it names";
  std::cout << ".\n" << rule->docs << (std::string(rule->docs).empty() || std::string(rule->docs).back() == '\n' ? "" : "\n");
  return kExitClean;
}

int run_schema(const std::string& kind) {
  std::string_view text = embedded_schema(kind);
  if (text.empty()) {
    std::cerr << "ecslint: no schema named '" << kind
              << "' (task-definition, service, appspec, config)\n";
    return kExitUsage;
  }
  std::cout << text;
  if (text.back() != '\n') std::cout << '\n';
  return kExitClean;
}

// GNU Coding Standards §4.8.1: the name and version on the first line (help2man and scripts
// read it), the libraries next, then the copyright and the licence.
std::string version_text() {
  return fmt::format("ecslint {}\nRapidJSON {}, valijson 1.0, yaml-cpp 0.7, fmt {}.{}.{}\n"
                     "Copyright (c) 2026 the ecslint authors\n"
                     "License MIT <https://opensource.org/licenses/MIT>",
                     ECSLINT_VERSION, RAPIDJSON_VERSION_STRING, FMT_VERSION / 10000,
                     FMT_VERSION / 100 % 100, FMT_VERSION % 100);
}

}  // namespace ecslint

namespace ecslint {
namespace {

// The top of the rule reference (docs/rules.md is this output, kept in sync by a test).
constexpr const char* kRulesMarkdownIntro =
    "# ecslint rules\n\n"
    "Every rule ecslint has, as `ecslint rules --format markdown` prints it; `ecslint explain "
    "RULE` prints one. Levels: `error` = AWS rejects it or the task cannot run; `warning` = "
    "accepted but almost surely wrong; `note` = best practice or security hardening. `off` "
    "rules and `(opt-in)` rules run only when enabled (`--enable RULE` or `rules:` in "
    ".ecslint.yaml).\n\n";

// Rule docs use "## Why" and so on; under a "## rule-id" section those become "### Why".
// Lines inside ``` fences are code (YAML comments start with "#") and stay as they are.
std::string demote_headings(const char* docs) {
  std::string out;
  bool code = false;
  std::string_view rest = docs ? docs : "";
  while (!rest.empty()) {
    size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end == std::string_view::npos ? rest.size() : end + 1);
    rest.remove_prefix(line.size());
    if (line.substr(0, 3) == "```") code = !code;
    if (!code && line.substr(0, 2) == "##") out += '#';
    out += line;
  }
  return out;
}

// A "|" would end the table cell.
std::string table_cell(const char* text) {
  std::string out;
  for (const char* c = text; c && *c; ++c) out += *c == '|' ? std::string("\\|") : std::string(1, *c);
  return out;
}

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
      w.Key("level"); w.String(default_level(*r));
      w.Key("kinds"); w.String(kinds_text(r->kinds).c_str());
      w.Key("summary"); w.String(r->summary);
      w.Key("engine"); w.Bool(r->check == nullptr);
      w.EndObject();
    }
    w.EndArray();
    std::cout << buffer.GetString() << '\n';
  } else if (format == "markdown") {
    std::cout << kRulesMarkdownIntro
              << "| rule | level | applies to | summary |\n|---|---|---|---|\n";
    for (const Rule* r : rules)
      std::cout << fmt::format("| [`{}`](#{}) | {} | {} | {} |\n", r->id, r->id, default_level(*r),
                               kinds_text(r->kinds), table_cell(r->summary));
    for (const Rule* r : rules)
      std::cout << fmt::format("\n## {}\n\n{}.\n\nLevel: {}. Applies to: {}.\n{}", r->id, r->summary,
                               default_level(*r), kinds_text(r->kinds), demote_headings(r->docs));
  } else {
    size_t width = 0;
    for (const Rule* r : rules) width = std::max(width, std::string(r->id).size());
    for (const Rule* r : rules)
      std::cout << fmt::format("{:<{}}  {:<15}  {:<15}  {}\n", r->id, width, default_level(*r),
                               kinds_text(r->kinds), r->summary);
  }
  return kExitClean;
}

}  // namespace ecslint
