#pragma once
/// Pieces the output writers share: region clamping, JSON string writing, URI encoding.
#include <cstdint>
#include <string>
#include <string_view>

#include <map>
#include <vector>

#include "core/finding.hpp"
#include "core/json.hpp"
#include "core/pipeline.hpp"

#include <rapidjson/prettywriter.h>

namespace ecslint {

/// The writer every JSON-based format uses.
using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

/// Calls `write(w)` with a writer indenting by 2 spaces; returns the text with a final newline.
template <class F>
std::string pretty_json(F&& write) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  write(w);
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

/// The findings json and sarif write for one file: the active ones and, with
/// `include_suppressed`, the suppressed ones too, all in position order.
std::vector<Finding> written_findings(const FileResult& file, bool include_suppressed);

/// Writes a string value. Bytes that are not valid UTF-8 (a file name can hold any bytes)
/// become U+FFFD, so the output is always valid JSON.
void write_string(JsonWriter& w, std::string_view text);

/// Replaces every byte that does not belong to a well-formed UTF-8 sequence with U+FFFD.
std::string valid_utf8(std::string_view text);

/// A region as every writer shows it: start at least 1:1 (SARIF rejects 0), and end equal to
/// start unless the finding's end is after its start.
Region shown_region(const Region& region);

/// True when a shown region has a known end after its start.
bool has_end(const Region& shown);

/// Percent-encodes a relative path as an RFC 3986 URI reference: unreserved characters,
/// sub-delimiters, "@" and "/" stay; everything else (space, "%", "#", "?", ":", "<", ">",
/// control and non-ASCII bytes) becomes %XX with upper-case hex. ":" is encoded so that a first
/// segment like "c:x.json" cannot be read as a URI scheme.
std::string percent_encode_path(std::string_view path);

/// FNV-1a 64-bit hash as 16 lower-case hex digits: small, stable across platforms and runs.
std::string fnv1a64_hex(std::string_view data);

/// Stable finding identities for SARIF `partialFingerprints` and GitLab `fingerprint`: a hash of
/// rule id, location, JSON Pointer and occurrence (how many earlier findings had the same three),
/// fields separated by NUL bytes. No line numbers, so a finding keeps its identity when lines
/// move; the occurrence keeps two findings at one pointer apart.
class Fingerprints {
 public:
  /// The fingerprint of the next finding with this rule, location (a path or URI) and pointer.
  std::string next(std::string_view rule, std::string_view location, std::string_view pointer);

 private:
  std::map<std::string, size_t> seen_;
};

/// The first paragraph under a rule's "## Why" heading as plain text (lines joined by spaces,
/// Markdown code ticks and bold markers removed); empty when the docs have no such section.
std::string why_paragraph(std::string_view docs);

}  // namespace ecslint
