#pragma once
/// The `check` command without its argument parsing, so main.cpp stays the only CLI11 user.
#include <optional>
#include <string>
#include <vector>

#include "core/finding.hpp"
#include "core/kind.hpp"
#include "core/pipeline.hpp"

namespace ecslint {

/// Exit codes (DESIGN §1).
enum ExitCode : int { kExitClean = 0, kExitFindings = 1, kExitUsage = 2, kExitInternal = 3 };

/// Everything `ecslint check` was asked to do.
struct CheckOptions {
  std::vector<std::string> paths;    ///< files, folders, "-" for standard input; empty means "."
  std::vector<std::string> formats;  ///< text | json | sarif | github | gitlab; empty: text
  std::vector<std::string> outputs;  ///< paired with formats by position; "-" is stdout
  Kind kind = kNoKind;               ///< forced kind, or kNoKind to detect
  RuleSettings rules;                ///< from flags; put on top of the config's
  std::optional<Level> failure_threshold;  ///< nullopt: the config's, else warning
  bool exit_zero = false;
  std::string color = "auto";        ///< auto | always | never
  std::string stdin_filename;        ///< name shown for "-"
  std::string config;                ///< --config FILE; empty: $ECSLINT_CONFIG, else look upward
  bool no_config = false;            ///< --no-config: read no configuration file at all
  /// Treat files named on the command line like files found in a folder (pre-commit names every
  /// changed file): files.exclude applies, and one that is not an ECS document is skipped quietly.
  bool force_exclude = false;
  std::string baseline;              ///< --baseline FILE: findings recorded there are suppressed
  std::string write_baseline;        ///< --write-baseline FILE: record the findings there, exit 0
  bool include_suppressed = false;   ///< keep suppressed findings (marked) in json and sarif
  std::string task_definition;       ///< --task-definition FILE: pair every service/AppSpec with it
  unsigned jobs = 0;                  ///< --jobs N: files linted at once; 0 = one per core
  size_t max_file_size = 16 * 1024 * 1024;  ///< --max-file-size: larger files are refused
  bool snippet = false;              ///< text: show the source line with a caret under each finding
  std::string root;                  ///< --root DIR: report paths relative to DIR; empty: "."
  std::string sarif_category;        ///< --sarif-category ID: runs[0].automationDetails.id
};

/// Lints, writes every requested output, and returns the exit code.
int run_check(const CheckOptions& options);

/// Whether `ecslint rules` / `explain` / `schema` know this format or name; these print to
/// stdout and return an exit code.
int run_rules(const std::string& format);
int run_explain(const std::string& rule_id);
int run_schema(const std::string& kind);
/// `ecslint init`: writes a commented starter .ecslint.yaml in the current folder; refuses
/// (exit 2) when one exists.
int run_init();

/// The text `--version` prints: "ecslint X.Y.Z" and then the libraries.
std::string version_text();

}  // namespace ecslint
