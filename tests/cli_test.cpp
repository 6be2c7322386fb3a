// End-to-end tests of the ecslint binary: exit codes, formats, standard input, subcommands.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "tests/sarif_schema.hpp"

namespace {
namespace fs = std::filesystem;

struct Outcome {
  int code = -1;
  std::string out;
  std::string err;
};

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A scratch folder per test, removed afterwards; commands run inside it.
class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/ecslint-cli-XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { fs::remove_all(dir_); }

  void write(const std::string& name, const std::string& text) {
    fs::create_directories((dir_ / name).parent_path());
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }

  // Runs `ecslint ARGS` in the scratch folder, with `input` on standard input.
  Outcome run(const std::string& args, const std::string& input = "") {
    return run_in(".", args, input);
  }

  // Runs `ENV ecslint ARGS` in the folder `cwd` of the scratch folder. ECSLINT_CONFIG is cleared
  // unless `env` sets it.
  Outcome run_in(const std::string& cwd, const std::string& args, const std::string& input = "",
                 const std::string& env = "") {
    write(".stdin", input);
    const std::string d = dir_.string();
    std::string command = "cd '" + d + "/" + cwd + "' && NO_COLOR= ECSLINT_CONFIG= " + env + " '" +
                          ECSLINT_BINARY "' " + args + " < '" + d + "/.stdin' > '" + d +
                          "/.stdout' 2> '" + d + "/.stderr'";
    int status = std::system(command.c_str());
    Outcome r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(dir_ / ".stdout");
    r.err = slurp(dir_ / ".stderr");
    return r;
  }

  fs::path dir_;
};

// An EC2 task definition with nothing wrong in it.
const char* kGood = R"({
  "family": "web",
  "containerDefinitions": [
    {"name": "app", "image": "nginx:1.27", "memory": 256, "essential": true,
     "user": "101", "readonlyRootFilesystem": true,
     "logConfiguration": {"logDriver": "awslogs",
                          "options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1"}}}
  ]
})";

// A Fargate task definition whose cpu/memory pair does not exist (0.25 vCPU allows 512–2048 MiB).
const char* kBadFargate = R"({
  "family": "web",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "256",
  "memory": "4096",
  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
})";

TEST_F(Cli, CleanFileExitsZeroAndPrintsNothing) {
  write("td.json", kGood);
  Outcome r = run("check td.json");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST_F(Cli, BareInvocationIsCheck) {
  write("td.json", kGood);
  EXPECT_EQ(run("td.json").code, 0);
}

TEST_F(Cli, ParseErrorIsAFindingWithExitOne) {
  write("broken.json", "{\n  \"family\": \"web\"\n  \"cpu\": \"256\"\n}\n");
  Outcome r = run("check broken.json");
  EXPECT_EQ(r.code, 1);
  // Line 3, column 3: RapidJSON stops at the second key, where a comma was expected.
  EXPECT_EQ(r.out,
            "broken.json:3:3: error: not valid JSON: missing a comma or '}' after an object member "
            "[parse-error]\n");
}

TEST_F(Cli, MissingPathIsExitTwoButOtherFilesAreStillLinted) {
  write("broken.json", "{");
  Outcome r = run("check nope.json broken.json");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("nope.json: no such file or folder"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("broken.json:1:2: error:"), std::string::npos) << r.out;
}

TEST_F(Cli, StandardInput) {
  Outcome r = run("check -", "{\"family\": 1");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out.rfind("<stdin>:1:13: error: not valid JSON", 0), 0u) << r.out;
  r = run("check --stdin-filename deploy/td.json -", "{");
  EXPECT_EQ(r.out.rfind("deploy/td.json:1:2: error:", 0), 0u) << r.out;
}

TEST_F(Cli, EmptyStandardInputIsAParseError) {
  Outcome r = run("check -", "");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, "<stdin>:1:1: error: not valid JSON: the document is empty [parse-error]\n");
}

TEST_F(Cli, FolderWalkSkipsFilesThatAreNotEcsDocuments) {
  write("deploy/td.json", kBadFargate);
  write("deploy/package.json", "{\"name\": \"x\"}");
  write("deploy/tsconfig.json", "{ // comments are not JSON\n}");
  write("deploy/notes.txt", "not linted");
  write("node_modules/dep/td.json", kBadFargate);
  Outcome r = run("check --disable schema-violation .");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(r.out.find("package.json"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("tsconfig.json"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("node_modules"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("deploy/td.json:6:13: error: "), std::string::npos) << r.out;
}

TEST_F(Cli, ExplicitFileThatIsNotEcsIsReported) {
  write("package.json", "{\"name\": \"x\"}");
  Outcome r = run("check package.json");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("package.json:1:1: warning: not a task definition, service or AppSpec"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(run("check --failure-threshold error package.json").code, 0);
  EXPECT_EQ(run("check --exit-zero package.json").code, 0);
}

TEST_F(Cli, SeverityOverridesAndDisable) {
  write("package.json", "{\"name\": \"x\"}");
  Outcome r = run("check --error unknown-kind package.json");
  EXPECT_NE(r.out.find(": error: "), std::string::npos) << r.out;
  r = run("check --disable unknown-kind package.json");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "");
  r = run("check --note unknown-kind package.json");
  EXPECT_EQ(r.code, 0);  // notes do not fail under the default threshold (warning)
  EXPECT_EQ(run("check --note unknown-kind --failure-threshold note package.json").code, 1);
}

TEST_F(Cli, UnknownRuleAndBadFlagAreUsageErrors) {
  write("td.json", kGood);
  Outcome r = run("check --disable no-such-rule td.json");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("unknown rule 'no-such-rule'"), std::string::npos) << r.err;
  EXPECT_EQ(run("check --format xml td.json").code, 2);
  EXPECT_EQ(run("check --no-such-flag td.json").code, 2);
  EXPECT_EQ(run("explain no-such-rule").code, 2);
  EXPECT_EQ(run("schema no-such-kind").code, 2);
}

TEST_F(Cli, FormatsCanBeWrittenToFilesTogether) {
  write("td.json", kBadFargate);
  Outcome r = run("check -f text -o out.txt -f sarif -o out.sarif -f json -o out.json td.json");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_NE(slurp(dir_ / "out.txt").find("td.json:"), std::string::npos);
  EXPECT_NE(slurp(dir_ / "out.sarif").find("\"version\": \"2.1.0\""), std::string::npos);
  EXPECT_NE(slurp(dir_ / "out.json").find("\"results\""), std::string::npos);
  EXPECT_EQ(run("check -f text -f json td.json").code, 2);  // two formats, one stdout
  EXPECT_EQ(run("check -f text -o a -o b td.json").code, 2);
}

TEST_F(Cli, SnippetShowsTheSourceLineWithACaret) {
  write("td.json", kBadFargate);
  Outcome r = run("check --snippet td.json");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("td.json:6:13: error: memory 4096 MiB is not valid with .25 vCPU on "
                       "Fargate; use 512, 1024 or 2048 [fargate-cpu-memory]\n"
                       "   |\n"
                       " 6 |   \"memory\": \"4096\",\n"
                       "   |             ^~~~~~\n"),
            std::string::npos)
      << r.out;
}

TEST_F(Cli, SummaryOnStderrOnlyWhenStdoutIsATerminal) {
  write("td.json", kBadFargate);
  write("ok.json", kGood);
  Outcome r = run("check td.json ok.json");
  EXPECT_EQ(r.err, "");  // not a terminal: stdout and stderr carry nothing extra
  if (std::system("command -v script > /dev/null 2>&1") != 0) GTEST_SKIP() << "no script(1)";
  // script(1) runs the command on a pseudo-terminal and copies what it prints. run() starts the
  // line with the binary, so `-V > /dev/null;` spends that on --version before the real command.
  r = run("-V > /dev/null; script -qec \"'" ECSLINT_BINARY "' check --color never td.json "
          "ok.json\" /dev/null");
  EXPECT_NE(r.out.find("1 error in 1 of 2 files"), std::string::npos) << r.out;
}

TEST_F(Cli, GitlabFormat) {
  write("td.json", kBadFargate);
  Outcome r = run("check -f gitlab -o gl-code-quality-report.json td.json");
  EXPECT_EQ(r.code, 1) << r.err;
  std::string report = slurp(dir_ / "gl-code-quality-report.json");
  EXPECT_EQ(report.rfind("[\n  {\n    \"description\": \"memory 4096 MiB", 0), 0u) << report;
  EXPECT_NE(report.find("\"check_name\": \"fargate-cpu-memory\""), std::string::npos);
  EXPECT_NE(report.find("\"severity\": \"major\""), std::string::npos);
  EXPECT_NE(report.find("\"path\": \"td.json\""), std::string::npos);
  EXPECT_NE(report.find("\"begin\": 6"), std::string::npos);
}

TEST_F(Cli, RootMakesReportPathsRelativeToIt) {
  write("deploy/td.json", kBadFargate);
  Outcome r = run("check --root deploy deploy/td.json");
  EXPECT_EQ(r.out.rfind("td.json:6:13: error:", 0), 0u) << r.out;
  r = run_in("deploy", "check --root .. -f sarif td.json");
  EXPECT_NE(r.out.find("\"uri\": \"deploy/td.json\""), std::string::npos) << r.out;
  r = run_in("deploy", "check --root ../ td.json");
  EXPECT_EQ(r.out.rfind("deploy/td.json:6:13: error:", 0), 0u) << r.out;
  // A file outside the root keeps its absolute path; a root that is not a folder is exit 2.
  write("other/td.json", kBadFargate);
  r = run("check --root deploy other/td.json");
  EXPECT_EQ(r.out.rfind((dir_ / "other/td.json").generic_string() + ":6:13:", 0), 0u) << r.out;
  r = run("check --root nowhere deploy/td.json");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("--root nowhere: not a folder"), std::string::npos) << r.err;
}

TEST_F(Cli, SarifCategory) {
  write("td.json", kGood);
  Outcome r = run("check -f sarif --sarif-category ecs-config td.json");
  EXPECT_NE(r.out.find("\"automationDetails\": {\n        \"id\": \"ecs-config/\"\n      }"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(run("check -f sarif td.json").out.find("automationDetails"), std::string::npos);
}

// pre-commit names every changed JSON and YAML file; --force-exclude makes those go through the
// same filters as files found in a folder, so a package.json or a CI file passes quietly.
TEST_F(Cli, ForceExcludeSkipsNamedFilesThatAreNotEcsDocuments) {
  write("package.json", "{\"name\": \"x\"}");
  write("tsconfig.json", "{ // comments are not JSON\n}");
  write(".gitlab-ci.yml", "lint:\n  script: [make]\n");
  write("td.json", kBadFargate);
  write("broken-td.json", "{\"containerDefinitions\": [}");
  Outcome r = run("check --force-exclude package.json tsconfig.json .gitlab-ci.yml");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out, "");
  // ECS documents are still linted, and a broken file that looks like one is still reported.
  r = run("check --force-exclude package.json td.json broken-td.json");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out.find("package.json"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("td.json:6:13: error:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("broken-td.json:1:27: error: not valid JSON"), std::string::npos) << r.out;
  // Standard input is always linted.
  EXPECT_EQ(run("check --force-exclude -", "{\"name\": \"x\"}").code, 1);
}

TEST_F(Cli, UnwritableOutputIsExitTwo) {
  write("td.json", kGood);
  EXPECT_EQ(run("check -f sarif -o no/such/dir/out.sarif td.json").code, 2);
}

TEST_F(Cli, VersionRulesExplainSchema) {
  Outcome r = run("--version");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out.rfind("ecslint " ECSLINT_VERSION "\n", 0), 0u) << r.out;
  r = run("rules");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("parse-error"), std::string::npos);
  r = run("rules --format json");
  EXPECT_EQ(r.out.front(), '[');
  r = run("explain parse-error");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("## Why"), std::string::npos);
  r = run("schema task-definition");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("\"$schema\""), std::string::npos);
}

TEST_F(Cli, ColourOnlyWhenAsked) {
  write("broken.json", "{");
  EXPECT_EQ(run("check broken.json").out.find('\x1b'), std::string::npos);
  EXPECT_NE(run("check --color always broken.json").out.find("\x1b["), std::string::npos);
  Outcome r = run("check --color always -f json broken.json");
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos);
}

// ---- configuration ------------------------------------------------------------------------

// package.json named explicitly raises one unknown-kind warning (exit 1); a config that turns
// the rule off makes the run clean, which shows whether that config was read.
const char* kPackage = "{\"name\": \"x\"}";
const char* kQuiet = "rules:\n  unknown-kind: off\n";

TEST_F(Cli, ConfigInTheCurrentFolder) {
  write("package.json", kPackage);
  EXPECT_EQ(run("check package.json").code, 1);
  write(".ecslint.yaml", kQuiet);
  Outcome r = run("check package.json");
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "");
}

TEST_F(Cli, ConfigInAParentFolderAndPathsRelativeToIt) {
  write(".ecslint.yml", kQuiet);
  write("sub/package.json", kPackage);
  EXPECT_EQ(run_in("sub", "check package.json").code, 0);
  // per-file-ignores globs are relative to the config's folder, not the current one.
  write(".ecslint.yml", "per-file-ignores:\n  \"sub/*.json\": [unknown-kind]\n");
  EXPECT_EQ(run_in("sub", "check package.json").code, 0);
  write(".ecslint.yml", "per-file-ignores:\n  \"*.json\": [unknown-kind]\n");
  EXPECT_EQ(run_in("sub", "check package.json").code, 1);
}

TEST_F(Cli, ConfigSearchStopsAtTheRepositoryRoot) {
  write(".ecslint.yaml", kQuiet);
  write("repo/.git/HEAD", "ref: refs/heads/main\n");
  write("repo/sub/package.json", kPackage);
  EXPECT_EQ(run_in("repo/sub", "check package.json").code, 1);  // the config above is not read
  write("repo/.ecslint.yaml", kQuiet);
  EXPECT_EQ(run_in("repo/sub", "check package.json").code, 0);
}

TEST_F(Cli, ExplicitConfigEnvironmentAndNoConfig) {
  write("package.json", kPackage);
  write("conf/quiet.yaml", kQuiet);
  write("conf/loud.yaml", "rules:\n  unknown-kind: error\n");
  Outcome r = run("check --config conf/quiet.yaml package.json");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(run_in(".", "check package.json", "", "ECSLINT_CONFIG=conf/quiet.yaml").code, 0);
  // The flag wins over the variable.
  r = run_in(".", "check -c conf/loud.yaml package.json", "", "ECSLINT_CONFIG=conf/quiet.yaml");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find(": error: "), std::string::npos) << r.out;
  // --no-config ignores every config: the one found here and the one the variable names.
  write(".ecslint.yaml", kQuiet);
  EXPECT_EQ(run_in(".", "check --no-config package.json", "", "ECSLINT_CONFIG=conf/quiet.yaml").code, 1);
  r = run("check --config missing.yaml package.json");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "ecslint: missing.yaml: cannot read the configuration file\n");
}

TEST_F(Cli, ConfigProblemsAreExitTwoWithPositionAndNothingIsLinted) {
  write("td.json", kBadFargate);
  write(".ecslint.yaml", "failure-threshold: error\nrulez:\n  duplicate-key: off\n");
  Outcome r = run("check td.json");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "ecslint: .ecslint.yaml:2:1: unknown key `rulez` in .ecslint.yaml; did you mean "
            "`rules`?\n");
  write(".ecslint.yaml", "rules:\n  fargate-cpu-memroy: off\n");
  r = run("check td.json");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "ecslint: .ecslint.yaml:2:3: unknown rule `fargate-cpu-memroy` (see `ecslint rules`); "
            "did you mean `fargate-cpu-memory`?\n");
  write(".ecslint.yaml", "failure-threshold: 3\n");
  r = run("check td.json");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err.rfind("ecslint: .ecslint.yaml:1:20: ", 0), 0u) << r.err;
}

TEST_F(Cli, FailureThresholdFromConfigAndFlagWins) {
  write("package.json", kPackage);  // a warning
  write(".ecslint.yaml", "failure-threshold: error\n");
  EXPECT_EQ(run("check package.json").code, 0);
  EXPECT_EQ(run("check --failure-threshold warning package.json").code, 1);
  // Rule levels: flags win as well.
  write(".ecslint.yaml", "rules:\n  unknown-kind: off\n");
  EXPECT_EQ(run("check --enable unknown-kind package.json").code, 1);
  write(".ecslint.yaml", "rules:\n  unknown-kind: {level: note}\n");
  EXPECT_EQ(run("check package.json").out,
            "package.json:1:1: note: not a task definition, service or AppSpec for ECS; use --kind "
            "to say which it is [unknown-kind]\n");
  EXPECT_NE(run("check --error unknown-kind package.json").out.find(": error: "), std::string::npos);
}

TEST_F(Cli, FilesIncludeExcludeAndForceExclude) {
  write("deploy/td.json", kBadFargate);
  write("legacy/td.json", kBadFargate);
  write("other/td.json", kBadFargate);
  write(".ecslint.yaml",
        "files:\n  include: [\"deploy/**\", \"legacy/**\"]\n  exclude: [\"legacy/**\"]\n");
  Outcome r = run("check .");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out.find("legacy/"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("other/"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("deploy/td.json:6:13: error:"), std::string::npos) << r.out;
  // Named explicitly: linted, unless excluded and --force-exclude is given.
  EXPECT_EQ(run("check legacy/td.json other/td.json").code, 1);
  r = run("check --force-exclude legacy/td.json");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(run("check --force-exclude other/td.json").code, 1);  // include only filters walks
}

TEST_F(Cli, KindsForceTheKindOfMatchingFiles) {
  write("svc/odd.json", "{\"desiredCount\": \"two\"}");
  EXPECT_NE(run("check svc/odd.json").out.find("[unknown-kind]"), std::string::npos);
  write(".ecslint.yaml", "kinds:\n  \"svc/*.json\": service\n");
  Outcome r = run("check svc/odd.json");
  EXPECT_EQ(r.out.find("[unknown-kind]"), std::string::npos) << r.out;
  // Now a service: desiredCount must be an integer.
  EXPECT_EQ(r.out, "svc/odd.json:1:18: error: expected an integer, got the string \"two\" "
                   "[schema-violation]\n");
  EXPECT_NE(run("check --kind appspec svc/odd.json").out.find("AppSpec"), std::string::npos);
}

TEST_F(Cli, PerFileIgnoresGlob) {
  write("legacy/a/td.json", kBadFargate);
  write("new/td.json", kBadFargate);
  write(".ecslint.yaml", "per-file-ignores:\n  \"legacy/**\": [fargate-cpu-memory]\n");
  Outcome r = run("check .");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out.find("legacy/"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("new/td.json:6:13:"), std::string::npos) << r.out;
}

// ---- suppression --------------------------------------------------------------------------

TEST_F(Cli, ConfigIgnoreByPointerSuppressesTheNodeAndBelow) {
  write("deploy/td.json", kBadFargate);
  write(".ecslint.yaml",
        "ignore:\n"
        "  - path: deploy/td.json\n"
        "    rule: fargate-cpu-memory\n"
        "    pointer: /memory\n"
        "    reason: a larger size is on its way\n");
  Outcome r = run("check deploy/td.json");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out, "");
  // Suppressed findings never fail, and appear only in json/sarif with --include-suppressed.
  r = run("check -f json --include-suppressed deploy/td.json");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("\"suppressed\": true"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"justification\": \"a larger size is on its way\""), std::string::npos);
  r = run("check -f sarif --include-suppressed deploy/td.json");
  EXPECT_NE(r.out.find("\"kind\": \"external\""), std::string::npos) << r.out;
  EXPECT_EQ(run("check --include-suppressed deploy/td.json").out, "");  // text: never
  // A parent pointer covers the child; another file or rule is not covered.
  write(".ecslint.yaml",
        "ignore:\n  - {path: \"deploy/*.json\", rule: fargate-cpu-memory, pointer: \"\", reason: x}\n");
  EXPECT_EQ(run("check deploy/td.json").code, 0);
  write(".ecslint.yaml",
        "ignore:\n  - {path: other.json, rule: fargate-cpu-memory, pointer: /memory, reason: x}\n");
  EXPECT_EQ(run("check deploy/td.json").code, 1);
}

TEST_F(Cli, YamlCommentSuppresses) {
  write("td.yaml",
        "family: web\n"
        "requiresCompatibilities: [FARGATE]\n"
        "networkMode: awsvpc\n"
        "cpu: \"256\"\n"
        "memory: \"4096\"   # ecslint: ignore[fargate-cpu-memory] being resized\n"
        "containerDefinitions:\n"
        "  - {name: app, image: \"nginx:1.27\"}\n");
  Outcome r = run("check td.yaml");
  EXPECT_EQ(r.code, 0) << r.out;
  r = run("check -f sarif --include-suppressed td.yaml");
  EXPECT_NE(r.out.find("\"kind\": \"inSource\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"justification\": \"being resized\""), std::string::npos) << r.out;
}

TEST_F(Cli, BaselineRoundTripFailsOnlyOnNewFindings) {
  write("td.json", kBadFargate);
  Outcome r = run("check --write-baseline ecslint-baseline.json td.json");
  EXPECT_EQ(r.code, 0);  // recording never fails
  EXPECT_EQ(slurp(dir_ / "ecslint-baseline.json"),
            "{\n"
            "  \"version\": 1,\n"
            "  \"findings\": [\n"
            "    {\n"
            "      \"rule\": \"fargate-cpu-memory\",\n"
            "      \"path\": \"td.json\",\n"
            "      \"pointer\": \"/memory\",\n"
            "      \"message\": \"memory 4096 MiB is not valid with .25 vCPU on Fargate; use 512, "
            "1024 or 2048\"\n"
            "    }\n"
            "  ]\n"
            "}\n");
  r = run("check --baseline ecslint-baseline.json td.json");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "");
  // From another folder the recorded path still matches (it is relative to the baseline).
  write("sub/.keep", "");
  EXPECT_EQ(run_in("sub", "check --baseline ../ecslint-baseline.json ../td.json").code, 0);
  // A new finding fails; the known one stays hidden, even after its line moved.
  std::string changed = kBadFargate;
  changed.replace(changed.find("\"family\": \"web\","), 16, "\"family\": \"web\", \"x\": 1,\n");
  write("td.json", changed);
  r = run("check --baseline ecslint-baseline.json td.json");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out.find("fargate-cpu-memory"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("`x` is not"), std::string::npos) << r.out;
  write("bad.json", "[1,");
  EXPECT_EQ(run("check --baseline bad.json td.json").code, 2);
  EXPECT_EQ(run("check --baseline nope.json td.json").code, 2);
}

TEST_F(Cli, UnusedSuppressionIsOffUntilEnabled) {
  write("td.json", kGood);
  write(".ecslint.yaml",
        "ignore:\n"
        "  - path: td.json\n"
        "    rule: fargate-cpu-memory\n"
        "    pointer: /memory\n"
        "    reason: stale\n"
        "  - {path: gone.json, rule: fargate-cpu-memory, reason: not linted in this run}\n");
  EXPECT_EQ(run("check td.json").out, "");
  Outcome r = run("check --enable unused-suppression td.json");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out,
            ".ecslint.yaml:2:5: warning: this `ignore:` entry (fargate-cpu-memory at `/memory` in "
            "td.json) suppresses nothing; remove it [unused-suppression]\n");
  write(".ecslint.yaml",
        "rules:\n  unused-suppression: note\n"
        "ignore:\n  - {path: td.json, rule: fargate-cpu-memory, reason: stale}\n");
  r = run("check td.json");
  EXPECT_EQ(r.code, 0);  // a note does not fail under the default threshold
  EXPECT_EQ(r.out,
            ".ecslint.yaml:4:5: note: this `ignore:` entry (fargate-cpu-memory at `/` in td.json) "
            "suppresses nothing; remove it [unused-suppression]\n");
}

TEST_F(Cli, InitWritesAStarterThatValidatesAndRefusesToOverwrite) {
  write("td.json", kGood);
  Outcome r = run("init");
  EXPECT_EQ(r.code, 0) << r.err;
  std::string written = slurp(dir_ / ".ecslint.yaml");
  EXPECT_NE(written.find("failure-threshold: warning"), std::string::npos);
  r = run("check td.json");  // the starter is read and valid
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  r = run("init");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "ecslint: .ecslint.yaml already exists; not overwriting it\n");
  EXPECT_EQ(slurp(dir_ / ".ecslint.yaml"), written);
  r = run("schema config");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("\"failure-threshold\""), std::string::npos);
}

}  // namespace

// ---- Checks across files -------------------------------------------------------------------

namespace {

const char* kLinkedTask = R"({
  "family": "web",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "256",
  "memory": "512",
  "containerDefinitions": [
    {
      "name": "app",
      "image": "nginx:1.27",
      "portMappings": [{"containerPort": 80, "name": "http"}]
    }
  ]
}
)";

// Disagrees with kLinkedTask twice: no networkConfiguration for awsvpc, and a load balancer
// container the task definition does not have.
const char* kLinkedService = R"({
  "serviceName": "web",
  "cluster": "prod",
  "taskDefinition": "web:3",
  "launchType": "FARGATE",
  "loadBalancers": [
    {
      "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef",
      "containerName": "web",
      "containerPort": 80
    }
  ]
}
)";

// Disagrees with kLinkedTask once: container app does not map port 8080.
const char* kLinkedAppSpec = R"(version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: "<TASK_DEFINITION>"
        LoadBalancerInfo:
          ContainerName: "app"
          ContainerPort: 8080
)";

bool is_cross_file(const std::string& line) {
  for (const char* id : {"[service-network-configuration-required]", "[service-load-balancer-container]",
                         "[appspec-container-not-in-task-definition]"})
    if (line.find(id) != std::string::npos) return true;
  return false;
}

std::string cross_file_lines(const std::string& text) {
  std::istringstream in(text);
  std::string out;
  for (std::string line; std::getline(in, line);)
    if (is_cross_file(line)) out += line + "\n";
  return out;
}

// --jobs lints files in parallel; the output must not depend on it (sorted by file, then
// position), nor on the number of files each thread happened to take.
TEST_F(Cli, JobsDoNotChangeTheOutput) {
  for (int i = 0; i < 24; ++i) {
    write("deploy/td" + std::to_string(i) + ".json", i % 3 == 0 ? kBadFargate : kGood);
    write("deploy/broken" + std::to_string(i) + ".json", "{\"containerDefinitions\": [");
  }
  Outcome one = run("check -j 1 -f sarif deploy");
  Outcome many = run("check -j 4 -f sarif deploy");
  Outcome all = run("check -f sarif deploy");  // default: one per core
  EXPECT_EQ(one.code, 1);
  EXPECT_EQ(many.code, 1);
  EXPECT_EQ(one.out, many.out);
  EXPECT_EQ(one.out, all.out);
  EXPECT_NE(one.out.find("deploy/td9.json"), std::string::npos);
  EXPECT_EQ(run("check -j 3 deploy").out, run("check -j 1 deploy").out);
}

}  // namespace

TEST_F(Cli, FolderWithDisagreeingFilesReportsEachDisagreementOnce) {
  write("deploy/taskdef.json", kLinkedTask);
  write("deploy/service.json", kLinkedService);
  write("deploy/appspec.yaml", kLinkedAppSpec);
  Outcome r = run("check --no-config deploy");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(cross_file_lines(r.out),
            "deploy/appspec.yaml:9:26: error: container 'app' in deploy/taskdef.json:8 has no port "
            "mapping for containerPort 8080 (it maps 80) [appspec-container-not-in-task-definition]\n"
            "deploy/service.json:4:21: error: Network Configuration must be provided when networkMode "
            "'awsvpc' is specified: deploy/taskdef.json:4 uses awsvpc; add "
            "networkConfiguration.awsvpcConfiguration with the subnets (and security groups) "
            "[service-network-configuration-required]\n"
            "deploy/service.json:9:24: error: container 'web' is not in deploy/taskdef.json (family "
            "web); its containers are 'app' [service-load-balancer-container]\n");

  r = run("check --no-config -f sarif deploy");
  EXPECT_EQ(r.code, 1);
  rapidjson::Document doc;
  doc.Parse(r.out.c_str());
  ASSERT_FALSE(doc.HasParseError());
  EXPECT_EQ(ecslint::schema_errors(doc), "");
  struct Expected {
    const char* rule;
    const char* uri;
    int line;
    int column;
    int related_line;
  };
  for (const Expected& e : {Expected{"appspec-container-not-in-task-definition", "deploy/appspec.yaml", 9, 26, 8},
                            Expected{"service-network-configuration-required", "deploy/service.json", 4, 21, 4},
                            Expected{"service-load-balancer-container", "deploy/service.json", 9, 24, 7}}) {
    int seen = 0;
    for (const auto& result : doc["runs"][0]["results"].GetArray()) {
      if (std::string(result["ruleId"].GetString()) != e.rule) continue;
      ++seen;
      const auto& location = result["locations"][0]["physicalLocation"];
      EXPECT_STREQ(location["artifactLocation"]["uri"].GetString(), e.uri);
      EXPECT_EQ(location["region"]["startLine"].GetInt(), e.line) << e.rule;
      EXPECT_EQ(location["region"]["startColumn"].GetInt(), e.column) << e.rule;
      ASSERT_TRUE(result.HasMember("relatedLocations")) << e.rule;
      const auto& related = result["relatedLocations"][0]["physicalLocation"];
      EXPECT_STREQ(related["artifactLocation"]["uri"].GetString(), "deploy/taskdef.json");
      EXPECT_EQ(related["region"]["startLine"].GetInt(), e.related_line) << e.rule;
    }
    EXPECT_EQ(seen, 1) << e.rule;
  }
}

TEST_F(Cli, TaskDefinitionFlagPairsExplicitly) {
  write("task/taskdef.json", kLinkedTask);
  std::string service = kLinkedService;
  service.replace(service.find("\"web:3\""), 7, "\"api:1\"");  // names another family
  write("svc/service.json", service);
  // By name, nothing pairs: no cross-file finding, and the opt-in note says why.
  Outcome r = run("check --no-config --enable unlinked-task-definition task svc");
  EXPECT_EQ(cross_file_lines(r.out), "");
  EXPECT_NE(r.out.find("svc/service.json:4:21: note: cross-file checks were skipped: no task "
                       "definition of family 'api' is in this run"),
            std::string::npos)
      << r.out;
  // --task-definition pairs them, and takes part in the run even when not named as a path.
  r = run("check --no-config --task-definition task/taskdef.json svc/service.json");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(cross_file_lines(r.out),
            "svc/service.json:4:21: error: Network Configuration must be provided when networkMode "
            "'awsvpc' is specified: task/taskdef.json:4 uses awsvpc; add "
            "networkConfiguration.awsvpcConfiguration with the subnets (and security groups) "
            "[service-network-configuration-required]\n"
            "svc/service.json:9:24: error: container 'web' is not in task/taskdef.json (family "
            "web); its containers are 'app' [service-load-balancer-container]\n");
  // A file that is not a task definition is a usage problem; the files are still linted.
  r = run("check --no-config --task-definition svc/service.json svc/service.json");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("--task-definition svc/service.json: not a task definition"), std::string::npos)
      << r.err;
}

TEST_F(Cli, CrossFileFindingsAreSuppressedLikeOthers) {
  write("deploy/taskdef.json", kLinkedTask);
  std::string appspec = kLinkedAppSpec;
  appspec.replace(appspec.find("ContainerPort: 8080"), 19,
                  "ContainerPort: 8080  # ecslint: ignore[appspec-container-not-in-task-definition] migrating");
  write("deploy/appspec.yaml", appspec);
  Outcome r = run("check --no-config --enable unused-suppression deploy");
  EXPECT_EQ(cross_file_lines(r.out), "");
  // The comment silenced a finding of the link pass, so it is not reported as unused.
  EXPECT_EQ(r.out.find("unused-suppression"), std::string::npos) << r.out;
}

// issue 7: a `terraform show -json` plan with two task definitions (one in a child module) and
// one service. Worked out by hand from tests/data/terraform-plan.json:
// - worker: Fargate cpu "256" allows memory 512, 1024 or 2048, not "4096" (line 22, the value).
// - module.web app: its container_definitions string (line 52, column 42) holds a dependsOn on a
//   container "db" that does not exist, memoryReservation 512 above memory 256, and a mount of
//   volume "logs" where the only volume block is "data"; bridge mode gets the default note, and
//   volume "data" (its block, line 73) is mounted by no container.
// - module.web service: desired 2 with min 100 % and max 100 % cannot roll (line 98); its
//   task_definition is known only after apply, so no rule treats it as missing.
TEST_F(Cli, TerraformPlanIsLintedPerResourceWithAddresses) {
  write("plan.json", slurp(fs::path(ECSLINT_SOURCE_DIR) / "tests/data/terraform-plan.json"));
  Outcome r = run("check --no-config plan.json");
  EXPECT_EQ(r.code, 1);
  const std::string app = "module.web.aws_ecs_task_definition.app: ";
  EXPECT_EQ(r.out,
            "plan.json:22:23: error: aws_ecs_task_definition.worker: memory 4096 MiB is not valid "
            "with .25 vCPU on Fargate; use 512, 1024 or 2048 [fargate-cpu-memory]\n"
            "plan.json:52:42: error: " + app + "dependsOn names the container \"db\", which is "
            "not in this task definition (container_definitions/0/dependsOn/0/containerName) "
            "[depends-on-unknown-container]\n"
            "plan.json:52:42: error: " + app + "memoryReservation 512 MiB is above memory 256 "
            "MiB; the soft limit may equal the hard limit but not exceed it "
            "(container_definitions/0/memoryReservation) [memory-reservation-above-memory]\n"
            "plan.json:52:42: error: " + app + "sourceVolume \"logs\" names no volume of this "
            "task definition; ECS rejects it (\"Unknown volume 'logs'.\") "
            "(container_definitions/0/mountPoints/0/sourceVolume) [mount-point-unknown-volume]\n"
            "plan.json:60:33: note: " + app + "network mode \"bridge\" shares the instance's "
            "security groups among all tasks; \"awsvpc\" gives each task its own network "
            "interface and security groups [network-mode-not-awsvpc]\n"
            "plan.json:73:19: note: " + app + "volume \"data\" is not mounted by any container "
            "[volume-unused]\n"
            "plan.json:98:47: warning: module.web.aws_ecs_service.app: with desiredCount 2, "
            "minimumHealthyPercent 100 and maximumPercent 100 ECS must keep 2 tasks running and "
            "may run at most 2, so a rolling update can neither start a new task nor stop an old "
            "one; raise maximumPercent or lower minimumHealthyPercent [deployment-percent]\n");
  // --kind terraform-plan is accepted, and the JSON report names the file's kind.
  Outcome forced = run("check --no-config --kind terraform-plan -f json plan.json");
  EXPECT_NE(forced.out.find("\"kind\": \"terraform-plan\""), std::string::npos) << forced.out;
}

// Nested blocks of a plan (Terraform writes them as lists of objects) are mapped too, and a
// finding inside one is reported at the block. Worked out by hand from
// tests/data/terraform-plan-blocks.json: ephemeral_storage 10 GiB is below Fargate's 21
// (line 14, the block at column 35); launch_type beside a capacity_provider_strategy (the key
// launch_type, line 29); assign_public_ip true (the network_configuration block, 31:39).
TEST_F(Cli, TerraformPlanBlocksAreMapped) {
  write("plan.json", slurp(fs::path(ECSLINT_SOURCE_DIR) / "tests/data/terraform-plan-blocks.json"));
  Outcome r = run("check --no-config plan.json");
  EXPECT_EQ(r.code, 1);
  // "plan.json:14:35: error: <message> [rule]" -> "14:35 error rule"
  std::vector<std::string> places;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    std::istringstream fields(line.substr(std::string("plan.json:").size()));
    std::string at_line, at_column, level;
    std::getline(fields, at_line, ':');
    std::getline(fields, at_column, ':');
    fields >> level;
    size_t open = line.rfind('[');
    places.push_back(fmt::format("{}:{} {} {}", at_line, at_column, level,
                                 line.substr(open + 1, line.size() - open - 2)));
  }
  EXPECT_EQ(places, (std::vector<std::string>{"14:35 error: ephemeral-storage-range",
                                              "29:13 error: launch-type-and-capacity-provider",
                                              "31:39 note: public-ip-enabled"}))
      << r.out;
}

// A container_definitions array: the container-level rules run, the task-level ones stay silent
// (no family, no task memory: container-memory-required must not fire).
TEST_F(Cli, ContainerDefinitionArrayIsItsOwnKind) {
  write("containers.json", R"([
  {"name": "web", "image": "nginx:1.27", "essential": true,
   "portMappings": [{"containerPort": 80}],
   "dependsOn": [{"containerName": "db", "condition": "START"}]}
])");
  Outcome r = run("check --no-config containers.json");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, "containers.json:4:36: error: dependsOn names the container \"db\", which is "
                   "not in this task definition [depends-on-unknown-container]\n");
  Outcome json = run("check --no-config -f json containers.json");
  EXPECT_NE(json.out.find("\"kind\": \"container-definitions\""), std::string::npos) << json.out;
}
