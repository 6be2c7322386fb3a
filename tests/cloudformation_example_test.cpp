// End-to-end check of testdata/cloudformation-example: the binary, run on the hand-written
// template, must report exactly the findings of expected.txt. Positions, levels and rule ids are
// facts worked out by hand; message wording is ecslint's own, so it is not compared.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {
namespace fs = std::filesystem;

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// "path:line:col: level: message [rule]" -> "path:line:col: level: [rule]".
std::vector<std::string> facts(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    size_t level_end = line.find(": ", line.find(": ") + 2);
    size_t rule = line.rfind(" [");
    if (level_end == std::string::npos || rule == std::string::npos || rule < level_end) {
      out.push_back("unparsed: " + line);
      continue;
    }
    out.push_back(line.substr(0, level_end + 2) + line.substr(rule + 1));
  }
  return out;
}

TEST(CloudFormationExample, ReportsExactlyTheRealProblemsAtTheTemplatesLines) {
  const fs::path dir = fs::path(ECSLINT_SOURCE_DIR) / "testdata" / "cloudformation-example";
  const fs::path out = fs::temp_directory_path() / "ecslint-cfn-example.out";
  std::string command = "cd '" + dir.string() + "' && NO_COLOR= '" ECSLINT_BINARY
                        "' check --no-config --color never template.yaml > '" + out.string() + "'";
  int status = std::system(command.c_str());
  std::string actual = slurp(out);
  fs::remove(out);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 1) << actual;
  EXPECT_EQ(facts(actual), facts(slurp(dir / "expected.txt"))) << "ecslint printed:\n" << actual;
}

// examples/cloudformation.yaml is the same template, shown by examples/README.md.
TEST(CloudFormationExample, ExamplesCopyIsTheSameTemplate) {
  const fs::path root(ECSLINT_SOURCE_DIR);
  EXPECT_EQ(slurp(root / "examples" / "cloudformation.yaml"),
            slurp(root / "testdata" / "cloudformation-example" / "template.yaml"));
}

}  // namespace
