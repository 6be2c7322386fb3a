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
    write(".stdin", input);
    std::string command = "cd '" + dir_.string() + "' && NO_COLOR= '" ECSLINT_BINARY "' " + args +
                          " < .stdin > .stdout 2> .stderr";
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

}  // namespace
