#pragma once
/// Output writers: free functions from lint results to text, one per format.
#include <string>
#include <vector>

#include "core/pipeline.hpp"

namespace ecslint {

/// Everything a writer needs about one run.
struct Report {
  const std::vector<FileResult>& files;   ///< in output order
  const RuleSettings& rules;              ///< which rules ran and at what level
  std::vector<std::string> notifications; ///< problems outside any file's findings (unreadable paths)
  /// json and sarif also write each file's suppressed findings, marked (text and github never).
  bool include_suppressed = false;
  /// SARIF `runs[0].automationDetails.id` (--sarif-category); empty writes none, so
  /// upload-sarif's own `category` input applies.
  std::string sarif_category = "";
};

/// `path:line:col: level: message [rule-id]`, one line per finding; ANSI colour when `color`.
/// With `snippet`, each line is followed by the source line and a caret line under the
/// finding's columns (tabs expanded, wide characters counted as two cells).
std::string format_text(const Report& report, bool color, bool snippet = false);
/// The closing line for a terminal: "3 errors, 1 warning in 2 of 5 files" (only the levels that
/// occur; "no findings in 5 files" when there are none), with a final newline.
std::string format_summary(const Report& report);
/// ecslint's own versioned JSON (`{"version": 1, "tool": ..., "results": [...], "summary": ...}`).
std::string format_json(const Report& report);
/// SARIF 2.1.0: one run, every enabled rule in tool.driver.rules, one result per finding.
std::string format_sarif(const Report& report);
/// GitHub Actions workflow commands (`::error file=...,line=...::message`).
std::string format_github(const Report& report);
/// GitLab Code Quality: a JSON array of {description, check_name, fingerprint, severity,
/// location: {path, lines: {begin}}}; suppressed findings are never written.
std::string format_gitlab(const Report& report);

}  // namespace ecslint
