// GitHub Actions workflow commands. Escaping follows the Actions toolkit
// (@actions/core command.ts: escapeData and escapeProperty).
#include <fmt/format.h>

#include "cli/report.hpp"
#include "cli/report_util.hpp"

namespace ecslint {

namespace {

std::string escape_data(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      default: out += c;
    }
  }
  return out;
}

// Properties are also split on ',' and end at "::", so those are escaped too.
std::string escape_property(std::string_view text) {
  std::string out;
  for (char c : escape_data(text)) {
    switch (c) {
      case ':': out += "%3A"; break;
      case ',': out += "%2C"; break;
      default: out += c;
    }
  }
  return out;
}

const char* command_name(Level level) {
  switch (level) {
    case Level::error: return "error";
    case Level::warning: return "warning";
    default: return "notice";
  }
}

}  // namespace

std::string format_github(const Report& report) {
  std::string out;
  auto it = std::back_inserter(out);
  for (const FileResult& file : report.files) {
    for (const Finding& f : file.findings) {
      Region shown = shown_region(f.region);
      fmt::format_to(it, "::{} file={},line={},col={}", command_name(f.level),
                     escape_property(file.source.path), shown.start.line, shown.start.column);
      if (has_end(shown))
        fmt::format_to(it, ",endLine={},endColumn={}", shown.end.line, shown.end.column);
      fmt::format_to(it, ",title={}::{}\n", escape_property(f.rule), escape_data(f.message));
    }
  }
  // GitHub shows only 10 annotations of a kind per step; the log keeps every plain line.
  out += format_text(report, false);
  return out;
}

}  // namespace ecslint
