#include "rules/rule.hpp"

namespace ecslint {
namespace {

constexpr Rule kRule = {
    "internal-error", kAnyKind, Level::error, "ecslint itself failed while checking this file",
    R"md(
## Why
A bug in ecslint must never hide problems in other files or crash a CI run. When a rule or the
engine fails on one file, ecslint reports this finding for that file, keeps linting the others,
and exits with code 3 so the failure is not mistaken for a clean run or an ordinary finding.
Please report it with the file (or a reduced copy) that triggers it.

## Bad
Any input that makes ecslint fail: there is nothing wrong with your file that this finding proves.

## Good
No finding of this kind: ecslint checked the file completely.

## References
- ecslint exit codes: 0 clean, 1 findings, 2 usage or I/O problem, 3 internal error.
)md",
    nullptr};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
