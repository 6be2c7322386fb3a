#pragma once
#include <cstdint>
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
struct Linked;

/// Which rules run and at what level.
///
/// A rule whose default level is Level::none is off unless turned on: by `enabled` (it then
/// reports warnings) or by a level in `levels`.
struct RuleSettings {
  std::set<std::string> disabled;            ///< rule ids switched off
  std::set<std::string> enabled;             ///< rule ids switched on (off-by-default rules)
  std::map<std::string, Level> levels;       ///< rule id -> level override
  /// The level a rule's findings get (its default unless overridden); Level::none if off.
  Level effective_level(const std::string& rule_id, Level default_level) const;
  /// The same for a registered rule, without looking it up (asked once per rule per file).
  Level effective_level(const Rule& rule) const;
};

/// A suppression the caller found for one file: a config `ignore:` entry, a
/// `per-file-ignores:` glob or a baseline record.
struct Ignore {
  std::string rule;          ///< the rule id it silences
  std::string pointer;       ///< RFC 6901; the finding at this pointer or below ("" = whole file)
  std::string message;       ///< when not empty, only a finding with exactly this message
  std::string reason;        ///< the justification shown with --include-suppressed
  size_t id = SIZE_MAX;      ///< the caller's index, echoed in FileResult::used_ignores
};

/// How to lint one file.
struct LintOptions {
  Kind forced_kind = kNoKind;  ///< --kind; kNoKind means detect
  bool named_explicitly = true; ///< named on the command line (vs found by walking a folder)
  RuleSettings rules;
  /// The rules to run; nullptr means every registered rule (tests pass their own list).
  const std::vector<const Rule*>* rule_list = nullptr;
  std::vector<Ignore> ignores;  ///< suppressions from outside the file (config, baseline)
};

/// What the link pass needs to know about a file, recorded while it is linted so that the link
/// pass re-loads only the files that take part in a link.
struct LinkKey {
  /// How a service or AppSpec names its task definition.
  enum class By : uint8_t {
    nothing,      ///< not a service/AppSpec, or a reference that cannot be read (wrong type)
    family,       ///< `family`, `family:revision` or a task-definition ARN: match on `family`
    folder,       ///< no reference (ecspresso) or `<TASK_DEFINITION>`: the one in its folder
    placeholder,  ///< a template placeholder: unknown until rendered, so it links nothing
  };
  By by = By::nothing;
  std::string family;     ///< task definitions: their `family`; services/AppSpecs: the one named
  std::string reference;  ///< the reference as written, for messages
  std::string pointer;    ///< where the reference is in the file ("" when it has none)
  std::string base;       ///< pointer of the object rules check ("/taskDefinition" for wrappers)
};

/// The outcome for one file.
struct FileResult {
  Source source;
  Format format = Format::json;
  Kind kind = kNoKind;
  bool skipped = false;            ///< not an ECS document found by walking: nothing to report
  std::vector<Finding> findings;   ///< located and sorted (line, column, rule, message)
  std::vector<Finding> suppressed; ///< set aside by a comment, the config or a baseline; sorted
  std::vector<size_t> used_ignores; ///< ids of LintOptions::ignores that suppressed something
  LinkKey link;                    ///< for the link pass (core/link.hpp)
};

/// Runs the whole pipeline on one file: load, detect, schema, rules, locate, sort.
/// Never throws: a failure inside a rule becomes an `internal-error` finding.
FileResult lint_source(Source source, const LintOptions& options);

/// Applies rule levels (dropping disabled rules), locates pointers in `doc`, sets suppressed
/// findings aside and sorts. lint_source calls it; the link pass calls it again after adding
/// cross-file findings, and it then decides suppression afresh over all the file's findings.
void finish(FileResult& result, const Document& doc, const LintOptions& options);

/// Runs the enabled rules that apply to `kind` on `root`, adding their findings (pointers
/// relative to `root`). Without `linked`, the single-file rules; with it, the cross-file rules
/// (kLinked), which see the linked task definition. A rule that throws becomes `internal-error`.
void run_rules(const Json& root, Kind kind, const LintOptions& options,
               std::vector<Finding>& findings, const Linked* linked);

/// Sorts findings deterministically: line, column, rule id, message.
void sort_findings(std::vector<Finding>& findings);

}  // namespace ecslint
