// The JSON loader: tree, positions of keys and values, and parse errors at the right place.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "core/load.hpp"
#include "tests/load_test_helpers.hpp"

namespace ecslint {
namespace {

using test::failure;
using test::kTaskJson;
using test::nested;
using test::regions;
using test::start;
using test::where;

TEST(LoadJson, KeysAndValuesHaveTheirPositions) {
  Source s = make_source("t.json", kTaskJson);
  Document d = load_json(s);
  ASSERT_TRUE(d.ok);
  EXPECT_TRUE(d.findings.empty());
  EXPECT_EQ(d.format, Format::json);
  EXPECT_EQ(where(s, d, "/family", true), "2:3-2:11");
  EXPECT_EQ(where(s, d, "/family"), "2:13-2:18");
  EXPECT_EQ(where(s, d, "/cpu"), "3:10-3:15");
  EXPECT_EQ(start(s, d, "/containerDefinitions"), "4:27");
  EXPECT_EQ(start(s, d, "/containerDefinitions/0"), "5:5");
  EXPECT_EQ(where(s, d, "/containerDefinitions/0/name", true), "6:7-6:13");
  EXPECT_EQ(where(s, d, "/containerDefinitions/0/name"), "6:15-6:20");
  EXPECT_EQ(where(s, d, "/containerDefinitions/0/essential"), "7:20-7:24");
  EXPECT_EQ(where(s, d, "/containerDefinitions/0/memory"), "8:17-8:20");
  // A missing member is reported at the nearest ancestor: the item (no key) itself.
  EXPECT_EQ(start(s, d, "/containerDefinitions/0/image"), "5:5");
  // A missing member of a member is reported at that member's key.
  EXPECT_EQ(start(s, d, "/containerDefinitions/7"), "4:3");
}

TEST(LoadJson, CrlfLineEndings) {
  EXPECT_EQ(regions(load_json, "{\r\n  \"a\": 1,\r\n  \"b\": \"x\"\r\n}\r\n",
                    {"/a", "key:/b", "/b"}),
            "/a 2:8-2:9; key:/b 3:3-3:6; /b 3:8-3:11");
}

TEST(LoadJson, TabsBetweenTokensCountOneColumn) {
  EXPECT_EQ(regions(load_json, "{\t\"a\":\t\"x\"}", {"key:/a", "/a"}),
            "key:/a 1:3-1:6; /a 1:8-1:11");
}

TEST(LoadJson, RawTabInsideStringIsAParseErrorAtTheTab) {
  // RFC 8259: control characters must be escaped inside strings.
  Document d = load_json(make_source("t.json", "{\"a\": \"x\ty\"}"));
  EXPECT_EQ(failure(d).substr(0, 32), "parse-error 1:9 not valid JSON: ");
}

TEST(LoadJson, ByteOrderMarkIsSkipped) {
  EXPECT_EQ(regions(load_json, "\xEF\xBB\xBF{\"a\": 1}", {"key:/a", "/a"}),
            "key:/a 1:2-1:5; /a 1:7-1:8");
}

TEST(LoadJson, EmptyFile) {
  EXPECT_EQ(failure(load_json(make_source("t.json", ""))),
            "parse-error 1:1 not valid JSON: the document is empty");
}

TEST(LoadJson, DuplicateKeysKeepTheLastAndPointAtBoth) {
  const char* text = "{\n  \"family\": \"a\",\n  \"cpu\": \"256\",\n  \"family\": \"b\"\n}";
  EXPECT_EQ(regions(load_json, text, {"/family", "/cpu"}), "/family 4:13-4:16; /cpu 3:10-3:15");
  Document d = load_json(make_source("t", text));
  EXPECT_EQ(d.root.MemberCount(), 2u);
  EXPECT_STREQ(d.root["family"].GetString(), "b");
  // Reported at the kept key, with the dropped one as related location.
  EXPECT_EQ(test::findings_of(d), "duplicate-key 4:3-4:11 (earlier occurrence 2:3-2:11)\n");
}

TEST(LoadJson, NestingLimitIs128Levels) {
  EXPECT_TRUE(load_json(make_source("t.json", nested(128, "[", "]"))).ok);
  // The 129th bracket is where the limit is crossed.
  EXPECT_EQ(failure(load_json(make_source("t.json", nested(129, "[", "]")))),
            "parse-error 1:129 not valid JSON: nesting deeper than 128 levels; not an ECS "
            "document");
  Document d = load_json(make_source("t.json", nested(200, "{\"a\":", "}")));
  EXPECT_NE(failure(d).find("nesting deeper than 128 levels"), std::string::npos);
}

TEST(LoadJson, HundredThousandLevelsFailFast) {
  auto begin = std::chrono::steady_clock::now();
  Document d = load_json(make_source("t.json", nested(100000, "[", "]")));
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  EXPECT_NE(failure(d).find("nesting deeper than 128 levels"), std::string::npos);
  EXPECT_LT(seconds, 2.0);
}

TEST(LoadJson, NonAsciiColumnsCountUtf16Units) {
  // "é" is one unit, "😀" two.
  Source s = make_source("t.json", "{\"é😀\": \"ü\", \"b\": 1}");
  Document d = load_json(s);
  ASSERT_TRUE(d.ok);
  EXPECT_EQ(where(s, d, "/é😀", true), "1:2-1:7");
  EXPECT_EQ(where(s, d, "/é😀"), "1:9-1:12");
  EXPECT_EQ(where(s, d, "/b"), "1:19-1:20");
}

TEST(LoadJson, InvalidUtf8IsReportedWhereItStarts) {
  Document d = load_json(make_source("t.json", "{\n  \"a\": \"\xFF\"\n}"));
  EXPECT_EQ(failure(d), "parse-error 2:9 not valid JSON: invalid encoding in string");
}

TEST(LoadJson, TruncatedFileIsReportedAtItsEnd) {
  EXPECT_EQ(failure(load_json(make_source("t.json", "{\n  \"a\": 1,\n"))),
            "parse-error 3:1 not valid JSON: missing a name for object member");
  EXPECT_EQ(failure(load_json(make_source("t.json", "{\"a\": \"abc"))),
            "parse-error 1:11 not valid JSON: missing a closing quotation mark in string");
}

TEST(LoadJson, UnquotedPlaceholderIsNamed) {
  Document d = load_json(make_source("t.json", "{\n  \"containerPort\": ${PORT}\n}"));
  std::string f = failure(d);
  EXPECT_EQ(f.substr(0, 16), "parse-error 2:20");
  EXPECT_NE(f.find("placeholder `${PORT}`"), std::string::npos) << f;
}

}  // namespace
}  // namespace ecslint
