#include "cli/report.hpp"

namespace ecslint {

std::string format_github(const Report&) { return "not implemented yet\n"; }

}  // namespace ecslint
