#pragma once
/// Turning command-line paths into the list of files to lint.
#include <filesystem>
#include <string>
#include <vector>

namespace ecslint {

/// One file to lint.
struct Input {
  std::string display;   ///< path as reports show it: relative to the current folder, '/'
  std::string real;      ///< path to open; "-" for standard input
  bool named_explicitly; ///< named on the command line rather than found in a folder
};

/// Expands paths: files are kept (in the order given), folders are walked recursively for
/// *.json, *.yaml and *.yml (sorted, skipping .git, node_modules and .terraform; symbolic links
/// to folders are not followed, so loops cannot hang). A missing or unreadable path adds a
/// message to `errors` and is skipped.
std::vector<Input> discover(const std::vector<std::string>& paths, std::vector<std::string>& errors);

/// A path as reports show it: relative to the current folder when inside it, `/` separators,
/// no leading "./".
std::string display_path(const std::filesystem::path& path);

/// Default for the largest file ecslint reads (--max-file-size); ECS documents are a few
/// kilobytes (RegisterTaskDefinition caps them at 64 KiB).
constexpr size_t kMaxFileBytes = 16 * 1024 * 1024;

/// Reads a whole file (or standard input for "-"). False, with `error` set, when it cannot.
/// Files larger than `max_bytes` are refused with a message (standard input too: it is read up
/// to the limit).
bool read_input(const Input& input, std::string& text, std::string& error,
                size_t max_bytes = kMaxFileBytes);


}  // namespace ecslint
