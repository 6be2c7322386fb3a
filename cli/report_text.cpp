#include <fmt/color.h>
#include <fmt/format.h>

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

}  // namespace

std::string format_text(const Report& report, bool color) {
  std::string out;
  auto it = std::back_inserter(out);
  for (const FileResult& file : report.files) {
    for (const Finding& f : file.findings) {
      Position start = shown_region(f.region).start;
      fmt::format_to(it, "{}:{}:{}: ", file.source.path, start.line, start.column);
      // Only the level word is coloured: the rest must stay greppable and copy-pasteable.
      if (color) {
        fmt::terminal_color c = f.level == Level::error     ? fmt::terminal_color::bright_red
                                : f.level == Level::warning ? fmt::terminal_color::bright_yellow
                                                            : fmt::terminal_color::bright_cyan;
        fmt::format_to(it, "{}", fmt::styled(level_name(f.level), fmt::fg(c) | fmt::emphasis::bold));
      } else {
        fmt::format_to(it, "{}", level_name(f.level));
      }
      fmt::format_to(it, ": {} [{}]\n", one_line(f.message), f.rule);
    }
  }
  return out;
}

}  // namespace ecslint
