#include <fmt/color.h>
#include <fmt/format.h>

#include "cli/report.hpp"

namespace ecslint {

std::string format_text(const Report& report, bool color) {
  std::string out;
  auto it = std::back_inserter(out);
  for (const FileResult& file : report.files) {
    for (const Finding& f : file.findings) {
      fmt::format_to(it, "{}:{}:{}: ", file.source.path, f.region.start.line, f.region.start.column);
      if (color) {
        fmt::terminal_color c = f.level == Level::error     ? fmt::terminal_color::bright_red
                                : f.level == Level::warning ? fmt::terminal_color::bright_yellow
                                                            : fmt::terminal_color::bright_cyan;
        fmt::format_to(it, "{}", fmt::styled(level_name(f.level), fmt::fg(c) | fmt::emphasis::bold));
      } else {
        fmt::format_to(it, "{}", level_name(f.level));
      }
      fmt::format_to(it, ": {} [{}]\n", f.message, f.rule);
    }
  }
  return out;
}

}  // namespace ecslint
