// The program: command-line parsing (the only CLI11 user) handing over to cli/run.
#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdint>
#include <exception>
#include <iostream>
#include <optional>

#include "cli/run.hpp"
#include "rules/rule.hpp"

namespace {

using namespace ecslint;

std::vector<std::string> split_ids(const std::vector<std::string>& lists) {
  std::vector<std::string> ids;
  for (const std::string& list : lists) {
    size_t start = 0;
    while (start <= list.size()) {
      size_t comma = list.find(',', start);
      if (comma == std::string::npos) comma = list.size();
      if (comma > start) ids.push_back(list.substr(start, comma - start));
      start = comma + 1;
    }
  }
  return ids;
}

// "1048576", "64K", "100M", "1G" (powers of 1024); nullopt for anything else or zero.
std::optional<size_t> parse_size(const std::string& text) {
  size_t digits = 0;
  unsigned long long value = 0;
  while (digits < text.size() && digits < 15 && text[digits] >= '0' && text[digits] <= '9')
    value = value * 10 + static_cast<unsigned>(text[digits++] - '0');
  if (digits == 0 || value == 0) return std::nullopt;
  std::string unit = text.substr(digits);
  if (unit.empty()) return static_cast<size_t>(value);
  unsigned shift = unit == "K" || unit == "k" ? 10 : unit == "M" || unit == "m" ? 20
                   : unit == "G" || unit == "g" ? 30 : 0;
  if (shift == 0 || value > (SIZE_MAX >> shift)) return std::nullopt;
  return static_cast<size_t>(value) << shift;
}

struct CheckFlags {
  CheckOptions options;
  std::string kind, threshold;
  std::vector<std::string> enable, disable, as_error, as_warning, as_note;
  std::string max_file_size;
};

void add_check_flags(CLI::App& app, CheckFlags& f) {
  app.add_option("paths", f.options.paths, "Files and folders to lint; - reads standard input")
      ->type_name("PATH|-");
  app.add_option("-f,--format", f.options.formats, "Output format (repeatable)")
      ->check(CLI::IsMember({"text", "json", "sarif", "github", "gitlab"}))
      ->allow_extra_args(false)
      ->type_name("text|json|sarif|github|gitlab");
  app.add_option("-o,--output", f.options.outputs,
                 "Write the matching --format here instead of stdout (repeatable; - is stdout)")
      ->allow_extra_args(false)
      ->type_name("FILE");
  app.add_option("--kind", f.kind, "Treat every file as this kind instead of detecting it")
      ->check(CLI::IsMember({"task-definition", "service", "appspec",
                                    "container-definitions", "terraform-plan",
                                    "cloudformation"}));
  app.add_option("--enable", f.enable, "Turn rules on (comma-separated ids)")
      ->allow_extra_args(false)->type_name("RULE[,RULE]");
  app.add_option("--disable", f.disable, "Turn rules off (comma-separated ids)")
      ->allow_extra_args(false)->type_name("RULE[,RULE]");
  app.add_option("--error", f.as_error, "Report these rules as errors")
      ->allow_extra_args(false)->type_name("RULE[,RULE]");
  app.add_option("--warning", f.as_warning, "Report these rules as warnings")
      ->allow_extra_args(false)->type_name("RULE[,RULE]");
  app.add_option("--note", f.as_note, "Report these rules as notes")
      ->allow_extra_args(false)->type_name("RULE[,RULE]");
  app.add_option("--failure-threshold", f.threshold,
                 "Exit 1 when a finding is at least this level (default: the config's, else warning)")
      ->check(CLI::IsMember({"error", "warning", "note", "none"}));
  app.add_flag("--exit-zero", f.options.exit_zero, "Exit 0 even when there are findings");
  app.add_option("--color", f.options.color, "Colour text output (default: auto)")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("--stdin-filename", f.options.stdin_filename, "Name to report for - (stdin)");
  app.add_option("--max-file-size", f.max_file_size,
                 "Refuse files larger than this (bytes, or with K, M or G; default 16M)")
      ->type_name("SIZE");
  app.add_option("-j,--jobs", f.options.jobs,
                 "Files linted at once (default: one per core); output does not depend on it")
      ->type_name("N");
  CLI::Option* config =
      app.add_option("-c,--config", f.options.config,
                     "Read this configuration file (default: $ECSLINT_CONFIG, else the first "
                     ".ecslint.yaml from here up to the repository root)")
          ->type_name("FILE");
  app.add_flag("--no-config", f.options.no_config, "Read no configuration file")->excludes(config);
  app.add_flag("--force-exclude", f.options.force_exclude,
               "Filter files named on the command line like files found in folders: the "
               "config's files.exclude applies and files that are not ECS documents are skipped "
               "quietly (for pre-commit)");
  app.add_flag("--snippet", f.options.snippet,
               "Text format: show the source line with a caret under each finding");
  app.add_option("--root", f.options.root,
                 "Report paths (and SARIF URIs) relative to DIR (default: the current folder)")
      ->type_name("DIR");
  app.add_option("--sarif-category", f.options.sarif_category,
                 "SARIF runs[0].automationDetails.id, for several ecslint uploads per commit "
                 "(leave it to upload-sarif's category when uploading with the action)")
      ->type_name("ID");
  app.add_option("--baseline", f.options.baseline,
                 "Suppress the findings recorded in FILE (see --write-baseline)")
      ->type_name("FILE");
  app.add_option("--write-baseline", f.options.write_baseline,
                 "Record the current findings in FILE and exit 0")
      ->type_name("FILE");
  app.add_option("--task-definition", f.options.task_definition,
                 "Pair every service and AppSpec with this task definition file (linted too)");
  app.add_flag("--include-suppressed", f.options.include_suppressed,
               "Keep suppressed findings, marked, in json and sarif output");
}

// Turns the parsed flags into CheckOptions; returns false (message printed) on unknown rules.
bool finish_flags(CheckFlags& f) {
  if (!f.kind.empty()) parse_kind(f.kind, f.options.kind);
  if (!f.max_file_size.empty()) {
    std::optional<size_t> bytes = parse_size(f.max_file_size);
    if (!bytes) {
      std::cerr << "ecslint: --max-file-size " << f.max_file_size
                << ": expected a number of bytes, optionally with K, M or G (e.g. 64K, 100M)\n";
      return false;
    }
    f.options.max_file_size = *bytes;
  }
  Level threshold = Level::warning;
  if (!f.threshold.empty() && parse_level(f.threshold, threshold))
    f.options.failure_threshold = threshold;
  bool ok = true;
  auto each = [&](const std::vector<std::string>& lists, auto apply) {
    for (const std::string& id : split_ids(lists)) {
      if (!find_rule(id) && id != "all") {
        std::cerr << "ecslint: unknown rule '" << id << "' (see `ecslint rules`)\n";
        ok = false;
        continue;
      }
      apply(id);
    }
  };
  RuleSettings& rules = f.options.rules;
  each(f.disable, [&](const std::string& id) { rules.disabled.insert(id); });
  each(f.enable, [&](const std::string& id) {
    rules.disabled.erase(id);
    rules.enabled.insert(id);
  });
  each(f.as_error, [&](const std::string& id) { rules.levels[id] = Level::error; });
  each(f.as_warning, [&](const std::string& id) { rules.levels[id] = Level::warning; });
  each(f.as_note, [&](const std::string& id) { rules.levels[id] = Level::note; });
  return ok;
}

int run(int argc, char** argv) {
  CLI::App app{"ecslint: lint Amazon ECS task definitions, services and CodeDeploy AppSpecs",
               "ecslint"};
  app.set_version_flag("-V,--version", version_text());
  app.require_subcommand(0, 1);
  app.footer(
      "Exit codes: 0 no finding at or above the failure threshold, 1 such findings, 2 usage or "
      "I/O problem, 3 internal error.\n`ecslint PATH...` is short for `ecslint check PATH...`.");

  CheckFlags bare, flags;
  add_check_flags(app, bare);
  CLI::App* check = app.add_subcommand("check", "Lint files and folders (default: .)");
  add_check_flags(*check, flags);

  std::string rules_format = "text";
  CLI::App* rules = app.add_subcommand("rules", "List every rule");
  rules->add_option("--format", rules_format, "text, json or markdown")
      ->check(CLI::IsMember({"text", "json", "markdown"}));

  std::string explain_id;
  CLI::App* explain = app.add_subcommand("explain", "Print a rule's documentation");
  explain->add_option("rule", explain_id, "Rule id")->required();

  std::string schema_kind;
  CLI::App* schema = app.add_subcommand("schema", "Print an embedded JSON Schema");
  schema->add_option("kind", schema_kind, "task-definition, service, appspec or config")
      ->required();

  CLI::App* init = app.add_subcommand("init", "Write a commented starter .ecslint.yaml here");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitClean : kExitUsage;
  }

  if (*rules) return run_rules(rules_format);
  if (*explain) return run_explain(explain_id);
  if (*schema) return run_schema(schema_kind);
  if (*init) return run_init();
  CheckFlags& f = *check ? flags : bare;
  if (!finish_flags(f)) return kExitUsage;
  return run_check(f.options);
}

}  // namespace

int main(int argc, char** argv) {
  // A reader that goes away (ecslint ... | head) makes the write fail with EPIPE, which run_check
  // reports as "cannot write output" (exit 2), rather than the signal killing the process.
  std::signal(SIGPIPE, SIG_IGN);
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "ecslint: internal error: " << e.what() << "; please report this bug\n";
    return kExitInternal;
  }
}
