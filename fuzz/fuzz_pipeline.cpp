// libFuzzer target: the whole engine for one file, bytes -> lint_source -> SARIF. The file has no
// extension, so the loader is picked by sniffing ('{' or '[' first: JSON, else YAML) and seeds of
// both formats reach their loader. The SARIF must always be valid JSON.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "cli/report.hpp"
#include "core/pipeline.hpp"
#include "fuzz/invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace ecslint;
  LintOptions options;
  std::vector<FileResult> files;
  files.push_back(lint_source(
      make_source("input", std::string(reinterpret_cast<const char*>(data), size)), options));
  for (const Finding& f : files[0].findings)
    fuzz::require(f.located && f.region.start.line >= 1, "every finding has a position");
  RuleSettings rules;
  Report report{files, rules, {}};
  std::string sarif = format_sarif(report);
  rapidjson::Document parsed;
  parsed.Parse(sarif.data(), sarif.size());
  fuzz::require(!parsed.HasParseError(), "SARIF output is valid JSON");
  format_text(report, false);
  return 0;
}
