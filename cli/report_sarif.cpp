#include "cli/report.hpp"

namespace ecslint {

std::string format_sarif(const Report&) { return "not implemented yet\n"; }

}  // namespace ecslint
