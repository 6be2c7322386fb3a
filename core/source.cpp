#include "core/source.hpp"

#include <algorithm>
#include <string>

namespace ecslint {

bool has_bom(std::string_view text) {
  return text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF &&
         static_cast<unsigned char>(text[1]) == 0xBB && static_cast<unsigned char>(text[2]) == 0xBF;
}

Source make_source(std::string path, std::string text) {
  Source source{std::move(path), std::move(text), {}};
  const std::string& t = source.text;
  source.line_starts.push_back(has_bom(t) ? 3 : 0);
  if (t.find('\r') == std::string::npos) {
    // The usual case, "\n" only: memchr runs many times faster than the byte loop below.
    for (size_t i = t.find('\n'); i != std::string::npos; i = t.find('\n', i + 1))
      source.line_starts.push_back(static_cast<uint32_t>(i + 1));
    return source;
  }
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '\n') {
      source.line_starts.push_back(static_cast<uint32_t>(i + 1));
    } else if (t[i] == '\r') {
      if (i + 1 < t.size() && t[i + 1] == '\n') ++i;
      source.line_starts.push_back(static_cast<uint32_t>(i + 1));
    }
  }
  return source;
}

namespace {

// UTF-16 code units taken by the UTF-8 bytes [begin, end): one per code point, two for code
// points above U+FFFF (4-byte sequences). Stray bytes count one each, so columns stay monotonic.
uint32_t utf16_units(std::string_view bytes) {
  uint32_t units = 0;
  for (unsigned char c : bytes) {
    if ((c & 0xC0) == 0x80) continue;  // continuation byte
    units += (c >= 0xF0) ? 2 : 1;
  }
  return units;
}

size_t line_end(const Source& source, size_t line_index) {
  size_t end = line_index + 1 < source.line_starts.size() ? source.line_starts[line_index + 1]
                                                          : source.text.size();
  while (end > source.line_starts[line_index] &&
         (source.text[end - 1] == '\n' || source.text[end - 1] == '\r'))
    --end;
  return end;
}

}  // namespace

Position position_at(const Source& source, size_t byte_offset) {
  byte_offset = std::min(byte_offset, source.text.size());
  const auto& starts = source.line_starts;
  auto it = std::upper_bound(starts.begin(), starts.end(), static_cast<uint32_t>(byte_offset));
  size_t line_index = it == starts.begin() ? 0 : static_cast<size_t>(it - starts.begin()) - 1;
  size_t start = starts[line_index];
  if (byte_offset < start) byte_offset = start;  // inside the BOM
  std::string_view before(source.text.data() + start, byte_offset - start);
  return {static_cast<uint32_t>(line_index + 1), utf16_units(before) + 1};
}

size_t offset_at(const Source& source, Position position) {
  if (position.line == 0 || position.line > source.line_starts.size()) return source.text.size();
  size_t line_index = position.line - 1;
  size_t offset = source.line_starts[line_index];
  size_t end = line_end(source, line_index);
  uint32_t units = 1;
  while (offset < end && units < position.column) {
    unsigned char c = static_cast<unsigned char>(source.text[offset]);
    units += (c >= 0xF0) ? 2 : 1;
    ++offset;
    while (offset < end && (static_cast<unsigned char>(source.text[offset]) & 0xC0) == 0x80)
      ++offset;
  }
  return offset;
}

std::string_view line_text(const Source& source, uint32_t line) {
  if (line == 0 || line > source.line_starts.size()) return {};
  size_t start = source.line_starts[line - 1];
  return std::string_view(source.text).substr(start, line_end(source, line - 1) - start);
}

}  // namespace ecslint
