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

/// A place in the document as the for_each_* helpers walk it: a parent place plus one key or
/// index, whose pointer text is built only when needed (a finding is reported, or the place is
/// kept as a Pointer). Walking thousands of items that report nothing then builds no string: a
/// pointer per item was a sixth of a lint.
///
/// A Place refers to its parent and to its key, like a string_view: it is a parameter type.
/// Callbacks receive `const Place&`; what is kept beyond the call is converted to a Pointer.
/// `place / "key"` is a Place when `place` is a named one, and a built Pointer when it is a
/// temporary (`at / "a" / "b"`), so that no Place refers to a temporary Place.
class Place {
 public:
  /// The whole document.
  Place() = default;
  /// Any Pointer is a place (the Pointer must outlive the Place).
  Place(const Pointer& base) : base_(&base) {}  // NOLINT(google-explicit-constructor)
  Place(const Place& parent, std::string_view key) : parent_(&parent), key_(key) {}
  Place(const Place& parent, size_t index) : parent_(&parent), index_(index), is_index_(true) {}

  /// The pointer, built now.
  Pointer pointer() const;
  operator Pointer() const { return pointer(); }  // NOLINT(google-explicit-constructor)
  /// The index when this is the place of an array item (made with an index), else nullopt.
  std::optional<size_t> item_index() const {
    return is_index_ ? std::optional<size_t>(index_) : std::nullopt;
  }

  Place operator/(std::string_view key) const& { return Place(*this, key); }
  Place operator/(size_t index) const& { return Place(*this, index); }
  Place operator/(int index) const& { return Place(*this, static_cast<size_t>(index)); }
  Pointer operator/(std::string_view key) const&& { return pointer() / key; }
  Pointer operator/(size_t index) const&& { return pointer() / index; }
  Pointer operator/(int index) const&& { return pointer() / index; }

 private:
  void append_to(std::string& text) const;

  const Pointer* base_ = nullptr;  ///< set for a place made from a Pointer
  const Place* parent_ = nullptr;  ///< set for a child place
  std::string_view key_;
  size_t index_ = 0;
  bool is_index_ = false;
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

/// Calls f(item, place) for each item of `array` (nothing when it is null or not an array);
/// `place` (a `const Place&`) is `at / index`, valid during the call.
template <class F>
void for_each_item(const Json* array, const Place& at, F&& f) {
  if (!array || !array->IsArray()) return;
  size_t i = 0;
  for (const Json& item : array->GetArray()) f(item, Place(at, i++));
}

/// Describes a JSON value for messages: `the string "x"`, `the number 5`, `an object`, ...
std::string describe_value(const Json& value);

}  // namespace ecslint
