// The integration files users copy: the `ecslint ...` lines of docs/ci/github-actions.yml and
// docs/ci/gitlab-ci.yml, and the entry of .pre-commit-hooks.yaml, are run with the built binary
// over a copy of examples/, and their exit codes and output files are checked.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tests/sarif_schema.hpp"

namespace ecslint {
namespace {
namespace fs = std::filesystem;

const fs::path kSource = ECSLINT_SOURCE_DIR;

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The commands of a CI file: lines (outside comments) whose command starts with `ecslint `,
// after a YAML `run:` key or list dash.
std::vector<std::string> ecslint_commands(const fs::path& file) {
  static const std::regex line(R"(^\s*(?:-\s+|run:\s+)?(ecslint\s.*?)\s*$)");
  std::vector<std::string> out;
  std::istringstream in(slurp(file));
  std::string text;
  std::smatch m;
  while (std::getline(in, text))
    if (std::regex_match(text, m, line)) out.push_back(m[1]);
  return out;
}

struct Outcome {
  int code = -1;
  std::string out;
};

// A copy of examples/ to run the commands in (they write their reports into the folder).
class CiExamples : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/ecslint-ci-XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
    fs::copy(kSource / "examples", dir_, fs::copy_options::recursive);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs a documented command line with `ecslint` replaced by the built binary.
  Outcome run(const std::string& command) {
    const std::string args = command.substr(std::string("ecslint").size());
    const std::string d = dir_.string();
    std::string shell = "cd '" + d + "' && NO_COLOR= ECSLINT_CONFIG= '" ECSLINT_BINARY "'" + args +
                        " < /dev/null > '" + d + "/.stdout' 2>&1";
    int status = std::system(shell.c_str());
    Outcome r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(dir_ / ".stdout");
    return r;
  }

  fs::path dir_;
};

TEST_F(CiExamples, GithubWorkflowWritesValidSarifThenGates) {
  const fs::path workflow = kSource / "docs/ci/github-actions.yml";
  std::string text = slurp(workflow);
  EXPECT_NE(text.find("security-events: write"), std::string::npos);
  EXPECT_NE(text.find("uses: github/codeql-action/upload-sarif@v3"), std::string::npos);
  EXPECT_NE(text.find("sarif_file: ecslint.sarif"), std::string::npos);
  std::vector<std::string> commands = ecslint_commands(workflow);
  ASSERT_EQ(commands.size(), 2u) << "the SARIF step and the annotations step";

  // 1. SARIF, never failing the step: examples/mistakes has errors, and they are all in it.
  Outcome r = run(commands[0]);
  EXPECT_EQ(r.code, 0) << commands[0] << "\n" << r.out;
  rapidjson::Document sarif;
  sarif.Parse(slurp(dir_ / "ecslint.sarif").c_str());
  ASSERT_FALSE(sarif.HasParseError()) << "ecslint.sarif is not JSON";
  EXPECT_EQ(schema_errors(sarif), "");
  const auto& results = sarif["runs"][0]["results"];
  ASSERT_GT(results.Size(), 0u);
  std::set<std::string> uris;
  for (const auto& result : results.GetArray())
    uris.insert(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].GetString());
  // Relative to the checkout, as code scanning wants.
  EXPECT_TRUE(uris.count("mistakes/taskdef.json")) << ::testing::PrintToString(uris);
  EXPECT_TRUE(uris.count("cloudformation.yaml")) << ::testing::PrintToString(uris);

  // 2. The gate: exit 1 with annotations.
  r = run(commands[1]);
  EXPECT_EQ(r.code, 1) << commands[1] << "\n" << r.out;
  EXPECT_NE(r.out.find("::error file=mistakes/taskdef.json,line="), std::string::npos) << r.out;
}

TEST_F(CiExamples, GitlabJobWritesACodeQualityReport) {
  const fs::path job = kSource / "docs/ci/gitlab-ci.yml";
  std::string text = slurp(job);
  EXPECT_NE(text.find("codequality: gl-code-quality-report.json"), std::string::npos);
  std::vector<std::string> commands = ecslint_commands(job);
  ASSERT_EQ(commands.size(), 1u);
  Outcome r = run(commands[0]);
  EXPECT_EQ(r.code, 1) << commands[0] << "\n" << r.out;  // fails the job: there are errors
  EXPECT_NE(r.out.find("mistakes/taskdef.json:"), std::string::npos) << r.out;  // job log
  rapidjson::Document report;
  report.Parse(slurp(dir_ / "gl-code-quality-report.json").c_str());
  ASSERT_FALSE(report.HasParseError()) << "the report is not JSON";
  ASSERT_TRUE(report.IsArray());
  ASSERT_GT(report.Size(), 0u);
  for (const auto& issue : report.GetArray()) {
    for (const char* key : {"description", "check_name", "fingerprint", "severity"})
      EXPECT_TRUE(issue.HasMember(key) && issue[key].IsString()) << key;
    EXPECT_TRUE(issue["location"]["path"].IsString());
    EXPECT_GE(issue["location"]["lines"]["begin"].GetInt(), 1);
  }
}

// The hook's entry as pre-commit runs it: every changed JSON/YAML file named, in any order.
// tests/pre-commit-test runs it with the real pre-commit when that is installed.
TEST_F(CiExamples, PreCommitHookEntryLintsOnlyEcsDocuments) {
  std::string manifest = slurp(kSource / ".pre-commit-hooks.yaml");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(manifest, m, std::regex(R"(\n\s*entry:\s*(ecslint\s[^\n#]*?)\s*\n)")));
  const std::string entry = m[1];
  EXPECT_EQ(entry, "ecslint check --force-exclude");
  EXPECT_NE(manifest.find("types_or: [json, yaml]"), std::string::npos);
  EXPECT_NE(manifest.find("language: system"), std::string::npos);

  std::ofstream(dir_ / "package.json") << "{\"name\": \"web\"}\n";
  std::ofstream(dir_ / ".gitlab-ci.yml") << "lint:\n  script: [make]\n";
  Outcome r = run(entry + " package.json fargate-web/service.json .gitlab-ci.yml "
                          "fargate-web/appspec.yaml fargate-web/taskdef.json");
  EXPECT_EQ(r.code, 0) << r.out;  // clean ECS files, and the others skipped quietly
  EXPECT_EQ(r.out.find("package.json"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find(".gitlab-ci.yml"), std::string::npos) << r.out;
  r = run(entry + " package.json mistakes/taskdef.yaml");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("mistakes/taskdef.yaml:6:9: error:"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace ecslint
