#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.hpp"
#include "core/json.hpp"
#include "core/source.hpp"

namespace ecslint {

enum class Format : uint8_t { json, yaml };

/// Where one node of the document sits in the source, as byte offsets (end exclusive).
/// `key_begin == kNoOffset` for the root and for array items.
struct NodeLocation {
  static constexpr uint32_t kNoOffset = UINT32_MAX;
  uint32_t key_begin = kNoOffset;
  uint32_t key_end = kNoOffset;
  uint32_t value_begin = 0;
  uint32_t value_end = 0;  ///< == value_begin when the loader does not know the end
  uint32_t subtree_size = 1;  ///< this node plus all nodes below it
};

/// A parsed file: one RapidJSON tree plus where each node came from.
///
/// `locations` holds one entry per node of `root` in document (pre-)order: the root first, then
/// each member or item followed by its own subtree. `locate()` walks a JSON Pointer through the
/// tree and this table together, so no pointer strings are built while loading.
struct Document {
  Format format = Format::json;
  rapidjson::Document root;
  std::vector<NodeLocation> locations;
  bool ok = false;                 ///< false when the text could not be parsed into a tree
  std::vector<Finding> findings;   ///< parse-error, duplicate-key, ... raised while loading
};

/// Most nesting a loader accepts. ECS documents are shallow; the limit keeps every recursive
/// walk after loading (schema check, rules, writers) far from the stack's end.
constexpr int kMaxDepth = 128;

/// The location of the node a JSON Pointer names, or of its nearest existing ancestor.
/// `exact` tells which. Returns nullptr when the document has no locations.
const NodeLocation* locate(const Document& doc, std::string_view pointer, bool* exact = nullptr);

/// Resolves a finding's pointer to a region in `source` (nearest ancestor when the node is
/// missing; the key when `at_key`, or when the node is missing and the ancestor is a member).
Region resolve_region(const Source& source, const Document& doc, const std::string& pointer,
                      bool at_key);

/// Finds the node that starts on 1-based `line`: the first one in document order that is a
/// member whose key starts there, or an array item whose value starts there (the root does not
/// count: a whole file is not "a node on a line"). Sets `pointer` and returns true when found.
/// Suppression comments use it to learn which node a comment line belongs to.
bool node_on_line(const Source& source, const Document& doc, uint32_t line, std::string& pointer);

/// Appends one RFC 6901 reference token to a pointer ("~" -> "~0", "/" -> "~1").
void append_token(std::string& pointer, std::string_view token);
/// Appends an array index to a pointer.
void append_index(std::string& pointer, size_t index);
/// `pointer` with one more token / index: join("/a", "b") == "/a/b".
std::string join(std::string pointer, std::string_view token);
std::string join(std::string pointer, size_t index);
/// Splits a pointer into unescaped tokens; false when it is not a valid pointer.
bool split_pointer(std::string_view pointer, std::vector<std::string>& tokens);

}  // namespace ecslint

namespace ecslint {

/// Keeps only the last of several members with the same name in each object, as the AWS CLI's
/// JSON parser does, and appends a `duplicate-key` finding for each dropped one (at the kept
/// key, with the dropped key as related location). Fixes `locations` to match. Both loaders
/// call it once the tree is built.
void drop_duplicate_keys(const Source& source, Document& doc);

}  // namespace ecslint
