// The text format: gcc-style lines, optionally with a source snippet (actionlint and ruff show
// the same), and the closing summary line for terminals.
#include <fmt/color.h>
#include <fmt/format.h>

#include <algorithm>

#include "cli/report.hpp"
#include "cli/report_util.hpp"

namespace ecslint {

namespace {

// One finding is one line, so a message that spans lines (a quoted value, say) is folded.
std::string one_line(std::string_view message) {
  std::string out;
  out.reserve(message.size());
  for (char c : message) {
    bool is_break = c == '\n' || c == '\r';
    if (!is_break) out += c;
    else if (out.empty() || out.back() != ' ') out += ' ';
  }
  return out;
}

fmt::text_style level_style(Level level) {
  fmt::terminal_color c = level == Level::error     ? fmt::terminal_color::bright_red
                          : level == Level::warning ? fmt::terminal_color::bright_yellow
                                                    : fmt::terminal_color::bright_cyan;
  return fmt::fg(c) | fmt::emphasis::bold;
}

// Tabs are expanded to stops every 4 cells, ruff's default, so the caret line (all spaces) sits
// under the same cells whatever the terminal's tab width.
constexpr uint32_t kTabStop = 4;
// A longer line (minified JSON is one line) is shown as a window around the finding.
constexpr uint32_t kMaxCells = 100;
constexpr uint32_t kCellsBefore = 30;

// One character of a source line as the terminal shows it.
struct Glyph {
  std::string text;      // what is printed
  uint32_t cells = 1;    // terminal cells it takes
  uint32_t column = 0;   // its first UTF-16 column (1-based), as Position counts
};

// Terminal cells a code point takes: 0 for combining marks and zero-width characters, 2 for the
// wide East Asian and emoji blocks, else 1. A small table is enough to place a caret: an
// unusual character off by one cell does not hide which value is meant.
uint32_t cell_width(char32_t c) {
  if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x200B && c <= 0x200F) || (c >= 0xFE00 && c <= 0xFE0F))
    return 0;
  if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
      (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
      (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
      (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD))
    return 2;
  return 1;
}

char32_t decode(std::string_view utf8) {
  auto b = [&](size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(utf8[i])); };
  switch (utf8.size()) {
    case 1: return b(0);
    case 2: return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
    case 3: return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    default: return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
  }
}

// Splits a line into glyphs, counting UTF-16 columns exactly as core/source does (a byte that
// is not a continuation byte starts a character; 4-byte sequences take two units).
std::vector<Glyph> glyphs(std::string_view line) {
  std::vector<Glyph> out;
  uint32_t column = 1, cell = 0;
  for (size_t i = 0; i < line.size();) {
    size_t n = 1;
    while (i + n < line.size() && n < 4 && (static_cast<unsigned char>(line[i + n]) & 0xC0) == 0x80)
      ++n;
    std::string_view bytes = line.substr(i, n);
    auto lead = static_cast<unsigned char>(bytes[0]);
    Glyph g;
    g.column = column;
    if (bytes == "\t") {
      g.cells = kTabStop - cell % kTabStop;
      g.text.assign(g.cells, ' ');
    } else if (lead < 0x20 || lead == 0x7F) {
      g.text = "?";  // never send a control character (an escape sequence) to the terminal
    } else if (valid_utf8(bytes) != bytes) {
      g.text = "\xEF\xBF\xBD";
    } else {
      g.text = bytes;
      g.cells = cell_width(decode(bytes));
    }
    out.push_back(std::move(g));
    cell += out.back().cells;
    column += lead >= 0xF0 ? 2 : 1;
    i += n;
  }
  return out;
}

// The snippet under a finding's line:
//    |
//  7 |       "image": "nginx:latest",
//    |                ^~~~~~~~~~~~~~
// The caret spans the finding's columns on its first line (to the line's end when the region
// continues below), and is one "^" when the extent is unknown.
void write_snippet(std::back_insert_iterator<std::string> it, const Source& source,
                   const Region& region, Level level, bool color) {
  const Region shown = shown_region(region);
  const uint32_t line = shown.start.line;
  if (line > source.line_starts.size()) return;
  std::vector<Glyph> gs = glyphs(line_text(source, line));
  // Glyph index range [first, last) under the caret.
  auto index_of = [&](uint32_t column) {
    size_t i = 0;
    while (i < gs.size() && gs[i].column < column) ++i;
    return i;
  };
  size_t first = index_of(shown.start.column);
  size_t last = first + 1;
  if (has_end(shown)) last = shown.end.line > line ? gs.size() : index_of(shown.end.column);
  last = std::max(last, first + 1);

  // The window of glyphs shown: the whole line when it fits, else from a little before the
  // caret, with "..." where text was cut.
  std::vector<uint32_t> before(gs.size() + 1, 0);  // cells of the glyphs before index i
  for (size_t i = 0; i < gs.size(); ++i) before[i + 1] = before[i] + gs[i].cells;
  auto cells = [&](size_t from, size_t to) {
    to = std::min(to, gs.size());
    return from < to ? before[to] - before[from] : 0u;
  };
  size_t begin = 0, end = gs.size();
  if (cells(0, gs.size()) > kMaxCells) {
    while (begin < first && cells(begin, first) > kCellsBefore) ++begin;
    end = begin;
    while (end < gs.size() && cells(begin, end + 1) <= kMaxCells) ++end;
  }
  std::string text = begin > 0 ? "..." : "";
  uint32_t caret_at = begin > 0 ? 3 : 0;
  for (size_t i = begin; i < end; ++i) {
    text += gs[i].text;
    if (i < first) caret_at += gs[i].cells;
  }
  if (end < gs.size()) text += "...";
  // At least one cell, also past the end of the line (a missing member reported at a "}").
  uint32_t width = std::max<uint32_t>(cells(first, std::min(last, end)), 1);

  const std::string number = std::to_string(line);
  const std::string gutter(number.size(), ' ');
  std::string caret = "^" + std::string(width - 1, '~');
  fmt::format_to(it, " {} |\n {} | {}\n {} | {}", gutter, number, text, gutter,
                 std::string(caret_at, ' '));
  if (color) fmt::format_to(it, "{}", fmt::styled(caret, level_style(level)));
  else fmt::format_to(it, "{}", caret);
  fmt::format_to(it, "\n");
}

std::string plural(size_t n, const char* word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

}  // namespace

std::string format_text(const Report& report, bool color, bool snippet) {
  std::string out;
  auto it = std::back_inserter(out);
  for (const FileResult& file : report.files) {
    for (const Finding& f : file.findings) {
      Position start = shown_region(f.region).start;
      fmt::format_to(it, "{}:{}:{}: ", file.source.path, start.line, start.column);
      // Only the level word is coloured: the rest must stay greppable and copy-pasteable.
      if (color) fmt::format_to(it, "{}", fmt::styled(level_name(f.level), level_style(f.level)));
      else fmt::format_to(it, "{}", level_name(f.level));
      fmt::format_to(it, ": {} [{}]\n", one_line(f.message), f.rule);
      if (snippet) write_snippet(it, file.source, f.region, f.level, color);
    }
  }
  return out;
}

std::string format_summary(const Report& report) {
  size_t errors = 0, warnings = 0, notes = 0, with_findings = 0;
  for (const FileResult& file : report.files) {
    if (!file.findings.empty()) ++with_findings;
    for (const Finding& f : file.findings) {
      if (f.level == Level::error) ++errors;
      else if (f.level == Level::warning) ++warnings;
      else ++notes;
    }
  }
  const size_t files = report.files.size();
  if (with_findings == 0) return fmt::format("no findings in {}\n", plural(files, "file"));
  std::string counts;
  for (auto [n, word] : {std::pair{errors, "error"}, {warnings, "warning"}, {notes, "note"}}) {
    if (n == 0) continue;
    if (!counts.empty()) counts += ", ";
    counts += plural(n, word);
  }
  return fmt::format("{} in {} of {}\n", counts, with_findings, plural(files, "file"));
}

}  // namespace ecslint
