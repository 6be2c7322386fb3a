#pragma once
/// Suppression: `# ecslint:` comments in YAML files, and the ignores the caller passes in
/// LintOptions (config `ignore:` / `per-file-ignores:`, baseline). The pipeline applies both in
/// one place, once findings are located.
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/finding.hpp"
#include "core/pipeline.hpp"
#include "core/source.hpp"

namespace ecslint {

/// One well-formed `# ecslint: ignore[...]` or `# ecslint: ignore-file[...]` comment.
struct Directive {
  bool whole_file = false;         ///< ignore-file
  std::vector<std::string> rules;  ///< known rule ids, or "all"
  std::string reason;              ///< the text after `]`; may be empty
  std::string pointer;             ///< the node covered with its subtree ("" with whole_file)
  Region region;                   ///< where the comment is, from `#` to its end
};

/// Finds the `# ecslint:` comments of a parsed YAML file (a `#` inside a quoted scalar or a
/// block scalar is text, not a comment) and ties each to its node: a comment at the end of a
/// line covers the node that starts on that line, one on its own line(s) the node that starts on
/// the next line that is not a comment; `ignore-file` before the first node covers the file.
/// Malformed comments (no `[...]`, unknown rule id, nothing to cover) become
/// `invalid-suppression` findings in `problems` (level left to the caller).
std::vector<Directive> scan_directives(const Source& source, const Document& doc,
                                       std::vector<Finding>& problems);

/// Moves suppressed findings from result.findings to result.suppressed (marked, with their
/// reason), adds `invalid-suppression` and `unused-suppression` findings at their effective
/// levels, and records which of options.ignores were used. Findings must be located. Calling it
/// again (after the link pass adds findings) starts over: suppressed findings go back to
/// `findings` and the suppression findings of the earlier call are dropped, then raised afresh.
void apply_suppressions(FileResult& result, const Document& doc, const LintOptions& options);

/// True when `pointer` is `base` or lies below it ("" is above everything).
bool pointer_within(const std::string& pointer, const std::string& base);

}  // namespace ecslint
