// Bad input, end to end: the ecslint binary on files made to break it. Every case ends with its
// expected message and exit code, within a time limit, and the other files of the same run are
// still linted. Under scripts/test-asan the binary is instrumented too, so a memory error or a
// leak in any case fails it.
//
// Small inputs are committed in testdata/bad-input/ with their expectations in expected.tsv;
// large or special ones (a file over the size limit, 100,000 levels of nesting, 10,000 anchors,
// symbolic link loops, FIFOs, unreadable files, closed pipes) are made here at run time.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {
namespace fs = std::filesystem;

const fs::path kCases = fs::path(ECSLINT_SOURCE_DIR) / "testdata" / "bad-input";
// Generous: the slowest case takes well under a second in a release build, but sanitizer builds
// on a busy machine are many times slower. A hang still fails well before ctest's own limit.
constexpr int kTimeLimitSeconds = 60;

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Outcome {
  int code = -1;  ///< exit code; `timeout` makes a hang 124 and a death by signal N 128 + N
  std::string out;
  std::string err;
};

// A good file that is linted with one known finding, to show a run went on past a bad input.
const char* kFargateMismatch = R"({
  "family": "web",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "256",
  "memory": "4096",
  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
})";

// Whether `out` holds the fargate-cpu-memory error of kFargateMismatch linted as `path`.
bool has_fargate_finding(const std::string& out, const std::string& path) {
  size_t at = out.find(path + ":6:13: error: ");
  if (at == std::string::npos) return false;
  std::string line = out.substr(at, out.find('\n', at) - at);
  const std::string tag = "[fargate-cpu-memory]";
  return line.size() > tag.size() && line.compare(line.size() - tag.size(), tag.size(), tag) == 0;
}

class BadInput : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/ecslint-bad-XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
    fs::create_directory(dir_ / "work");
  }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(dir_, ec);
  }

  fs::path work() const { return dir_ / "work"; }

  void write(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
  }

  // Runs `ecslint ARGS` in `cwd` (default: the scratch folder) with `input` on standard input.
  // `prefix` goes before the binary (e.g. to drop privileges).
  Outcome run(const std::string& args, const fs::path& cwd = {}, const std::string& input = "",
              const std::string& prefix = "") {
    write(dir_ / "stdin", input);
    std::string command = "cd '" + (cwd.empty() ? work() : cwd).string() + "' && " + prefix +
                          " timeout " + std::to_string(kTimeLimitSeconds) +
                          " '" ECSLINT_BINARY "' " + args + " < '" + (dir_ / "stdin").string() +
                          "' > '" + (dir_ / "stdout").string() + "' 2> '" +
                          (dir_ / "stderr").string() + "'";
    int status = std::system(command.c_str());
    Outcome r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(dir_ / "stdout");
    r.err = slurp(dir_ / "stderr");
    return r;
  }

  fs::path dir_;
};

// One row of expected.tsv: file, exit code, the exact standard output (lines joined by "\n").
struct Case {
  std::string file;
  int code = 0;
  std::string out;
};

std::vector<Case> committed_cases() {
  std::vector<Case> cases;
  std::istringstream in(slurp(kCases / "expected.tsv"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t a = line.find('\t'), b = line.find('\t', a + 1);
    if (a == std::string::npos || b == std::string::npos) {
      ADD_FAILURE() << "expected.tsv: not file<TAB>exit<TAB>output: " << line;
      continue;
    }
    std::string out = line.substr(b + 1);  // several lines are joined by a literal "\n"
    for (size_t at = out.find("\\n"); at != std::string::npos; at = out.find("\\n", at + 1))
      out.replace(at, 2, "\n");
    cases.push_back({line.substr(0, a), std::stoi(line.substr(a + 1, b - a - 1)), out});
  }
  return cases;
}

TEST_F(BadInput, EveryCommittedCaseHasItsMessageAndExitCode) {
  std::vector<Case> cases = committed_cases();
  ASSERT_FALSE(cases.empty());
  std::set<std::string> listed;
  for (const Case& c : cases) {
    listed.insert(c.file);
    Outcome r = run("check '" + c.file + "'", kCases);
    EXPECT_EQ(r.code, c.code) << c.file << "\n" << r.out << r.err;
    EXPECT_EQ(r.out, c.out + "\n") << c.file;
  }
  for (const auto& entry : fs::directory_iterator(kCases)) {
    std::string name = entry.path().filename().string();
    if (name == "expected.tsv" || name == "README.md") continue;
    EXPECT_TRUE(listed.count(name)) << "testdata/bad-input/" << name << " is not in expected.tsv";
  }
}

TEST_F(BadInput, AllCommittedCasesInOneRunStillLintTheGoodFile) {
  write(work() / "good.json", kFargateMismatch);
  std::string args = "check";
  for (const Case& c : committed_cases()) args += " '" + (kCases / c.file).string() + "'";
  Outcome r = run(args + " good.json");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_TRUE(has_fargate_finding(r.out, "good.json"))
      << r.out;
}

TEST_F(BadInput, FileOverTheSizeLimitIsRefusedAndTheRunGoesOn) {
  // Sparse: no disk space is used, and nothing large is committed.
  write(work() / "huge.json", "");
  fs::resize_file(work() / "huge.json", (16u << 20) + 1);
  write(work() / "good.json", kFargateMismatch);
  Outcome r = run("check huge.json good.json");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "ecslint: huge.json: file is 16777217 bytes; ecslint reads files up to "
                   "16777216 bytes\n");
  EXPECT_TRUE(has_fargate_finding(r.out, "good.json"));
}

TEST_F(BadInput, HundredThousandLevelsOfNesting) {
  write(work() / "deep.json", "{\"containerDefinitions\": " + std::string(100000, '[') +
                                  std::string(100000, ']') + "}");
  write(work() / "deep.yaml", "containerDefinitions: " + std::string(100000, '[') +
                                  std::string(100000, ']') + "\n");
  write(work() / "deep-block.yaml", "containerDefinitions:\n" + [] {
    std::string s;  // "- - - - ... x": 100,000 nested block sequences on one line
    for (int i = 0; i < 100000; ++i) s += "- ";
    return s + "x\n";
  }());
  Outcome r = run("check deep.json deep.yaml deep-block.yaml");
  EXPECT_EQ(r.code, 1) << r.err;
  // yaml-cpp stops at its own depth guard (2,000 levels) and marks where it was then.
  EXPECT_EQ(r.out,
            "deep.json:1:153: error: not valid JSON: nesting deeper than 128 levels; not an ECS "
            "document [parse-error]\n"
            "deep.yaml:1:200023: error: nesting deeper than 128 levels; not an ECS document "
            "[parse-error]\n"
            "deep-block.yaml:2:998: error: nesting deeper than 128 levels; not an ECS document "
            "[parse-error]\n");
}

TEST_F(BadInput, TenThousandAnchors) {
  std::string yaml = "family: web\ncontainerDefinitions:\n";
  for (int i = 0; i < 10000; ++i)
    yaml += "  - &c" + std::to_string(i) + " {name: app" + std::to_string(i) + ", image: nginx}\n";
  yaml += "tags:\n";
  for (int i = 0; i < 10000; ++i) yaml += "  - {key: *c" + std::to_string(i) + "}\n";
  write(work() / "anchors.yaml", yaml);
  Outcome r = run("check --disable schema-violation anchors.yaml");
  EXPECT_LT(r.code, 3) << r.err;  // findings are fine; a crash, hang or internal error is not
  EXPECT_NE(r.out.find("anchors.yaml:"), std::string::npos) << r.out.substr(0, 500);
}

TEST_F(BadInput, SymbolicLinkLoopsDoNotHang) {
  fs::create_directories(work() / "deploy" / "sub");
  fs::create_directory_symlink("..", work() / "deploy" / "sub" / "up");  // folder loop
  fs::create_symlink("b.json", work() / "deploy" / "a.json");            // file loop a -> b -> a
  fs::create_symlink("a.json", work() / "deploy" / "b.json");
  write(work() / "deploy" / "sub" / "td.json", kFargateMismatch);
  Outcome r = run("check deploy");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out.find("deploy/sub/up"), std::string::npos) << r.out;
  EXPECT_TRUE(has_fargate_finding(r.out, "deploy/sub/td.json"))
      << r.out;
  // Named explicitly, the looping link is an I/O problem, and the run goes on.
  r = run("check deploy/a.json deploy/sub/td.json");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("deploy/a.json: "), std::string::npos) << r.err;
  EXPECT_TRUE(has_fargate_finding(r.out, "deploy/sub/td.json")) << r.out;
}

TEST_F(BadInput, UnreadableFile) {
  write(work() / "secret.json", kFargateMismatch);
  write(work() / "good.json", kFargateMismatch);
  fs::permissions(work() / "secret.json", fs::perms::none);
  std::string prefix;
  if (geteuid() == 0) {
    // Root reads any file whatever its mode: run ecslint as nobody instead, when we can. The
    // shell (still root) opens the redirections and enters the folder, so nobody needs only to
    // read the folder and good.json.
    if (std::system("command -v setpriv > /dev/null") != 0)
      GTEST_SKIP() << "running as root without setpriv: cannot make a file unreadable";
    prefix = "setpriv --reuid=65534 --regid=65534 --clear-groups";
    fs::permissions(work(), fs::perms::all);
  }
  Outcome r = run("check secret.json good.json", {}, "", prefix);
  EXPECT_EQ(r.code, 2) << r.out << r.err;
  EXPECT_EQ(r.err, "ecslint: secret.json: cannot read: Permission denied\n");
  EXPECT_TRUE(has_fargate_finding(r.out, "good.json"));
}

TEST_F(BadInput, FifoIsNotReadAndDoesNotBlock) {
  ASSERT_EQ(mkfifo((work() / "pipe.json").c_str(), 0644), 0);
  write(work() / "good.json", kFargateMismatch);
  Outcome r = run("check pipe.json good.json");  // named: an I/O problem
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "ecslint: pipe.json: not a regular file\n");
  EXPECT_TRUE(has_fargate_finding(r.out, "good.json")) << r.out;
  r = run("check .");  // found by walking: not a file to lint, silently
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "");
  EXPECT_TRUE(has_fargate_finding(r.out, "good.json")) << r.out;
}

TEST_F(BadInput, EmptyStandardInput) {
  Outcome r = run("check -");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, "<stdin>:1:1: error: not valid JSON: the document is empty [parse-error]\n");
  r = run("check --stdin-filename td.yaml -");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, "td.yaml:1:1: error: the file is empty [parse-error]\n");
}

// Output to a pipe nobody reads (`ecslint check ... | head -c0`): ecslint ignores SIGPIPE, so the
// failed write is an I/O problem like any other: exit 2 with a message, no signal, no core.
TEST_F(BadInput, OutputToAClosedPipe) {
  write(work() / "td.json", kFargateMismatch);
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  close(fds[0]);  // the reader is gone before ecslint writes a byte
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    signal(SIGPIPE, SIG_DFL);  // what a shell gives its pipeline
    dup2(fds[1], STDOUT_FILENO);
    int null = open("/dev/null", O_WRONLY);
    dup2(null, STDERR_FILENO);
    if (chdir(work().c_str()) != 0) _exit(127);
    execl(ECSLINT_BINARY, "ecslint", "check", "td.json", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(fds[1]);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status)) << "ended by signal " << WTERMSIG(status);
  EXPECT_EQ(WEXITSTATUS(status), 2);
}

// The size limit is configurable, for files and for standard input alike.
TEST_F(BadInput, MaxFileSizeIsConfigurable) {
  write(work() / "td.json", kFargateMismatch);
  const std::string size = std::to_string(fs::file_size(work() / "td.json"));
  Outcome r = run("check --max-file-size 64 td.json");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "ecslint: td.json: file is " + size + " bytes; ecslint reads files up to 64 "
                   "bytes\n");
  EXPECT_EQ(run("check --max-file-size 1M td.json").code, 1);  // linted: the Fargate mismatch
  EXPECT_EQ(run("check --max-file-size 12x td.json").code, 2);
}

TEST_F(BadInput, BadFileBesideAGoodOneInAFolder) {
  write(work() / "deploy" / "broken.json", std::string("{\"containerDefinitions\": [\"\xff\"]}"));
  write(work() / "deploy" / "td.json", kFargateMismatch);
  Outcome r = run("check deploy");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(r.out.find("deploy/broken.json:1:28: error: not valid JSON: invalid encoding in string"),
            0u)
      << r.out;
  EXPECT_TRUE(has_fargate_finding(r.out, "deploy/td.json"))
      << r.out;
}

}  // namespace
