// Golden tests: every testdata/<rule-id>/{bad,ok}-*.{json,yaml,yml} input is linted through the
// real pipeline, its findings of that rule are rendered as text and compared with <input>.out.
// A case may also be a folder, testdata/<rule-id>/{bad,ok}-<case>/: its files (and those of its
// subfolders) are linted as one run with the link pass, paths relative to the folder, and the
// rule's findings across them compared with <rule-id>/{bad,ok}-<case>.out.
// ECSLINT_UPDATE_GOLDEN=1 rewrites the .out files instead, to be reviewed as a diff.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/report.hpp"
#include "core/link.hpp"
#include "core/pipeline.hpp"
#include "rules/rule.hpp"
#include "tests/testdata_case.hpp"

namespace ecslint {
namespace {

namespace fs = std::filesystem;

struct GoldenCase {
  std::string rule;
  fs::path input;
};

// gtest prints parameters it cannot format as bytes; a readable name helps failure output.
void PrintTo(const GoldenCase& c, std::ostream* os) { *os << c.rule << "/" << c.input.filename().string(); }

bool is_golden_input(const fs::directory_entry& entry) {
  std::string name = entry.path().filename().string();
  bool prefixed = name.rfind("bad-", 0) == 0 || name.rfind("ok-", 0) == 0;
  return prefixed && (entry.is_directory() || (entry.is_regular_file() && test::is_document(name)));
}

std::vector<GoldenCase> discover_cases() {
  std::vector<GoldenCase> cases;
  fs::path root = fs::path(ECSLINT_SOURCE_DIR) / "testdata";
  std::error_code ec;
  for (const auto& folder : fs::directory_iterator(root, ec)) {
    std::string rule = folder.path().filename().string();
    if (!folder.is_directory() || !find_rule(rule)) continue;
    for (const auto& file : fs::directory_iterator(folder.path(), ec))
      if (is_golden_input(file))
        cases.push_back({rule, file.path()});
  }
  std::sort(cases.begin(), cases.end(),
            [](const GoldenCase& a, const GoldenCase& b) { return a.input < b.input; });
  return cases;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// A line diff from the longest common subsequence: "-" expected only, "+" actual only.
std::string diff(const std::string& expected, const std::string& actual) {
  std::vector<std::string> a = split_lines(expected), b = split_lines(actual);
  std::vector<std::vector<size_t>> lcs(a.size() + 1, std::vector<size_t>(b.size() + 1, 0));
  for (size_t i = a.size(); i-- > 0;)
    for (size_t j = b.size(); j-- > 0;)
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  std::string out;
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && a[i] == b[j]) {
      out += "  " + a[i++] + "\n";
      ++j;
    } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
      out += "+ " + b[j++] + "\n";
    } else {
      out += "- " + a[i++] + "\n";
    }
  }
  return out;
}

std::string lint_for_rule(const GoldenCase& c) {
  LintOptions options = test::case_options(c.rule);
  std::vector<FileResult> files = test::lint_case(c.input, options);
  auto other_rule = [&](const Finding& f) { return f.rule != c.rule; };
  for (FileResult& result : files)
    result.findings.erase(std::remove_if(result.findings.begin(), result.findings.end(), other_rule),
                          result.findings.end());
  Report report{files, options.rules, {}};
  return format_text(report, false);
}

class Golden : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(Golden, MatchesExpectedOutput) {
  const GoldenCase& c = GetParam();
  fs::path expected_path = c.input;
  expected_path += ".out";
  std::string actual = lint_for_rule(c);
  const char* update = std::getenv("ECSLINT_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(expected_path, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(fs::exists(expected_path)) << expected_path << " is missing";
  std::string expected = test::read_file(expected_path);
  EXPECT_EQ(expected, actual) << "output differs from " << expected_path.filename().string()
                              << " (- expected, + actual):\n"
                              << diff(expected, actual);
  bool bad = c.input.filename().string().rfind("bad-", 0) == 0;
  if (bad) {
    EXPECT_FALSE(actual.empty()) << "a bad-* input must raise " << c.rule;
  } else {
    EXPECT_TRUE(actual.empty()) << "an ok-* input must not raise " << c.rule;
  }
}

std::string case_name(const ::testing::TestParamInfo<GoldenCase>& info) {
  std::string name = info.param.rule + "__" + info.param.input.filename().string();
  for (char& ch : name)
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Testdata, Golden, ::testing::ValuesIn(discover_cases()), case_name);

}  // namespace
}  // namespace ecslint
