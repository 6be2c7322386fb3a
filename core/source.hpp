#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ecslint {

/// A 1-based line and column. Columns count UTF-16 code units, as SARIF's
/// `columnKind: "utf16CodeUnits"` and VS Code do; a UTF-8 byte order mark is not counted.
struct Position {
  uint32_t line = 0;
  uint32_t column = 0;
  friend bool operator==(Position a, Position b) { return a.line == b.line && a.column == b.column; }
  friend bool operator<(Position a, Position b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  }
};

/// A file's bytes and the index of where each line starts.
struct Source {
  std::string path;                  ///< as shown in reports: relative, forward slashes
  std::string text;                  ///< the raw bytes, unchanged
  std::vector<uint32_t> line_starts; ///< byte offset of each line's first byte (after any BOM)
};

/// Builds a Source, indexing line starts. "\n", "\r\n" and a lone "\r" each end a line.
Source make_source(std::string path, std::string text);

/// True when the text starts with a UTF-8 byte order mark.
bool has_bom(std::string_view text);

/// The position of a byte offset (clamped to the end of the text).
Position position_at(const Source& source, size_t byte_offset);

/// The byte offset of a position (inverse of position_at, clamped to the line's end).
size_t offset_at(const Source& source, Position position);

/// The text of a 1-based line, without its line break; empty when out of range.
std::string_view line_text(const Source& source, uint32_t line);

}  // namespace ecslint
