#pragma once
/// The contract every rule includes, and the only header a rule needs.
///
/// A rule is one .cpp file named exactly like its id, holding a `Rule` record (metadata and
/// Markdown docs) and a check function. Rules report JSON Pointers, never positions, and read
/// the document only through the tolerant accessors below: a missing member or a wrong type
/// yields nothing (the schema check reports those), never an exception.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "core/finding.hpp"
#include "core/json.hpp"
#include "core/kind.hpp"

namespace ecslint {

/// An RFC 6901 JSON Pointer under construction: Pointer() / "containerDefinitions" / 0.
struct Pointer {
  std::string text;  ///< "" is the whole document
  Pointer operator/(std::string_view key) const;
  Pointer operator/(size_t index) const;
  Pointer operator/(int index) const { return *this / static_cast<size_t>(index); }
};

struct Rule;
struct Document;
struct View;

/// The task definition a service or AppSpec names, as cross-file rules (kLinked) see it. It lives
/// in another file, so a rule names places in it by "file:line" rather than by pointer.
struct Linked {
  const Json& root;          ///< the task definition (the inner object for wrappers)
  const Source& source;      ///< its file; `source.path` is the path reports show
  const Document& document;  ///< its parsed form, for locations
  std::string base;          ///< pointer of `root` in `document` ("" unless wrapped)
  Pointer reference;         ///< where the referencing file names it ("" when it does not)
  /// Set when `root` is a view (a CloudFormation resource): its pointers lead into `document`
  /// through the view's places rather than below `base`.
  const View* view = nullptr;

  /// "taskdef.json:12": the line of the node at `at` (of its nearest ancestor when missing).
  std::string where(const Pointer& at) const;
  /// The node at `at` as a related location of a finding.
  Related related(const Pointer& at, std::string message) const;
};

/// What a check sees: one document, parsed and classified.
struct Context {
  const Json& root;                ///< the document (the inner object for wrappers)
  Kind kind;
  const Rule& rule;
  std::vector<Finding>& findings;
  const Linked* linked = nullptr;  ///< kLinked rules: the paired task definition; else nullptr

  /// Reports a problem with the value at `at`.
  void report(const Pointer& at, std::string message) const;
  /// Reports a problem with a member's key (unknown, misplaced or read-only members).
  void report_key(const Pointer& at, std::string message) const;
  /// Cross-file rules: reports at `at` in this file, with the node `task_at` of the linked task
  /// definition as related location. Does nothing without a linked task definition.
  void report_linked(const Pointer& at, const Pointer& task_at, std::string message) const;
};

/// A rule: metadata that drives `rules`, `explain` and SARIF, plus its check.
struct Rule {
  const char* id;          ///< kebab-case; == file name == testdata folder == SARIF ruleId
  unsigned kinds;          ///< Kind bits the rule applies to
  Level level;             ///< default level
  const char* summary;     ///< one line, no trailing period
  const char* docs;        ///< Markdown with "## Why", "## Bad", "## Good", "## References"
  void (*check)(Context&); ///< nullptr for pseudo-rules raised by the engine itself
};

/// Adds a rule to the registry; call once per rule file from a static initialiser.
bool register_rule(const Rule& rule);
/// Every registered rule, sorted by id.
const std::vector<const Rule*>& all_rules();
/// The rule with this id, or nullptr.
const Rule* find_rule(std::string_view id);

// ---- Tolerant accessors ------------------------------------------------------------------

/// The member `key` of `object`; nullptr when `object` is not an object or has no such member.
const Json* member(const Json& object, std::string_view key);
/// `member` that also accepts a null object pointer.
const Json* member(const Json* object, std::string_view key);
/// The member if it is an array / object, else nullptr.
const Json* array_member(const Json& object, std::string_view key);
const Json* object_member(const Json& object, std::string_view key);
/// The member's value if it has this JSON type, else nullopt.
std::optional<std::string_view> string_member(const Json& object, std::string_view key);
std::optional<int64_t> int_member(const Json& object, std::string_view key);
std::optional<bool> bool_member(const Json& object, std::string_view key);

/// True when a string holds a template placeholder: `{{ ... }}`, `${...}`, `<NAME>`,
/// `$$$NAME$$$`. Such a value is unknown until rendered.
bool is_placeholder(std::string_view text);
/// The member's string value when it is a string without placeholders; nullopt otherwise.
/// Enum, pattern and range checks use this so that placeholders never raise them.
std::optional<std::string_view> known_string(const Json& object, std::string_view key);

/// Calls f(item, pointer) for each item of `array` (nothing when it is null or not an array).
template <class F>
void for_each_item(const Json* array, const Pointer& at, F&& f) {
  if (!array || !array->IsArray()) return;
  size_t i = 0;
  for (const Json& item : array->GetArray()) f(item, at / i++);
}

/// Describes a JSON value for messages: `the string "x"`, `the number 5`, `an object`, ...
std::string describe_value(const Json& value);

}  // namespace ecslint
