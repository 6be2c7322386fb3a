#pragma once
/// Baselines: the findings a repository already had, recorded so that only new ones fail.
///
/// Format (JSON, sorted, deterministic):
///   {"version": 1, "findings": [{"rule": ..., "path": ..., "pointer": ..., "message": ...}]}
/// A finding is known when rule, path, JSON Pointer and message all match, so moving lines
/// around keeps it known; the message tells apart two findings of one rule at one pointer.
/// Paths are relative to the baseline file's folder, so the file works from any current folder.
#include <filesystem>
#include <string>
#include <vector>

namespace ecslint {

/// One recorded finding.
struct BaselineEntry {
  std::string rule;
  std::string path;
  std::string pointer;
  std::string message;
};

/// Reads a baseline file. False, with `error` set ("FILE: problem"), when it cannot be read or
/// is not a version 1 baseline.
bool read_baseline(const std::filesystem::path& path, std::vector<BaselineEntry>& entries,
                   std::string& error);

/// The text of a baseline holding `entries`, sorted by path, rule, pointer and message, without
/// repeats.
std::string format_baseline(std::vector<BaselineEntry> entries);

}  // namespace ecslint
