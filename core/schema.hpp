#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.hpp"
#include "core/json.hpp"
#include "core/kind.hpp"

namespace ecslint {

/// How a document spells the schema member `member` of the schema definition `definition`
/// ("" at the root): CloudFormation templates write `HealthCheck` for `healthCheck`.
using MemberSpelling = std::string (*)(std::string_view member, std::string_view definition);

/// Validates `root` against the embedded JSON Schema of `kind` and appends one
/// `schema-violation` finding per real problem, at the deepest pointer (relative to `root`),
/// in plain words ("expected a string, got the number 1024"; unknown members get a
/// did-you-mean, spelled by `spelling` when given). Values holding a template placeholder are
/// unknown and never flagged.
void check_schema(const Json& root, Kind kind, std::vector<Finding>& out,
                  MemberSpelling spelling = nullptr);

/// A subschema, for walking a document beside an embedded schema.
struct SchemaAt {
  const Json* node = nullptr;   ///< after following $ref; nullptr when the schema says nothing
  const Json* title = nullptr;  ///< the first `title` met: the property's, then its definition's
  std::string definition;       ///< the name of the last definition a $ref led to
};

/// The embedded schema of `kind` as JSON, parsed once and shared with check_schema (for
/// kService, CreateService input); nullptr when the kind has none.
const Json* schema_json(Kind kind);

/// `node` of the schema `schema_root` with its `$ref`s followed.
SchemaAt follow_refs(const Json& schema_root, const Json* node);

/// `check_schema` against the JSON Schema in `schema_text` (draft-07) instead of an embedded
/// one; `kind` only selects kind-specific leniency (ecspresso service files). Parses the schema
/// on every call, so it is for tests; throws std::runtime_error when the text is not a schema.
void check_against_schema(const Json& root, std::string_view schema_text, Kind kind,
                          std::vector<Finding>& out);

/// The text of an embedded schema by name: "task-definition", "service", "update-service",
/// "appspec", "config".
/// Empty when there is no such schema.
std::string_view embedded_schema(std::string_view name);

/// "; did you mean `x`?" naming the candidate closest to `word` (a case-insensitive match, else
/// a few edits away), or "" when none is close. The schema check words unknown members with it;
/// the configuration and suppression comments word unknown rule ids with it.
std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace ecslint
