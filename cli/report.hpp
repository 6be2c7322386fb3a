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
};

/// `path:line:col: level: message [rule-id]`, one line per finding; ANSI colour when `color`.
std::string format_text(const Report& report, bool color);
/// ecslint's own versioned JSON (`{"version": 1, "tool": ..., "results": [...], "summary": ...}`).
std::string format_json(const Report& report);
/// SARIF 2.1.0: one run, every enabled rule in tool.driver.rules, one result per finding.
std::string format_sarif(const Report& report);
/// GitHub Actions workflow commands (`::error file=...,line=...::message`).
std::string format_github(const Report& report);

}  // namespace ecslint
