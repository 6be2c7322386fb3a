#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/finding.hpp"
#include "core/kind.hpp"
#include "core/source.hpp"

namespace ecslint {

struct Rule;

/// Which rules run and at what level.
struct RuleSettings {
  std::set<std::string> disabled;            ///< rule ids switched off
  std::map<std::string, Level> levels;       ///< rule id -> level override
  /// The level a rule's findings get (its default unless overridden); Level::none if disabled.
  Level effective_level(const std::string& rule_id, Level default_level) const;
};

/// How to lint one file.
struct LintOptions {
  Kind forced_kind = kNoKind;  ///< --kind; kNoKind means detect
  bool named_explicitly = true; ///< named on the command line (vs found by walking a folder)
  RuleSettings rules;
  /// The rules to run; nullptr means every registered rule (tests pass their own list).
  const std::vector<const Rule*>* rule_list = nullptr;
};

/// The outcome for one file.
struct FileResult {
  Source source;
  Format format = Format::json;
  Kind kind = kNoKind;
  bool skipped = false;            ///< not an ECS document found by walking: nothing to report
  std::vector<Finding> findings;   ///< located and sorted (line, column, rule, message)
};

/// Runs the whole pipeline on one file: load, detect, schema, rules, locate, sort.
/// Never throws: a failure inside a rule becomes an `internal-error` finding.
FileResult lint_source(Source source, const LintOptions& options);

/// Sorts findings deterministically: line, column, rule id, message.
void sort_findings(std::vector<Finding>& findings);

}  // namespace ecslint
