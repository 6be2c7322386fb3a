#pragma once
/// Path globs for `.ecslint.yaml` (`files`, `kinds`, `per-file-ignores`, `ignore`).
///
/// fnmatch(3) has no `**`, so this is our own small matcher. A glob is matched against a whole
/// relative path with `/` separators:
///   `*`      any run of characters except `/`
///   `?`      one character except `/`
///   `[...]`  one character from a set (`[a-z]`, `[!0-9]` or `[^0-9]` negated), never `/`
///   `**`     as a whole segment: any number of folders, none included (`**/x`, `a/**/x`, `a/**`)
///   `\c`     the character c itself
#include <string>
#include <string_view>

namespace ecslint {

/// True when `path` (relative, `/`-separated) matches `glob`. A glob that check_glob refuses
/// matches nothing.
bool glob_match(std::string_view glob, std::string_view path);

/// Empty when `glob` is well formed; otherwise what is wrong with it, in words.
std::string check_glob(std::string_view glob);

}  // namespace ecslint
