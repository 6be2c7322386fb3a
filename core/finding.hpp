#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/source.hpp"

namespace ecslint {

/// Severity, ordered so that a larger value is more severe. Names follow SARIF.
enum class Level : uint8_t { none = 0, note = 1, warning = 2, error = 3 };

/// "note", "warning", "error" ("none" for Level::none).
const char* level_name(Level level);
/// Parses "note" | "warning" | "error" | "none"; false when the text is none of them.
bool parse_level(const std::string& text, Level& level);

/// A stretch of a file: start inclusive, end exclusive (end == start when unknown).
struct Region {
  Position start;
  Position end;
};

/// Another place a finding refers to ("first defined here").
struct Related {
  std::string path;     ///< the file; empty means the finding's own file
  Region region;
  std::string message;
};

/// Why a finding was set aside: a comment in the file (SARIF kind "inSource"), or the
/// configuration or a baseline ("external").
struct Suppression {
  bool in_source = false;
  std::string justification;  ///< the reason given; may be empty
};

/// One problem found in one file.
///
/// Rules fill `pointer` (RFC 6901, relative to the document the rule saw); the engine turns it
/// into `region`. Loaders that know the position directly set `region` and `located = true`.
struct Finding {
  std::string rule;            ///< rule id, e.g. "fargate-cpu-memory"
  Level level = Level::error;
  std::string message;
  std::string pointer;         ///< JSON Pointer to the offending value ("" = whole document)
  bool at_key = false;         ///< point at the member's key rather than its value
  bool located = false;        ///< region already set by whoever raised it
  Region region;
  std::vector<Related> related;
  std::optional<Suppression> suppression;  ///< set on suppressed findings only
};

}  // namespace ecslint
