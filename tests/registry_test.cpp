// Keeps "one rule = one file + one testdata folder" true: ids, docs shape and testdata coverage.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>

#include "rules/rule.hpp"

namespace ecslint {
namespace {

namespace fs = std::filesystem;

const fs::path kSourceDir = ECSLINT_SOURCE_DIR;

// Folders in testdata/ that hold no rule's cases: end-to-end files, unreadable-input cases,
// command-line tests, the CloudFormation twins (tests/cloudformation_twins_test.cpp) and the
// CloudFormation example (tests/cloudformation_example_test.cpp).
const std::set<std::string> kSpecialFolders = {"corpus", "bad-input", "cli", "cloudformation",
                                               "cloudformation-example"};

// Rules that need no bad/ok testdata, and why.
const std::set<std::string> kTestdataExempt = {
    "internal-error",    // raised only when ecslint itself fails: no input triggers it by design
};

bool is_empty_file(const fs::path& path) {
  std::error_code ec;
  return fs::file_size(path, ec) == 0 && !ec;
}

TEST(Registry, IdsAreUniqueAndKebabCase) {
  const std::regex kebab("^[a-z0-9]+(-[a-z0-9]+)*$");
  std::set<std::string> seen;
  ASSERT_FALSE(all_rules().empty());
  for (const Rule* rule : all_rules()) {
    EXPECT_TRUE(seen.insert(rule->id).second) << "duplicate rule id " << rule->id;
    EXPECT_TRUE(std::regex_match(rule->id, kebab)) << rule->id << " is not kebab-case";
  }
}

TEST(Registry, EveryRuleHasItsSourceFile) {
  for (const Rule* rule : all_rules())
    EXPECT_TRUE(fs::exists(kSourceDir / "rules" / (std::string(rule->id) + ".cpp")))
        << "rules/" << rule->id << ".cpp does not exist";
}

TEST(Registry, SummariesAreOneShortLine) {
  for (const Rule* rule : all_rules()) {
    std::string summary = rule->summary ? rule->summary : "";
    EXPECT_FALSE(summary.empty()) << rule->id;
    EXPECT_LE(summary.size(), 100u) << rule->id << ": summary longer than 100 characters";
    EXPECT_EQ(summary.find('\n'), std::string::npos) << rule->id << ": summary spans lines";
    if (!summary.empty()) {
      EXPECT_NE(summary.back(), '.') << rule->id << ": summary ends with a period";
    }
  }
}

TEST(Registry, DocsHaveTheSectionsInOrder) {
  for (const Rule* rule : all_rules()) {
    std::string docs = rule->docs ? rule->docs : "";
    size_t previous = 0;
    bool first = true;
    for (const char* heading : {"## Why", "## Bad", "## Good", "## References"}) {
      size_t at = docs.find(heading);
      ASSERT_NE(at, std::string::npos) << rule->id << ": docs lack " << heading;
      if (!first) {
        EXPECT_GT(at, previous) << rule->id << ": " << heading << " is out of order";
      }
      previous = at;
      first = false;
    }
  }
}

TEST(Registry, EveryRuleHasBadAndOkTestdata) {
  for (const Rule* rule : all_rules()) {
    if (kTestdataExempt.count(rule->id)) continue;
    fs::path folder = kSourceDir / "testdata" / rule->id;
    if (!fs::is_directory(folder)) {
      ADD_FAILURE() << "testdata/" << rule->id << "/ does not exist";
      continue;
    }
    bool bad_with_output = false;
    bool ok_with_empty_output = false;
    // A case is a file (bad-x.json + bad-x.json.out) or a folder (bad-x/ + bad-x.out).
    for (const auto& file : fs::directory_iterator(folder)) {
      std::string name = file.path().filename().string();
      if (name.size() >= 4 && name.compare(name.size() - 4, 4, ".out") == 0) continue;
      fs::path out = file.path();
      out += ".out";
      if (!fs::exists(out)) continue;
      if (name.rfind("bad-", 0) == 0 && !is_empty_file(out)) bad_with_output = true;
      if (name.rfind("ok-", 0) == 0 && is_empty_file(out)) ok_with_empty_output = true;
    }
    EXPECT_TRUE(bad_with_output) << "testdata/" << rule->id
                                 << "/ needs a bad-* input (a file, or a folder of files linted as "
                                    "one run) with a non-empty .out";
    EXPECT_TRUE(ok_with_empty_output) << "testdata/" << rule->id
                                      << "/ needs an ok-* input (file or folder) with an empty .out";
  }
}

TEST(Registry, EveryTestdataFolderIsARuleOrSpecial) {
  for (const auto& entry : fs::directory_iterator(kSourceDir / "testdata")) {
    if (!entry.is_directory()) continue;
    std::string name = entry.path().filename().string();
    EXPECT_TRUE(find_rule(name) || kSpecialFolders.count(name))
        << "testdata/" << name << "/ is neither a rule id nor a special folder";
  }
}

}  // namespace
}  // namespace ecslint
