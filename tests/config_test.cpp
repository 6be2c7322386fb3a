// .ecslint.yaml: discovery, each key, each kind of problem (with its position), precedence.
// Expected positions are counted by hand from the texts below (1-based line:column).
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "cli/config.hpp"
#include "core/source.hpp"

namespace ecslint {
namespace {

namespace fs = std::filesystem;

struct Parsed {
  bool ok = false;
  Config config;
  std::vector<std::string> errors;
};

Parsed parse(const std::string& text) {
  Parsed p;
  p.ok = parse_config(make_source(".ecslint.yaml", text), "/repo", p.config, p.errors);
  return p;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

TEST(Config, EmptyOrCommentOnlyFileChangesNothing) {
  for (const char* text : {"", "# nothing yet\n\n", "---\n# x\n"}) {
    Parsed p = parse(text);
    EXPECT_TRUE(p.ok) << text << joined(p.errors);
    EXPECT_FALSE(p.config.failure_threshold);
    EXPECT_TRUE(p.config.rules.disabled.empty());
    EXPECT_EQ(p.config.folder, fs::path("/repo"));
  }
}

TEST(Config, FailureThreshold) {
  Parsed p = parse("failure-threshold: note\n");
  ASSERT_TRUE(p.ok) << joined(p.errors);
  EXPECT_EQ(p.config.failure_threshold, Level::note);
  EXPECT_EQ(parse("failure-threshold: none\n").config.failure_threshold, Level::none);
}

TEST(Config, RulesOffLevelAndObjectWithOptions) {
  Parsed p = parse(
      "rules:\n"
      "  duplicate-key: off\n"
      "  healthcheck-range: note\n"
      "  unused-suppression: warning\n"
      "  fargate-cpu-memory:\n"
      "    level: warning\n"
      "    options: {strict: true}\n"
      "  healthcheck-command: {options: {}}\n");
  ASSERT_TRUE(p.ok) << joined(p.errors);
  const RuleSettings& r = p.config.rules;
  EXPECT_EQ(r.disabled, std::set<std::string>{"duplicate-key"});
  EXPECT_EQ(r.effective_level("duplicate-key", Level::warning), Level::none);
  EXPECT_EQ(r.effective_level("healthcheck-range", Level::error), Level::note);
  EXPECT_EQ(r.effective_level("unused-suppression", Level::none), Level::warning);
  EXPECT_EQ(r.effective_level("fargate-cpu-memory", Level::error), Level::warning);
  EXPECT_EQ(r.effective_level("healthcheck-command", Level::warning), Level::warning);
  EXPECT_EQ(p.config.rule_options.at("fargate-cpu-memory"), "{\"strict\":true}");
  EXPECT_EQ(p.config.rule_options.at("healthcheck-command"), "{}");
}

TEST(Config, PerFileIgnores) {
  Parsed p = parse("per-file-ignores:\n  \"legacy/**\": [healthcheck-range, duplicate-key]\n");
  ASSERT_TRUE(p.ok) << joined(p.errors);
  ASSERT_EQ(p.config.per_file_ignores.size(), 1u);
  EXPECT_EQ(p.config.per_file_ignores[0].first, "legacy/**");
  FileSettings s = settings_for(p.config, "legacy/old/td.json");
  ASSERT_EQ(s.ignores.size(), 2u);
  EXPECT_EQ(s.ignores[0].rule, "healthcheck-range");
  EXPECT_EQ(s.ignores[0].pointer, "");  // the whole file
  EXPECT_EQ(s.ignores[0].reason, "per-file-ignores `legacy/**` in .ecslint.yaml");
  EXPECT_TRUE(settings_for(p.config, "new/td.json").ignores.empty());
}

TEST(Config, IgnoreEntries) {
  Parsed p = parse(
      "ignore:\n"
      "  - path: deploy/td.json\n"
      "    rule: healthcheck-range\n"
      "    pointer: /containerDefinitions/0/healthCheck\n"
      "    reason: the load balancer needs it\n"
      "  - path: \"**/*.json\"\n"
      "    rule: duplicate-key\n"
      "    reason: whole files\n");
  ASSERT_TRUE(p.ok) << joined(p.errors);
  ASSERT_EQ(p.config.ignores.size(), 2u);
  const IgnoreEntry& e = p.config.ignores[0];
  EXPECT_EQ(e.path, "deploy/td.json");
  EXPECT_EQ(e.pointer, "/containerDefinitions/0/healthCheck");
  EXPECT_EQ(e.where.start, (Position{2, 5}));  // the entry's first key
  EXPECT_EQ(p.config.ignores[1].pointer, "");
  FileSettings s = settings_for(p.config, "deploy/td.json");
  ASSERT_EQ(s.ignores.size(), 2u);
  EXPECT_EQ(s.ignores[0].id, 0u);
  EXPECT_EQ(s.ignores[0].reason, "the load balancer needs it");
  EXPECT_EQ(s.ignores[1].id, 1u);
  EXPECT_EQ(settings_for(p.config, "other.json").ignores.size(), 1u);
}

TEST(Config, FilesIncludeAndExclude) {
  Parsed p = parse("files:\n  include: [\"deploy/**\"]\n  exclude: [\"**/tmp/**\"]\n");
  ASSERT_TRUE(p.ok) << joined(p.errors);
  FileSettings s = settings_for(p.config, "deploy/td.json");
  EXPECT_TRUE(s.included);
  EXPECT_FALSE(s.excluded);
  s = settings_for(p.config, "deploy/tmp/td.json");
  EXPECT_TRUE(s.excluded);
  EXPECT_FALSE(settings_for(p.config, "other/td.json").included);
  EXPECT_TRUE(settings_for(parse("").config, "other/td.json").included);  // no include: all
}

TEST(Config, KindsFirstMatchWins) {
  Parsed p = parse("kinds:\n  \"svc/*.json\": service\n  \"**/*.json\": task-definition\n");
  ASSERT_TRUE(p.ok) << joined(p.errors);
  EXPECT_EQ(settings_for(p.config, "svc/web.json").kind, kService);
  EXPECT_EQ(settings_for(p.config, "td/web.json").kind, kTaskDefinition);
  EXPECT_EQ(settings_for(p.config, "web.yaml").kind, kNoKind);
}

TEST(Config, UnknownKeyHasPositionAndSuggestion) {
  Parsed p = parse("failure-threshold: error\nrulez:\n  duplicate-key: off\n");
  EXPECT_FALSE(p.ok);
  EXPECT_EQ(joined(p.errors),
            ".ecslint.yaml:2:1: unknown key `rulez` in .ecslint.yaml; did you mean `rules`?\n");
  p = parse("files:\n  exclud: []\n");
  EXPECT_EQ(joined(p.errors),
            ".ecslint.yaml:2:3: unknown key `exclud` in .ecslint.yaml; did you mean `exclude`?\n");
}

TEST(Config, BadValues) {
  Parsed p = parse("failure-threshold: warn\n");
  EXPECT_FALSE(p.ok);
  EXPECT_EQ(joined(p.errors),
            ".ecslint.yaml:1:20: `warn` is not a valid failure threshold; expected one of: "
            "error, warning, note, none\n");  // "warning" is 3 edits away: too far to suggest
  p = parse("rules:\n  duplicate-key: loud\n");
  EXPECT_EQ(joined(p.errors),
            ".ecslint.yaml:2:18: `loud` is not a valid rule setting (off, error, warning, note or "
            "{level, options})\n");
  p = parse("rules:\n  duplicate-key: {options: 3}\n");
  EXPECT_EQ(joined(p.errors), ".ecslint.yaml:2:28: expected an object, got the number 3\n");
  p = parse("kinds:\n  \"*.json\": taskdef\n");
  EXPECT_NE(joined(p.errors).find(".ecslint.yaml:2:13: `taskdef` is not a valid document kind"),
            std::string::npos)
      << joined(p.errors);
  p = parse("ignore:\n  - path: td.json\n    rule: duplicate-key\n");
  EXPECT_EQ(joined(p.errors), ".ecslint.yaml:2:5: missing required member `reason`\n");
  p = parse("ignore: {}\n");
  EXPECT_EQ(joined(p.errors), ".ecslint.yaml:1:9: expected an array, got an object\n");
}

TEST(Config, UnknownRuleIds) {
  Parsed p = parse(
      "rules:\n"
      "  duplicate-keys: off\n"
      "per-file-ignores:\n"
      "  \"a/**\": [no-such-rule]\n"
      "ignore:\n"
      "  - {path: a.json, rule: healthcheck-rang, reason: x}\n");
  EXPECT_FALSE(p.ok);
  EXPECT_EQ(joined(p.errors),
            ".ecslint.yaml:2:3: unknown rule `duplicate-keys` (see `ecslint rules`); did you mean "
            "`duplicate-key`?\n"
            ".ecslint.yaml:4:12: unknown rule `no-such-rule` (see `ecslint rules`)\n"
            ".ecslint.yaml:6:26: unknown rule `healthcheck-rang` (see `ecslint rules`); did you "
            "mean `healthcheck-range`?\n");
}

TEST(Config, BadGlobsAndPointers) {
  Parsed p = parse(
      "files:\n"
      "  exclude: [\"**.json\"]\n"
      "kinds:\n"
      "  \"/abs/*.json\": service\n"
      "ignore:\n"
      "  - {path: a.json, rule: duplicate-key, pointer: containerDefinitions, reason: x}\n");
  EXPECT_FALSE(p.ok);
  EXPECT_EQ(joined(p.errors),
            ".ecslint.yaml:2:13: bad glob `**.json`: `**` must be a whole path segment, as in "
            "`**/x.json` or `deploy/**`\n"
            ".ecslint.yaml:4:3: bad glob `/abs/*.json`: globs are relative to the configuration "
            "file's folder; remove the leading `/`\n"
            ".ecslint.yaml:6:50: `containerDefinitions` is not a JSON Pointer (RFC 6901): start it "
            "with `/`, and write `~0` for `~` and `~1` for `/` inside a key\n");
}

TEST(Config, YamlSyntaxErrorAndDuplicateKey) {
  Parsed p = parse("rules:\n  a: b: c\n");
  EXPECT_FALSE(p.ok);
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0].rfind(".ecslint.yaml:2:", 0), 0u) << p.errors[0];
  p = parse("failure-threshold: error\nfailure-threshold: note\n");
  EXPECT_FALSE(p.ok);
  EXPECT_NE(joined(p.errors).find(".ecslint.yaml:2:1: duplicate key \"failure-threshold\""),
            std::string::npos)
      << joined(p.errors);
}

TEST(Config, StarterConfigParsesAndValidates) {
  Parsed p = parse(std::string(starter_config()));
  ASSERT_TRUE(p.ok) << joined(p.errors);
  EXPECT_EQ(p.config.failure_threshold, Level::warning);
  EXPECT_EQ(p.config.exclude, (std::vector<std::string>{"**/node_modules/**", "**/cdk.out/**"}));
  // Every commented example is valid too once uncommented: example lines are "# key: ..." or
  // "#   indented", prose lines are not.
  const std::regex example("^# ( {2,}|[a-z-]+:( |$))");
  std::string uncommented;
  std::istringstream lines{std::string(starter_config())};
  for (std::string line; std::getline(lines, line);) {
    if (std::regex_search(line, example)) uncommented += line.substr(2) + "\n";
    else if (line.rfind('#', 0) != 0) uncommented += line + "\n";
  }
  Parsed all = parse(uncommented);
  EXPECT_TRUE(all.ok) << uncommented << joined(all.errors);
  EXPECT_EQ(all.config.ignores.size(), 1u) << uncommented;
  EXPECT_EQ(all.config.kinds.size(), 1u) << uncommented;
  EXPECT_EQ(all.config.per_file_ignores.size(), 1u) << uncommented;
  EXPECT_EQ(all.config.include.size(), 1u) << uncommented;
}

TEST(Config, FlagsWinOverTheConfig) {
  RuleSettings config;
  config.disabled = {"a", "b"};
  config.levels = {{"c", Level::note}};
  RuleSettings flags;
  flags.enabled = {"a"};                  // --enable a
  flags.levels = {{"b", Level::error}};   // --error b
  flags.disabled = {"c"};                 // --disable c
  overlay_rules(config, flags);
  EXPECT_EQ(config.effective_level("a", Level::warning), Level::warning);
  EXPECT_EQ(config.effective_level("b", Level::warning), Level::error);
  EXPECT_EQ(config.effective_level("c", Level::warning), Level::none);
}

TEST(Config, RelativeTo) {
  EXPECT_EQ(relative_to("/repo/deploy/td.json", "/repo"), "deploy/td.json");
  EXPECT_EQ(relative_to("/other/td.json", "/repo"), std::nullopt);
  EXPECT_EQ(relative_to("/repo", "/repo"), std::nullopt);
}

// find_config over a real folder tree.
class FindConfig : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/ecslint-config-XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    root_ = pattern;
    fs::create_directories(root_ / "repo/a/b");
  }
  void TearDown() override { fs::remove_all(root_); }
  void touch(const fs::path& p) { std::ofstream(root_ / p) << "\n"; }
  fs::path root_;
};

TEST_F(FindConfig, CurrentFolderThenParents) {
  EXPECT_EQ(find_config(root_ / "repo/a/b"), fs::path());
  touch("repo/.ecslint.yml");
  EXPECT_EQ(find_config(root_ / "repo/a/b"), root_ / "repo/.ecslint.yml");
  touch("repo/a/.ecslint.yaml");
  EXPECT_EQ(find_config(root_ / "repo/a/b"), root_ / "repo/a/.ecslint.yaml");
  touch("repo/a/b/.ecslint.yml");
  touch("repo/a/b/.ecslint.yaml");  // .yaml before .yml in one folder
  EXPECT_EQ(find_config(root_ / "repo/a/b"), root_ / "repo/a/b/.ecslint.yaml");
}

TEST_F(FindConfig, StopsAtTheRepositoryRoot) {
  touch(".ecslint.yaml");  // above the repository: not looked at
  fs::create_directories(root_ / "repo/.git");
  EXPECT_EQ(find_config(root_ / "repo/a/b"), fs::path());
  fs::remove_all(root_ / "repo/.git");
  touch("repo/.git");  // a worktree's .git is a file
  EXPECT_EQ(find_config(root_ / "repo/a/b"), fs::path());
  fs::remove(root_ / "repo/.git");
  EXPECT_EQ(find_config(root_ / "repo/a/b"), root_ / ".ecslint.yaml");
}

}  // namespace
}  // namespace ecslint
