// Suppression through the real pipeline: comments in YAML, ignores passed in LintOptions.
// The files raise healthcheck-range (timeout above 60 s) and fargate-cpu-memory findings whose
// pointers are written next to each case.
#include <gtest/gtest.h>

#include <algorithm>

#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/load.hpp"
#include "core/pipeline.hpp"
#include "core/suppress.hpp"

namespace ecslint {
namespace {

// Two containers; /containerDefinitions/{0,1}/healthCheck/timeout are out of range.
const char* kTwoContainers = R"(family: web
containerDefinitions:
  - name: web
    image: nginx:1.27
    memory: 512
    healthCheck:
      command: [CMD-SHELL, "exit 0"]
      timeout: 90
  - name: worker
    image: busybox:1.36
    memory: 512
    healthCheck:
      command: [CMD-SHELL, "exit 0"]
      timeout: 95
)";

std::vector<std::string> rules_of(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) out.push_back(f.rule + " " + f.pointer);
  return out;
}

// healthcheck-timing also fires on those timeouts (longer than the default interval); it is
// switched off so that each test speaks about one rule's findings.
FileResult lint(const std::string& text, LintOptions options = {}) {
  options.rules.disabled.insert("healthcheck-timing");
  return lint_source(make_source("td.yaml", text), options);
}

// Replaces the first occurrence of `from` in kTwoContainers.
std::string with(const std::string& from, const std::string& to) {
  std::string text = kTwoContainers;
  text.replace(text.find(from), from.size(), to);
  return text;
}

const std::string kFirst = "healthcheck-range /containerDefinitions/0/healthCheck/timeout";
const std::string kSecond = "healthcheck-range /containerDefinitions/1/healthCheck/timeout";

TEST(Suppress, NothingSuppressedWithoutComments) {
  FileResult r = lint(kTwoContainers);
  EXPECT_EQ(rules_of(r.findings), (std::vector<std::string>{kFirst, kSecond}));
  EXPECT_TRUE(r.suppressed.empty());
}

TEST(Suppress, TrailingCommentCoversTheNodeOnItsLineAndItsSubtree) {
  // On "- name: web" the node starting there is the first container (the item, not `name`).
  FileResult r = lint(with("  - name: web\n", "  - name: web  # ecslint: ignore[healthcheck-range] agreed\n"));
  EXPECT_EQ(rules_of(r.findings), std::vector<std::string>{kSecond});
  ASSERT_EQ(r.suppressed.size(), 1u);
  EXPECT_EQ(rules_of(r.suppressed), std::vector<std::string>{kFirst});
  ASSERT_TRUE(r.suppressed[0].suppression);
  EXPECT_TRUE(r.suppressed[0].suppression->in_source);
  EXPECT_EQ(r.suppressed[0].suppression->justification, "agreed");
  // On the value's own line it covers just that member.
  r = lint(with("timeout: 95\n", "timeout: 95  # ecslint: ignore[healthcheck-range]\n"));
  EXPECT_EQ(rules_of(r.findings), std::vector<std::string>{kFirst});
}

TEST(Suppress, CommentAboveAMappingCoversItsSubtree) {
  FileResult r = lint(with("    healthCheck:\n",
                           "    # ecslint: ignore[healthcheck-range] the first one\n"
                           "    # (a second comment line in between is fine)\n"
                           "    healthCheck:\n"));
  EXPECT_EQ(rules_of(r.findings), std::vector<std::string>{kSecond});
  EXPECT_EQ(rules_of(r.suppressed), std::vector<std::string>{kFirst});
}

TEST(Suppress, OtherRulesAndAllAndIgnoreFile) {
  FileResult r = lint(with("  - name: web\n", "  - name: web  # ecslint: ignore[duplicate-key]\n"));
  EXPECT_EQ(r.findings.size(), 2u);  // another rule's id suppresses nothing
  r = lint(with("  - name: web\n", "  - name: web  # ecslint: ignore[all]\n"));
  EXPECT_EQ(rules_of(r.findings), std::vector<std::string>{kSecond});
  r = lint("# header\n# ecslint: ignore-file[healthcheck-range] legacy file\n" +
           std::string(kTwoContainers));
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(r.suppressed.size(), 2u);
}

TEST(Suppress, IgnoresFromTheCallerMatchAPointerOrBelow) {
  LintOptions options;
  options.ignores.push_back({"healthcheck-range", "/containerDefinitions/1", "", "config", 7});
  FileResult r = lint(kTwoContainers, options);
  EXPECT_EQ(rules_of(r.findings), std::vector<std::string>{kFirst});
  ASSERT_EQ(r.suppressed.size(), 1u);
  EXPECT_FALSE(r.suppressed[0].suppression->in_source);
  EXPECT_EQ(r.suppressed[0].suppression->justification, "config");
  EXPECT_EQ(r.used_ignores, std::vector<size_t>{7});
  // The exact pointer, a sibling prefix that is not an ancestor, and a message filter.
  options.ignores = {{"healthcheck-range", "/containerDefinitions/0/healthCheck/timeout", "", "", 1},
                     {"healthcheck-range", "/containerDefinitions/1/health", "", "", 2}};
  r = lint(kTwoContainers, options);
  EXPECT_EQ(rules_of(r.findings), std::vector<std::string>{kSecond});
  EXPECT_EQ(r.used_ignores, std::vector<size_t>{1});
  options.ignores = {{"healthcheck-range", "/containerDefinitions/1/healthCheck/timeout",
                      "not this message", "", 3}};
  EXPECT_EQ(lint(kTwoContainers, options).findings.size(), 2u);
}

TEST(Suppress, JsonFilesHaveNoComments) {
  // A "#" string in JSON is data; only caller ignores apply.
  FileResult r = lint_source(
      make_source("td.json", R"({"family": "# ecslint: ignore[all]", "containerDefinitions": [
  {"name": "web", "image": "nginx", "memory": 512,
   "healthCheck": {"command": ["CMD-SHELL", "exit 0"], "timeout": 90}}]})"),
      LintOptions{});
  // healthcheck-range (timeout 90) and family-name ("#" is no family character) still report.
  size_t range = std::count_if(r.findings.begin(), r.findings.end(),
                               [](const Finding& f) { return f.rule == "healthcheck-range"; });
  EXPECT_EQ(range, 1u);
  EXPECT_TRUE(r.suppressed.empty());
}

TEST(Suppress, NodeOnLine) {
  Source source = make_source("t.yaml", "a: 1\nb:\n  - x: 1\n    y: 2\n  - 3\n");
  Document doc = load_yaml(source);
  std::string pointer;
  ASSERT_TRUE(node_on_line(source, doc, 1, pointer));
  EXPECT_EQ(pointer, "/a");
  ASSERT_TRUE(node_on_line(source, doc, 3, pointer));
  EXPECT_EQ(pointer, "/b/0");  // the item comes before its first member
  ASSERT_TRUE(node_on_line(source, doc, 4, pointer));
  EXPECT_EQ(pointer, "/b/0/y");
  ASSERT_TRUE(node_on_line(source, doc, 5, pointer));
  EXPECT_EQ(pointer, "/b/1");
  EXPECT_FALSE(node_on_line(source, doc, 6, pointer));
}

TEST(Suppress, PointerWithin) {
  EXPECT_TRUE(pointer_within("/a/b", "/a"));
  EXPECT_TRUE(pointer_within("/a", "/a"));
  EXPECT_TRUE(pointer_within("/a", ""));
  EXPECT_FALSE(pointer_within("/ab", "/a"));
  EXPECT_FALSE(pointer_within("/a", "/a/b"));
}

}  // namespace
}  // namespace ecslint
