#pragma once
/// `.ecslint.yaml`: finding it, reading and checking it, and what it says about one file.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/finding.hpp"
#include "core/kind.hpp"
#include "core/pipeline.hpp"
#include "core/source.hpp"

namespace ecslint {

/// The config file names, in the order they are looked for in each folder.
inline constexpr const char* kConfigNames[] = {".ecslint.yaml", ".ecslint.yml"};

/// One `ignore:` entry.
struct IgnoreEntry {
  std::string path;     ///< exact path or glob, relative to the config file's folder
  std::string rule;
  std::string pointer;  ///< RFC 6901; "" covers the whole file
  std::string reason;
  Region where;         ///< the entry in the config file (unused-suppression reports it here)
};

/// A checked configuration. Everything is optional; an empty Config changes nothing.
struct Config {
  Source source;                             ///< the file as read (path as shown to users)
  std::filesystem::path folder;              ///< absolute; paths and globs are relative to it
  std::optional<Level> failure_threshold;
  RuleSettings rules;
  std::map<std::string, std::string> rule_options;  ///< rule id -> its `options` as JSON text
  std::vector<std::pair<std::string, std::vector<std::string>>> per_file_ignores;
  std::vector<IgnoreEntry> ignores;
  std::vector<std::string> include, exclude;
  std::vector<std::pair<std::string, Kind>> kinds;
};

/// The config file that applies in `start` (an absolute folder): the first .ecslint.yaml or
/// .ecslint.yml from `start` upward, not looking above a folder that holds `.git` (the
/// repository root) nor above `/`. Empty when there is none.
std::filesystem::path find_config(const std::filesystem::path& start);

/// Reads and checks the config file at `path` (`shown` is how messages name it). False when it
/// cannot be read or has problems; `errors` then gets one "FILE:LINE:COL: problem" line each.
bool load_config(const std::filesystem::path& path, const std::string& shown, Config& config,
                 std::vector<std::string>& errors);

/// `load_config` on text already read: validated against the embedded `config` JSON Schema,
/// then rule ids, globs and pointers are checked. `folder` is the absolute folder of the file.
bool parse_config(Source source, const std::filesystem::path& folder, Config& config,
                  std::vector<std::string>& errors);

/// The commented starter file `ecslint init` writes; it parses and validates.
std::string_view starter_config();

/// Puts command-line rule settings on top of the config's (flags win over the config).
void overlay_rules(RuleSettings& base, const RuleSettings& flags);

/// `file` relative to `folder` with `/` separators (both absolute, lexically normal), or
/// nullopt when `file` is not inside `folder`.
std::optional<std::string> relative_to(const std::filesystem::path& file,
                                       const std::filesystem::path& folder);

/// What the config says about one file, given its path relative to the config's folder.
struct FileSettings {
  bool included = true;   ///< matches files.include (or there is none)
  bool excluded = false;  ///< matches files.exclude
  Kind kind = kNoKind;    ///< from `kinds:` (the first matching glob), or kNoKind
  std::vector<Ignore> ignores;  ///< from `ignore:` (id = entry index) and `per-file-ignores:`
};
FileSettings settings_for(const Config& config, const std::string& relative);

}  // namespace ecslint
