#include "cli/report.hpp"

namespace ecslint {

std::string format_json(const Report&) { return "not implemented yet\n"; }

}  // namespace ecslint
