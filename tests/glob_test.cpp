// The `**` glob matcher of .ecslint.yaml. Expectations follow the rules in cli/glob.hpp.
#include <gtest/gtest.h>

#include "cli/glob.hpp"

namespace ecslint {
namespace {

TEST(Glob, LiteralPathMatchesOnlyItself) {
  EXPECT_TRUE(glob_match("deploy/td.json", "deploy/td.json"));
  EXPECT_FALSE(glob_match("deploy/td.json", "deploy/td.json.bak"));
  EXPECT_FALSE(glob_match("td.json", "deploy/td.json"));  // whole path, not the file name
  EXPECT_FALSE(glob_match("deploy", "deploy/td.json"));
}

TEST(Glob, StarStaysInsideOneSegment) {
  EXPECT_TRUE(glob_match("*.json", "td.json"));
  EXPECT_TRUE(glob_match("*.json", ".json"));             // * may be empty
  EXPECT_FALSE(glob_match("*.json", "deploy/td.json"));   // not across `/`
  EXPECT_TRUE(glob_match("deploy/*.json", "deploy/td.json"));
  EXPECT_TRUE(glob_match("deploy/*-td.*", "deploy/web-td.yaml"));
  EXPECT_FALSE(glob_match("deploy/*", "deploy/a/b.json"));
  EXPECT_TRUE(glob_match("*/*.json", "a/b.json"));
  EXPECT_TRUE(glob_match("a*b*c", "abxbc"));              // backtracking over the last star
  EXPECT_FALSE(glob_match("a*b*c", "abxbd"));
}

TEST(Glob, DoubleStarIsAnyNumberOfFolders) {
  EXPECT_TRUE(glob_match("**/*.json", "td.json"));  // none
  EXPECT_TRUE(glob_match("**/*.json", "a/td.json"));
  EXPECT_TRUE(glob_match("**/*.json", "a/b/c/td.json"));
  EXPECT_FALSE(glob_match("**/*.json", "a/td.yaml"));
  EXPECT_TRUE(glob_match("legacy/**", "legacy/td.json"));
  EXPECT_TRUE(glob_match("legacy/**", "legacy/x/y/td.json"));
  EXPECT_FALSE(glob_match("legacy/**", "legacy2/td.json"));
  EXPECT_TRUE(glob_match("a/**/td.json", "a/td.json"));
  EXPECT_TRUE(glob_match("a/**/td.json", "a/x/y/td.json"));
  EXPECT_FALSE(glob_match("a/**/td.json", "b/x/td.json"));
  EXPECT_TRUE(glob_match("**/node_modules/**", "web/node_modules/pkg/x.json"));
  EXPECT_TRUE(glob_match("**", "anything/at/all.json"));
  EXPECT_TRUE(glob_match("**/**/x", "a/x"));  // repeated ** are one
}

TEST(Glob, QuestionMarkAndSets) {
  EXPECT_TRUE(glob_match("td?.json", "td1.json"));
  EXPECT_FALSE(glob_match("td?.json", "td.json"));
  EXPECT_FALSE(glob_match("a?b", "a/b"));  // ? never matches `/`
  EXPECT_TRUE(glob_match("td[0-9].json", "td7.json"));
  EXPECT_FALSE(glob_match("td[0-9].json", "tdx.json"));
  EXPECT_TRUE(glob_match("td[!0-9].json", "tdx.json"));
  EXPECT_TRUE(glob_match("td[^0-9].json", "tdx.json"));
  EXPECT_FALSE(glob_match("td[!0-9].json", "td7.json"));
  EXPECT_TRUE(glob_match("[ab]c", "bc"));
  EXPECT_TRUE(glob_match("[]]x", "]x"));  // `]` first in a set is literal
  EXPECT_TRUE(glob_match("a\\*b", "a*b"));  // escaped star is a star
  EXPECT_FALSE(glob_match("a\\*b", "axb"));
}

TEST(Glob, CheckGlobNamesTheProblem) {
  EXPECT_EQ(check_glob("deploy/**/*.json"), "");
  EXPECT_EQ(check_glob("[a-z]?.y*ml"), "");
  EXPECT_NE(check_glob(""), "");
  EXPECT_NE(check_glob("/abs/*.json").find("leading `/`"), std::string::npos);
  EXPECT_NE(check_glob("a//b").find("empty path segment"), std::string::npos);
  EXPECT_NE(check_glob("a/").find("empty path segment"), std::string::npos);
  EXPECT_NE(check_glob("**.json").find("whole path segment"), std::string::npos);
  EXPECT_NE(check_glob("a/b**").find("whole path segment"), std::string::npos);
  EXPECT_NE(check_glob("td[0-9.json").find("not closed"), std::string::npos);
  EXPECT_NE(check_glob("a\\").find("lone"), std::string::npos);
  // A refused glob matches nothing.
  EXPECT_FALSE(glob_match("td[0-9.json", "td[0-9.json"));
}

}  // namespace
}  // namespace ecslint
