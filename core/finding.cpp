#include "core/finding.hpp"

namespace ecslint {

const char* level_name(Level level) {
  switch (level) {
    case Level::error: return "error";
    case Level::warning: return "warning";
    case Level::note: return "note";
    case Level::none: break;
  }
  return "none";
}

bool parse_level(const std::string& text, Level& level) {
  if (text == "error") level = Level::error;
  else if (text == "warning") level = Level::warning;
  else if (text == "note") level = Level::note;
  else if (text == "none") level = Level::none;
  else return false;
  return true;
}

}  // namespace ecslint
