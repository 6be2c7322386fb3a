// End-to-end test over testdata/corpus: real third-party files with a hand-written manifest
// (expected.tsv) of what AWS does with each one, plus a golden text rendering of every finding.
//
// The manifest is the truth and the code is measured against it: when a case fails, either a
// rule is missing or misbehaves, or the manifest is wrong. Never edit an expectation to match
// what ecslint happens to print.

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli/report.hpp"
#include "core/pipeline.hpp"
#include "core/source.hpp"
#include "rules/rule.hpp"

namespace ecslint {
namespace {

namespace fs = std::filesystem;

/// One row of expected.tsv.
struct Expectation {
  std::string file;
  std::string verdict;              ///< accepted | rejected | not-ecs | unparsable
  std::vector<std::string> rules;   ///< rule ids that must fire
  std::string evidence;
};

const fs::path& corpus_dir() {
  static const fs::path dir = fs::path(ECSLINT_SOURCE_DIR) / "testdata" / "corpus";
  return dir;
}

const char* const kGoldenName = "expected-findings.txt";

// Files beside the data that describe it rather than being linted.
bool is_data_file(const fs::path& relative) {
  static const std::set<std::string> kMeta = {"SOURCES.tsv", "README.md", "expected.tsv",
                                              kGoldenName};
  if (*relative.begin() == "LICENSES" || relative.extension() == ".out") return false;
  bool top_level = !relative.has_parent_path();
  return !(top_level && kMeta.count(relative.filename().string()));
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(text);
  while (std::getline(in, part, separator)) parts.push_back(part);
  if (!text.empty() && text.back() == separator) parts.emplace_back();
  return parts;
}

/// Every data file, as a path relative to the corpus with forward slashes, sorted.
const std::vector<std::string>& corpus_files() {
  static const std::vector<std::string> files = [] {
    std::vector<std::string> out;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(corpus_dir(), ec), end; !ec && it != end;
         it.increment(ec)) {
      if (!it->is_regular_file()) continue;
      fs::path relative = it->path().lexically_relative(corpus_dir());
      if (is_data_file(relative)) out.push_back(relative.generic_string());
    }
    std::sort(out.begin(), out.end());
    return out;
  }();
  return files;
}

/// expected.tsv by file name. Malformed rows are kept with an empty verdict so that the
/// manifest test reports them.
const std::map<std::string, Expectation>& manifest() {
  static const std::map<std::string, Expectation> rows = [] {
    std::map<std::string, Expectation> out;
    std::istringstream in(read_file(corpus_dir() / "expected.tsv"));
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      std::vector<std::string> cells = split(line, '\t');
      Expectation e;
      e.file = cells[0];
      if (cells.size() == 4) {
        e.verdict = cells[1];
        for (const std::string& rule : split(cells[2], ','))
          if (!rule.empty()) e.rules.push_back(rule);
        e.evidence = cells[3];
      }
      out[e.file] = e;
    }
    return out;
  }();
  return rows;
}

/// A file linted as the CLI lints a file named on the command line, with default options;
/// `relative` (to `root`) is the path reports show.
FileResult lint_file(const fs::path& root, const std::string& relative) {
  LintOptions options;
  options.named_explicitly = true;
  return lint_source(make_source(relative, read_file(root / relative)), options);
}

FileResult lint_corpus_file(const std::string& relative) {
  return lint_file(corpus_dir(), relative);
}

bool has_finding(const FileResult& result, const std::string& rule) {
  return std::any_of(result.findings.begin(), result.findings.end(),
                     [&](const Finding& f) { return f.rule == rule; });
}

std::string describe(const Finding& f) {
  return fmt::format("  {}:{}: {}: {} [{}]\n", f.region.start.line, f.region.start.column,
                     level_name(f.level), f.message, f.rule);
}

std::string describe_all(const FileResult& result) {
  std::string out;
  for (const Finding& f : result.findings) out += describe(f);
  return out.empty() ? "  (no findings)\n" : out;
}

// ---- manifest --------------------------------------------------------------------------------

TEST(CorpusManifest, CoversEveryFileAndNothingElse) {
  ASSERT_FALSE(corpus_files().empty()) << "no corpus files under " << corpus_dir();
  for (const std::string& file : corpus_files())
    EXPECT_TRUE(manifest().count(file)) << file << " has no row in expected.tsv";
  std::set<std::string> present(corpus_files().begin(), corpus_files().end());
  for (const auto& [file, row] : manifest())
    EXPECT_TRUE(present.count(file)) << "expected.tsv names " << file << ", which is not there";
}

TEST(CorpusManifest, RowsAreWellFormed) {
  static const std::set<std::string> kVerdicts = {"accepted", "rejected", "not-ecs",
                                                  "unparsable"};
  for (const auto& [file, row] : manifest()) {
    SCOPED_TRACE(file);
    EXPECT_TRUE(kVerdicts.count(row.verdict)) << "bad verdict or column count";
    EXPECT_FALSE(row.evidence.empty()) << "every verdict needs its evidence";
    bool lists_parse_error =
        std::find(row.rules.begin(), row.rules.end(), "parse-error") != row.rules.end();
    EXPECT_EQ(row.verdict == "unparsable", lists_parse_error)
        << "parse-error belongs to unparsable files, and they all need it";
    if (row.verdict == "accepted" || row.verdict == "not-ecs") {
      EXPECT_TRUE(row.rules.empty()) << "a file AWS accepts has no rule that must fire";
    }
  }
}

// ---- one case per file -------------------------------------------------------------------------

class CorpusFile : public testing::TestWithParam<std::string> {};

TEST_P(CorpusFile, MatchesManifest) {
  const std::string& file = GetParam();
  auto row = manifest().find(file);
  ASSERT_NE(row, manifest().end()) << file << " has no row in expected.tsv";
  const Expectation& expected = row->second;
  FileResult result = lint_corpus_file(file);
  SCOPED_TRACE("verdict " + expected.verdict + ": " + expected.evidence);

  for (const Finding& f : result.findings)
    EXPECT_NE(f.rule, "internal-error") << "ecslint failed on a real file:\n" << describe(f);

  if (expected.verdict == "accepted" || expected.verdict == "not-ecs") {
    const char* why = expected.verdict == "accepted" ? "AWS accepts" : "is not an ECS document";
    for (const Finding& f : result.findings)
      EXPECT_NE(f.level, Level::error) << "an error on a file that " << why << ":\n" << describe(f);
    return;
  }
  for (const std::string& rule : expected.rules) {
    EXPECT_TRUE(has_finding(result, rule))
        << "expected a finding of " << rule
        << (find_rule(rule) ? "" : " (no such rule is registered yet)") << "; ecslint reported:\n"
        << describe_all(result);
  }
}

// GoogleTest names allow only letters, digits and underscores; corpus names are long and
// unique, so mapping everything else to '_' keeps them recognisable. A clash gets its index.
std::string sanitized(const std::string& path) {
  std::string name;
  for (char c : path) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
}

std::string case_name(const testing::TestParamInfo<std::string>& info) {
  std::string name = sanitized(info.param);
  for (size_t i = 0; i < info.index; ++i)
    if (sanitized(corpus_files()[i]) == name) return name + "_" + std::to_string(info.index);
  return name;
}

INSTANTIATE_TEST_SUITE_P(Corpus, CorpusFile, testing::ValuesIn(corpus_files()), case_name);

// ---- whole-corpus golden -----------------------------------------------------------------------

TEST(CorpusGolden, TextOutputMatches) {
  std::vector<FileResult> results;
  for (const std::string& file : corpus_files()) results.push_back(lint_corpus_file(file));
  RuleSettings settings;
  std::string actual = format_text(Report{results, settings, {}}, false);

  fs::path golden = corpus_dir() / kGoldenName;
  const char* update = std::getenv("ECSLINT_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(golden, std::ios::binary) << actual;
    GTEST_SKIP() << "rewrote " << golden;
  }
  ASSERT_TRUE(fs::exists(golden)) << golden << " is missing; run with ECSLINT_UPDATE_GOLDEN=1";
  EXPECT_EQ(read_file(golden), actual)
      << "findings changed; review the difference, then ECSLINT_UPDATE_GOLDEN=1 rewrites it";
}

// ---- bundled examples --------------------------------------------------------------------------
// examples/ is what the README's first command lints, so what examples/README.md promises is
// checked here.

const fs::path& examples_dir() {
  static const fs::path dir = fs::path(ECSLINT_SOURCE_DIR) / "examples";
  return dir;
}

TEST(Examples, FargateWebHasNoErrors) {
  for (const char* file : {"fargate-web/taskdef.json", "fargate-web/service.json",
                           "fargate-web/appspec.yaml"}) {
    FileResult result = lint_file(examples_dir(), file);
    for (const Finding& f : result.findings)
      EXPECT_NE(f.level, Level::error) << file << ":\n" << describe(f);
  }
}

TEST(Examples, MistakesAreFound) {
  struct Case {
    const char* file;
    std::vector<std::string> rules;
  };
  const Case cases[] = {
      {"mistakes/taskdef.json",
       {"read-only-member", "fargate-cpu-memory", "fargate-network-mode",
        "fargate-unsupported-parameter", "healthcheck-range"}},
      {"mistakes/taskdef.yaml", {"fargate-cpu-memory"}},
      {"cloudformation.yaml", {"fargate-cpu-memory", "service-load-balancer-container"}},
  };
  for (const Case& c : cases) {
    FileResult result = lint_file(examples_dir(), c.file);
    for (const std::string& rule : c.rules)
      EXPECT_TRUE(has_finding(result, rule))
          << c.file << ": expected " << rule << "; ecslint reported:\n" << describe_all(result);
    for (const Finding& f : result.findings)
      EXPECT_NE(f.rule, "internal-error") << c.file << ":\n" << describe(f);
  }
}

}  // namespace
}  // namespace ecslint
