#pragma once
/// Linting one testdata case (a file, or a folder linted as one run with the link pass) the way
/// the golden test does; the CloudFormation twin test lints the same cases.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/link.hpp"
#include "core/pipeline.hpp"
#include "rules/rule.hpp"

namespace ecslint::test {

/// The bytes of a file ("" when it cannot be read).
inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

/// True for the names ecslint lints: *.json, *.yaml, *.yml.
inline bool is_document(const std::string& name) {
  auto ends_with = [&](std::string_view suffix) {
    return name.size() >= suffix.size() &&
           name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return ends_with(".json") || ends_with(".yaml") || ends_with(".yml");
}

/// The documents of a folder case, sorted, as (path relative to the folder, path on disk).
inline std::vector<std::pair<std::string, std::filesystem::path>> case_files(
    const std::filesystem::path& folder) {
  std::vector<std::pair<std::string, std::filesystem::path>> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
    if (entry.is_regular_file() && is_document(entry.path().filename().string()))
      files.emplace_back(entry.path().lexically_relative(folder).generic_string(), entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

/// Every rule at its default level, and the case's own rule on when it is off by default.
inline LintOptions case_options(const std::string& rule_id) {
  LintOptions options;
  options.named_explicitly = true;
  const Rule* rule = find_rule(rule_id);
  if (rule && (rule->level == Level::none || (rule->kinds & kOptIn)))
    options.rules.enabled.insert(rule_id);
  return options;
}

/// Lints a case: one file, or a folder's files as one run with the link pass (paths relative to
/// the folder). `paths` receives each result's file on disk.
inline std::vector<FileResult> lint_case(const std::filesystem::path& input,
                                         const LintOptions& options,
                                         std::vector<std::filesystem::path>* paths = nullptr) {
  std::vector<FileResult> files;
  if (std::filesystem::is_directory(input)) {
    for (const auto& [shown, path] : case_files(input)) {
      files.push_back(lint_source(make_source(shown, read_file(path)), options));
      if (paths) paths->push_back(path);
    }
    link_results(files, std::vector<LintOptions>(files.size(), options));
  } else {
    files.push_back(lint_source(make_source(input.filename().string(), read_file(input)), options));
    if (paths) paths->push_back(input);
  }
  return files;
}

}  // namespace ecslint::test
