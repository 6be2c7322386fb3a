#include "cli/report_util.hpp"

#include <algorithm>

namespace ecslint {

namespace {

// Length of the well-formed UTF-8 sequence starting at text[i], or 0 when it is malformed
// (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
size_t utf8_sequence(std::string_view text, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  size_t n;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) n = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > text.size()) return 0;
  if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (size_t k = 2; k < n; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  return n;
}

void strip(std::string& text, std::string_view marker) {
  for (size_t at = text.find(marker); at != std::string::npos; at = text.find(marker, at))
    text.erase(at, marker.size());
}

}  // namespace

std::vector<Finding> written_findings(const FileResult& file, bool include_suppressed) {
  std::vector<Finding> out = file.findings;
  if (!include_suppressed || file.suppressed.empty()) return out;
  out.insert(out.end(), file.suppressed.begin(), file.suppressed.end());
  sort_findings(out);
  return out;
}

std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t n = utf8_sequence(text, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(text, i, n);
      i += n;
    }
  }
  return out;
}

void write_string(JsonWriter& w, std::string_view text) {
  // Nearly every string is valid (rule docs are, and the loaders reject invalid UTF-8): check
  // first and copy only the rare invalid one.
  bool valid = true;
  for (size_t i = 0; i < text.size() && valid;) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t n = utf8_sequence(text, i);
    valid = n != 0;
    i += n;
  }
  if (valid) {
    w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    return;
  }
  std::string clean = valid_utf8(text);
  w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

Region shown_region(const Region& region) {
  Region shown = region;
  shown.start.line = std::max<uint32_t>(shown.start.line, 1);
  shown.start.column = std::max<uint32_t>(shown.start.column, 1);
  if (!(shown.start < shown.end)) shown.end = shown.start;
  return shown;
}

bool has_end(const Region& shown) { return shown.start < shown.end; }

std::string percent_encode_path(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  static constexpr std::string_view kKept = "-._~!$&'()*+,;=@/";
  std::string out;
  out.reserve(path.size());
  for (char ch : path) {
    auto c = static_cast<unsigned char>(ch);
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (alnum || kKept.find(ch) != std::string_view::npos) {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

std::string fnv1a64_hex(std::string_view data) {
  uint64_t hash = 0xcbf29ce484222325ULL;
  for (char c : data) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) out[static_cast<size_t>(i)] = kHex[hash & 0xF];
  return out;
}

std::string Fingerprints::next(std::string_view rule, std::string_view location,
                               std::string_view pointer) {
  std::string key;
  key.append(rule).append(1, '\0').append(location).append(1, '\0').append(pointer);
  size_t occurrence = seen_[key]++;
  return fnv1a64_hex(key + '\0' + std::to_string(occurrence));
}

std::string why_paragraph(std::string_view docs) {
  constexpr std::string_view kHeading = "## Why";
  size_t at = 0;
  // The heading must be a whole line, so "## Whyever" does not count.
  for (;; at += kHeading.size()) {
    at = docs.find(kHeading, at);
    if (at == std::string_view::npos) return {};
    size_t after = at + kHeading.size();
    bool line_start = at == 0 || docs[at - 1] == '\n';
    bool line_end = after == docs.size() || docs[after] == '\n' || docs[after] == '\r';
    if (line_start && line_end) break;
  }
  std::string text;
  size_t pos = docs.find('\n', at);
  while (pos != std::string_view::npos && pos + 1 < docs.size()) {
    size_t begin = pos + 1;
    size_t end = docs.find('\n', begin);
    std::string_view line = docs.substr(begin, end == std::string_view::npos ? end : end - begin);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty()) {
      if (!text.empty()) break;  // blank lines before the paragraph are skipped
    } else if (line[0] == '#') {
      break;
    } else {
      if (!text.empty()) text += ' ';
      text += line;
    }
    pos = end;
  }
  strip(text, "`");
  strip(text, "**");
  return text;
}

}  // namespace ecslint
