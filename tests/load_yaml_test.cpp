// The YAML loader: the same Document shape as JSON, YAML 1.2 core-schema typing, positions from
// yaml-cpp's marks, and bounded depth and alias expansion.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
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

double seconds_since(std::chrono::steady_clock::time_point begin) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
}

// kTaskJson in block style; columns counted by hand in the comments.
constexpr const char* kTaskYaml =
    "family: web\n"             // 1  key 1-7, value 9-12
    "cpu: \"256\"\n"            // 2  value 6-11
    "containerDefinitions:\n"   // 3  key 1-21
    "  - name: app\n"           // 4  sequence 3, item 5, key 5-9, value 11-14
    "    essential: true\n"     // 5  value 16-20
    "    memory: 512\n";        // 6  value 13-16

TEST(LoadYaml, BlockTwinOfJsonGivesTheSameTree) {
  Source ys = make_source("t.yaml", kTaskYaml);
  Source js = make_source("t.json", kTaskJson);
  Document y = load_yaml(ys);
  Document j = load_json(js);
  ASSERT_TRUE(y.ok) << failure(y);
  ASSERT_TRUE(j.ok);
  EXPECT_EQ(y.format, Format::yaml);
  EXPECT_TRUE(y.findings.empty());
  EXPECT_TRUE(y.root == j.root);
  EXPECT_EQ(y.locations.size(), j.locations.size());
  EXPECT_EQ(where(ys, y, "/family", true), "1:1-1:7");
  EXPECT_EQ(where(ys, y, "/family"), "1:9-1:12");
  EXPECT_EQ(where(ys, y, "/cpu"), "2:6-2:11");
  EXPECT_EQ(where(ys, y, "/containerDefinitions", true), "3:1-3:21");
  EXPECT_EQ(start(ys, y, "/containerDefinitions"), "4:3");
  EXPECT_EQ(start(ys, y, "/containerDefinitions/0"), "4:5");
  EXPECT_EQ(where(ys, y, "/containerDefinitions/0/name", true), "4:5-4:9");
  EXPECT_EQ(where(ys, y, "/containerDefinitions/0/name"), "4:11-4:14");
  EXPECT_EQ(where(ys, y, "/containerDefinitions/0/essential"), "5:16-5:20");
  EXPECT_EQ(where(ys, y, "/containerDefinitions/0/memory"), "6:13-6:16");
  EXPECT_EQ(start(ys, y, "/containerDefinitions/0/image"), "4:5");
}

TEST(LoadYaml, JsonTextThroughTheYamlLoaderLinesUpWithTheJsonLoader) {
  // YAML 1.2 is a superset of JSON, so the same bytes must give the same tree and regions.
  Source ys = make_source("t.yaml", kTaskJson);
  Source js = make_source("t.json", kTaskJson);
  Document y = load_yaml(ys);
  Document j = load_json(js);
  ASSERT_TRUE(y.ok) << failure(y);
  ASSERT_TRUE(j.ok);
  EXPECT_TRUE(y.root == j.root);
  for (const char* pointer : {"", "/family", "/cpu", "/containerDefinitions",
                              "/containerDefinitions/0", "/containerDefinitions/0/name",
                              "/containerDefinitions/0/essential",
                              "/containerDefinitions/0/memory"}) {
    EXPECT_EQ(where(ys, y, pointer), where(js, j, pointer)) << pointer;
    EXPECT_EQ(where(ys, y, pointer, true), where(js, j, pointer, true)) << pointer;
  }
}

TEST(LoadYaml, CoreSchemaScalarTyping) {
  Document d = load_yaml(make_source("t.yaml",
                                     "quoted: \"256\"\n"
                                     "plain: 256\n"
                                     "yes_: yes\n"
                                     "hex: 0x1F\n"
                                     "exp: 1e3\n"
                                     "tilde: ~\n"
                                     "qtrue: \"true\"\n"
                                     "btrue: true\n"));
  ASSERT_TRUE(d.ok) << failure(d);
  const Json& r = d.root;
  ASSERT_TRUE(r["quoted"].IsString());
  EXPECT_STREQ(r["quoted"].GetString(), "256");
  ASSERT_TRUE(r["plain"].IsInt64());
  EXPECT_EQ(r["plain"].GetInt64(), 256);
  ASSERT_TRUE(r["yes_"].IsString());
  EXPECT_STREQ(r["yes_"].GetString(), "yes");
  ASSERT_TRUE(r["hex"].IsInt64());
  EXPECT_EQ(r["hex"].GetInt64(), 31);
  ASSERT_TRUE(r["exp"].IsDouble());
  EXPECT_EQ(r["exp"].GetDouble(), 1000.0);
  EXPECT_TRUE(r["tilde"].IsNull());
  ASSERT_TRUE(r["qtrue"].IsString());
  EXPECT_STREQ(r["qtrue"].GetString(), "true");
  ASSERT_TRUE(r["btrue"].IsBool());
  EXPECT_TRUE(r["btrue"].GetBool());
}

TEST(LoadYaml, CoreSchemaEdgesAndTags) {
  Document d = load_yaml(make_source("t.yaml",
                                     "octal: 0o17\n"
                                     "neg: -42\n"
                                     "plus: +12\n"
                                     "float: -1.5\n"
                                     "lead: .5\n"
                                     "trail: 5.\n"
                                     "inf: .inf\n"
                                     "nan: .NaN\n"
                                     "no: no\n"
                                     "on: off\n"
                                     "upper: NULL\n"
                                     "mixed: tRue\n"
                                     "title: False\n"
                                     "under: 1_000\n"
                                     "bigu: 18446744073709551615\n"
                                     "big: 18446744073709551616\n"
                                     "min: -9223372036854775808\n"
                                     "hexbig: 0x10000000000000000\n"
                                     "str_tag: !!str 12\n"
                                     "int_tag: !!int \"7\"\n"
                                     "float_tag: !!float 1\n"
                                     "bool_tag: !!bool yes\n"
                                     "null_tag: !!null \"\"\n"
                                     "ref: !Ref x\n"
                                     "custom_seq: !Custom [1, 2]\n"
                                     "bare_hex: 0x\n"
                                     "bare_exp: 1e\n"
                                     "80: x\n"));
  ASSERT_TRUE(d.ok) << failure(d);
  const Json& r = d.root;
  auto is_string = [&](const char* key, const char* value) {
    return r[key].IsString() && std::string(r[key].GetString()) == value;
  };
  EXPECT_TRUE(r["octal"].IsInt64() && r["octal"].GetInt64() == 15);
  EXPECT_TRUE(r["neg"].IsInt64() && r["neg"].GetInt64() == -42);
  EXPECT_TRUE(r["plus"].IsInt64() && r["plus"].GetInt64() == 12);
  EXPECT_TRUE(r["float"].IsDouble() && r["float"].GetDouble() == -1.5);
  EXPECT_TRUE(r["lead"].IsDouble() && r["lead"].GetDouble() == 0.5);
  EXPECT_TRUE(r["trail"].IsDouble() && r["trail"].GetDouble() == 5.0);
  EXPECT_TRUE(is_string("inf", ".inf"));
  EXPECT_TRUE(is_string("nan", ".NaN"));
  EXPECT_TRUE(is_string("no", "no"));
  EXPECT_TRUE(is_string("on", "off"));
  EXPECT_TRUE(r["upper"].IsNull());
  EXPECT_TRUE(is_string("mixed", "tRue"));
  EXPECT_TRUE(r["title"].IsBool() && !r["title"].GetBool());
  EXPECT_TRUE(is_string("under", "1_000"));  // YAML 1.1 digit separators are gone in 1.2
  EXPECT_TRUE(r["bigu"].IsUint64() && r["bigu"].GetUint64() == UINT64_MAX);
  EXPECT_TRUE(r["big"].IsDouble() && r["big"].GetDouble() == 18446744073709551616.0);
  EXPECT_TRUE(r["min"].IsInt64() && r["min"].GetInt64() == INT64_MIN);
  EXPECT_TRUE(r["hexbig"].IsDouble() && r["hexbig"].GetDouble() == 18446744073709551616.0);
  EXPECT_TRUE(is_string("str_tag", "12"));
  EXPECT_TRUE(r["int_tag"].IsInt64() && r["int_tag"].GetInt64() == 7);
  EXPECT_TRUE(r["float_tag"].IsDouble() && r["float_tag"].GetDouble() == 1.0);
  EXPECT_TRUE(is_string("bool_tag", "yes"));
  EXPECT_TRUE(r["null_tag"].IsNull());
  // CloudFormation's short tags load as their long form (LoadYaml.CloudFormationShortTags).
  EXPECT_TRUE(r["ref"].IsObject() && r["ref"].HasMember("Ref"));
  ASSERT_TRUE(r["custom_seq"].IsArray());
  EXPECT_EQ(r["custom_seq"].Size(), 2u);
  EXPECT_TRUE(is_string("bare_hex", "0x"));
  EXPECT_TRUE(is_string("bare_exp", "1e"));
  EXPECT_TRUE(is_string("80", "x"));
}

// `!Ref X` loads as {"Ref": "X"} and `!Sub [...]` as {"Fn::Sub": [...]}, like a JSON template;
// the object sits where the tagged node is and its key is the tag. Columns counted by hand.
TEST(LoadYaml, CloudFormationShortTags) {
  Source s = make_source("t.yaml",
                         "image: !Ref Image\n"                  // 1 tag 8-12, value 8-18
                         "family: !Sub '${AWS::StackName}-x'\n"  // 2 tag 9-13
                         "arn: !GetAtt Role.Arn\n"               // 3
                         "pick: !If [Cond, 256, !Ref AWS::NoValue]\n"  // 4
                         "cond: !Condition IsProd\n"             // 5
                         "other: !Custom x\n"                    // 6 not CloudFormation's
                         "kept: !!str 5\n");                     // 7 a standard tag
  Document d = load_yaml(s);
  ASSERT_TRUE(d.ok) << failure(d);
  const Json& r = d.root;
  ASSERT_TRUE(r["image"].IsObject());
  EXPECT_EQ(r["image"].MemberCount(), 1u);
  EXPECT_STREQ(r["image"]["Ref"].GetString(), "Image");
  EXPECT_STREQ(r["family"]["Fn::Sub"].GetString(), "${AWS::StackName}-x");
  EXPECT_STREQ(r["arn"]["Fn::GetAtt"].GetString(), "Role.Arn");
  ASSERT_TRUE(r["pick"]["Fn::If"].IsArray());
  EXPECT_EQ(r["pick"]["Fn::If"].Size(), 3u);
  EXPECT_EQ(r["pick"]["Fn::If"][1].GetInt64(), 256);
  EXPECT_STREQ(r["pick"]["Fn::If"][2]["Ref"].GetString(), "AWS::NoValue");
  EXPECT_STREQ(r["cond"]["Condition"].GetString(), "IsProd");
  EXPECT_STREQ(r["other"].GetString(), "x");
  EXPECT_STREQ(r["kept"].GetString(), "5");
  EXPECT_EQ(where(s, d, "/image"), "1:8-1:18");
  EXPECT_EQ(where(s, d, "/image/Ref", true), "1:8-1:12");
  EXPECT_EQ(where(s, d, "/image/Ref"), "1:8-1:18");
  EXPECT_EQ(where(s, d, "/family/Fn::Sub", true), "2:9-2:13");
  EXPECT_EQ(start(s, d, "/pick/Fn::If/2/Ref"), "4:23");
}

// yaml-cpp 0.7 alone rejects `- !Sub >` whose text is indented two columns past the dash
// (valid YAML; jbeder/yaml-cpp#1163). Such a tag is hidden from yaml-cpp and put back.
TEST(LoadYaml, TaggedBlockScalarInASequence) {
  Source s = make_source("t.yaml",
                         "Command:\n"                  // 1
                         "  - !Sub >\n"                // 2 tag 5-8, indicator 10
                         "    exec proxy ${Name}\n"    // 3
                         "  - !!str |\n"               // 4 a standard tag: a string anyway
                         "    two\n"                   // 5
                         "  - - !Join |\n"             // 6 nested item: tag 7-11
                         "      x\n");                 // 7
  Document d = load_yaml(s);
  ASSERT_TRUE(d.ok) << failure(d);
  const Json& list = d.root["Command"];
  ASSERT_TRUE(list.IsArray() && list.Size() == 3u);
  EXPECT_STREQ(list[0]["Fn::Sub"].GetString(), "exec proxy ${Name}\n");
  EXPECT_STREQ(list[1].GetString(), "two\n");
  EXPECT_STREQ(list[2][0]["Fn::Join"].GetString(), "x\n");
  EXPECT_EQ(where(s, d, "/Command/0/Fn::Sub", true), "2:5-2:9");
  EXPECT_EQ(start(s, d, "/Command/0"), "2:5");
  EXPECT_EQ(where(s, d, "/Command/2/0/Fn::Join", true), "6:7-6:12");
}

TEST(LoadYaml, NullsNonAsciiAndQuotedRegions) {
  Source s = make_source("t.yaml",
                         "é😀: \"ü\"\n"   // 1  key 1-4 (é one unit, 😀 two), value 6-9
                         "w:\n"           // 2  empty: reported at the key
                         "z: ~\n"         // 3
                         "list:\n"        // 4
                         "- a\n"          // 5
                         "-\n"            // 6  empty item: at its "-"
                         "- 'it''s'\n");  // 7  value 3-10
  Document d = load_yaml(s);
  ASSERT_TRUE(d.ok) << failure(d);
  EXPECT_EQ(where(s, d, "/é😀", true), "1:1-1:4");
  EXPECT_EQ(where(s, d, "/é😀"), "1:6-1:9");
  EXPECT_TRUE(d.root["w"].IsNull());
  EXPECT_EQ(where(s, d, "/w"), "2:1-2:2");
  EXPECT_EQ(where(s, d, "/z"), "3:4-3:5");
  EXPECT_EQ(where(s, d, "/list/0"), "5:3-5:4");
  EXPECT_TRUE(d.root["list"][1].IsNull());
  EXPECT_EQ(where(s, d, "/list/1"), "6:1-6:1");
  EXPECT_STREQ(d.root["list"][2].GetString(), "it's");
  EXPECT_EQ(where(s, d, "/list/2"), "7:3-7:10");
}

TEST(LoadYaml, CrlfLineEndings) {
  EXPECT_EQ(regions(load_yaml, "a: 1\r\nb: x\r\n", {"/a", "key:/b", "/b"}),
            "/a 1:4-1:5; key:/b 2:1-2:2; /b 2:4-2:5");
}

TEST(LoadYaml, TabsInsideValuesAreKeptAndCountOneColumn) {
  Source s = make_source("t.yaml", "a: \"x\ty\"\nb: x\ty\nc: 1\t# note\n");
  Document d = load_yaml(s);
  ASSERT_TRUE(d.ok) << failure(d);
  EXPECT_STREQ(d.root["a"].GetString(), "x\ty");
  EXPECT_STREQ(d.root["b"].GetString(), "x\ty");
  EXPECT_EQ(d.root["c"].GetInt64(), 1);
  EXPECT_EQ(where(s, d, "/a"), "1:4-1:9");
  EXPECT_EQ(where(s, d, "/b"), "2:4-2:7");
  EXPECT_EQ(where(s, d, "/c"), "3:4-3:5");
}

TEST(LoadYaml, TabInIndentationIsAParseError) {
  EXPECT_EQ(failure(load_yaml(make_source("t.yaml", "a: 1\n\tb: 2\n"))),
            "parse-error 2:1 not valid YAML: illegal tab when looking for indentation");
}

TEST(LoadYaml, SyntaxErrorsArePlainWordsAtTheirMark) {
  // The second ':' of "b: c" is where a map value is illegal.
  EXPECT_EQ(failure(load_yaml(make_source("t.yaml", "a: b: c\n"))),
            "parse-error 1:5 not valid YAML: illegal map value");
}

TEST(LoadYaml, ByteOrderMarkIsSkipped) {
  EXPECT_EQ(regions(load_yaml, "\xEF\xBB\xBF" "a: 1\nb: x\n", {"key:/a", "/a", "/b"}),
            "key:/a 1:1-1:2; /a 1:4-1:5; /b 2:4-2:5");
  // yaml-cpp's offsets do not count the BOM; the error must still land on the second ':'.
  EXPECT_EQ(failure(load_yaml(make_source("t.yaml", "\xEF\xBB\xBF" "a: b: c\n"))),
            "parse-error 1:5 not valid YAML: illegal map value");
}

TEST(LoadYaml, EmptyFile) {
  for (const char* text : {"", "# only a comment\n", "---\n", "\xEF\xBB\xBF"})
    EXPECT_EQ(failure(load_yaml(make_source("t.yaml", text))), "parse-error 1:1 the file is empty")
        << text;
}

TEST(LoadYaml, DuplicateKeysKeepTheLastAndPointAtBoth) {
  const char* text = "family: a\ncpu: \"256\"\nfamily: b\n";
  EXPECT_EQ(regions(load_yaml, text, {"/family", "/cpu"}), "/family 3:9-3:10; /cpu 2:6-2:11");
  Document d = load_yaml(make_source("t", text));
  EXPECT_EQ(d.root.MemberCount(), 2u);
  EXPECT_STREQ(d.root["family"].GetString(), "b");
  // Reported at the kept key, with the dropped one as related location.
  EXPECT_EQ(test::findings_of(d), "duplicate-key 3:1-3:7 (earlier occurrence 1:1-1:7)\n");
}

TEST(LoadYaml, NestingLimitIs128Levels) {
  EXPECT_TRUE(load_yaml(make_source("t.yaml", nested(128, "[", "]"))).ok);
  EXPECT_EQ(failure(load_yaml(make_source("t.yaml", nested(129, "[", "]")))),
            "parse-error 1:129 nesting deeper than 128 levels; not an ECS document");
  // Block style, 200 levels: mapping number 129 starts on line 129 after 2 * 128 spaces.
  std::string block;
  for (size_t i = 0; i < 200; ++i) block += std::string(2 * i, ' ') + "a:\n";
  EXPECT_EQ(failure(load_yaml(make_source("t.yaml", block))),
            "parse-error 129:257 nesting deeper than 128 levels; not an ECS document");
}

TEST(LoadYaml, HundredThousandLevelsFailFast) {
  auto begin = std::chrono::steady_clock::now();
  Document d = load_yaml(make_source("t.yaml", nested(100000, "[", "]")));
  EXPECT_NE(failure(d).find("nesting deeper than 128 levels"), std::string::npos) << failure(d);
  EXPECT_LT(seconds_since(begin), 5.0);
}

TEST(LoadYaml, BillionLaughsFailsFast) {
  std::string text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (char level = 'b'; level <= 'i'; ++level) {
    std::string alias = std::string("*") + static_cast<char>(level - 1);
    text += fmt::format("{0}: &{0} [{1}, {1}, {1}, {1}, {1}, {1}, {1}, {1}, {1}, {1}]\n", level,
                        alias);
  }
  auto begin = std::chrono::steady_clock::now();
  Document d = load_yaml(make_source("t.yaml", text));
  EXPECT_NE(failure(d).find("alias expansion limit exceeded (YAML alias bomb?)"),
            std::string::npos)
      << failure(d);
  EXPECT_LT(seconds_since(begin), 2.0);
}

TEST(LoadYaml, AliasesAreCopiedAndPointAtTheAlias) {
  Source s = make_source("t.yaml", "a: &x {k: 1}\nb: *x\n");
  Document d = load_yaml(s);
  ASSERT_TRUE(d.ok) << failure(d);
  EXPECT_TRUE(d.root["a"] == d.root["b"]);
  EXPECT_EQ(where(s, d, "/b"), "2:4-2:6");
  EXPECT_EQ(where(s, d, "/b/k"), "1:11-1:12");  // inside the copy: the anchored original
}

TEST(LoadYaml, AliasesOfScalarsAndNullsPointAtTheAlias) {
  Source s = make_source("t.yaml", "a: &s text\nn: &n ~\nb: *s\nc: *n\n");
  Document d = load_yaml(s);
  ASSERT_TRUE(d.ok) << failure(d);
  EXPECT_STREQ(d.root["b"].GetString(), "text");
  EXPECT_TRUE(d.root["c"].IsNull());
  EXPECT_EQ(where(s, d, "/b"), "3:4-3:6");
  EXPECT_EQ(where(s, d, "/c"), "4:4-4:6");
}

TEST(LoadYaml, LongStringAliasBombFailsFast) {
  // 100 copies of a 1 MB string: few nodes, but 100 MB of text.
  std::string text = "a: &a \"" + std::string(1 << 20, 'x') + "\"\n";
  text += "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n";
  text += "c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n";
  auto begin = std::chrono::steady_clock::now();
  Document d = load_yaml(make_source("t.yaml", text));
  EXPECT_NE(failure(d).find("alias expansion limit exceeded"), std::string::npos) << failure(d);
  EXPECT_LT(seconds_since(begin), 2.0);
}

TEST(LoadYaml, LargeFileWithoutAliasesIsNotRefused) {
  // 200,001 nodes: past the 100,000-node floor, within twice the file size.
  std::string text = "[";
  for (int i = 0; i < 200000; ++i) text += "1,";
  text += "1]";
  Document d = load_yaml(make_source("t.yaml", text));
  ASSERT_TRUE(d.ok) << failure(d);
  EXPECT_EQ(d.root.Size(), 200001u);
  EXPECT_EQ(d.locations.size(), 200002u);
}

TEST(LoadYaml, RecursiveAliasesStopAtTheNestingLimit) {
  for (const char* text : {"a: &x [ *x ]\n", "a: &m\n  <<: *m\n"}) {
    Document d = load_yaml(make_source("t.yaml", text));
    EXPECT_NE(failure(d).find("nesting deeper than 128 levels"), std::string::npos) << text;
  }
}

TEST(LoadYaml, MergeKeysAreApplied) {
  Source s = make_source("t.yaml",
                         "base: &base\n"     // 1
                         "  image: nginx\n"  // 2  value 10-15
                         "  cpu: 256\n"      // 3
                         "web:\n"            // 4
                         "  <<: *base\n"     // 5
                         "  cpu: 512\n");    // 6  value 8-11
  Document d = load_yaml(s);
  ASSERT_TRUE(d.ok) << failure(d);
  EXPECT_TRUE(d.findings.empty());  // an overridden merged key is not a duplicate
  const Json& web = d.root["web"];
  ASSERT_EQ(web.MemberCount(), 2u);
  EXPECT_STREQ(web.MemberBegin()[0].name.GetString(), "image");
  EXPECT_STREQ(web["image"].GetString(), "nginx");
  EXPECT_EQ(web["cpu"].GetInt64(), 512);
  EXPECT_EQ(where(s, d, "/web/image"), "2:10-2:15");
  EXPECT_EQ(where(s, d, "/web/cpu"), "6:8-6:11");
}

TEST(LoadYaml, EarlierMergedMappingsWin) {
  Document d = load_yaml(make_source("t.yaml",
                                     "a: &a {x: 1, y: 1}\n"
                                     "b: &b {y: 2, z: 2}\n"
                                     "c:\n"
                                     "  <<: [*a, *b]\n"
                                     "\"<<\": 3\n"));
  ASSERT_TRUE(d.ok) << failure(d);
  const Json& c = d.root["c"];
  ASSERT_EQ(c.MemberCount(), 3u);
  EXPECT_EQ(c["x"].GetInt64(), 1);
  EXPECT_EQ(c["y"].GetInt64(), 1);
  EXPECT_EQ(c["z"].GetInt64(), 2);
  EXPECT_EQ(d.root["<<"].GetInt64(), 3);  // a quoted "<<" is an ordinary key
}

TEST(LoadYaml, MergeOfANonMappingIsRefused) {
  EXPECT_EQ(failure(load_yaml(make_source("t.yaml", "a:\n  <<: 5\n"))),
            "parse-error 2:3 a merge key `<<` needs a mapping or a list of mappings (e.g. `<<: "
            "*base`)");
}

TEST(LoadYaml, KeysBecomeText) {
  Document d = load_yaml(make_source("t.yaml", "80: x\ntrue: y\n~: z\n"));
  ASSERT_TRUE(d.ok) << failure(d);
  EXPECT_TRUE(d.root.HasMember("80"));
  EXPECT_TRUE(d.root.HasMember("true"));
  EXPECT_TRUE(d.root.HasMember("~"));
  EXPECT_EQ(failure(load_yaml(make_source("t.yaml", "? [1]\n: z\n"))),
            "parse-error 1:3 a mapping key is itself a mapping or sequence; JSON keys must be "
            "strings");
}

TEST(LoadYaml, OneDocumentPerFile) {
  EXPECT_EQ(failure(load_yaml(make_source("t.yaml", "a: 1\n---\nb: 2\n"))),
            "parse-error 3:1 this file holds 2 YAML documents; ecslint lints one document per "
            "file");
  EXPECT_EQ(failure(load_yaml(make_source("t.yaml", "a: 1\n---\nb: 2\n---\nc: 3\n"))),
            "parse-error 3:1 this file holds 3 YAML documents; ecslint lints one document per "
            "file");
  Source s = make_source("t.yaml", "---\na: 1\n");
  Document d = load_yaml(s);
  ASSERT_TRUE(d.ok) << failure(d);
  EXPECT_EQ(where(s, d, "/a"), "2:4-2:5");
  EXPECT_TRUE(load_yaml(make_source("t.yaml", "a: 1\n---\n")).ok);
}

TEST(LoadYaml, TopLevelScalarOrSequenceIsADocument) {
  Source s = make_source("t.yaml", "- 1\n- 2\n");
  Document d = load_yaml(s);
  ASSERT_TRUE(d.ok) << failure(d);
  ASSERT_TRUE(d.root.IsArray());
  EXPECT_EQ(d.root.Size(), 2u);
  EXPECT_EQ(where(s, d, "/1"), "2:3-2:4");
  Document scalar = load_yaml(make_source("t.yaml", "hello\n"));
  ASSERT_TRUE(scalar.ok) << failure(scalar);
  EXPECT_STREQ(scalar.root.GetString(), "hello");
}

TEST(LoadYaml, InvalidUtf8IsAParseError) {
  EXPECT_EQ(failure(load_yaml(make_source("t.yaml", "a: 1\nb: \xFF\n"))),
            "parse-error 2:4 not valid YAML: invalid UTF-8 encoding");
  // An overlong "/" and a UTF-16 surrogate are not UTF-8 either.
  EXPECT_FALSE(load_yaml(make_source("t.yaml", "a: \xC0\xAF\n")).ok);
  EXPECT_FALSE(load_yaml(make_source("t.yaml", "a: \xED\xA0\x80\n")).ok);
}

}  // namespace
}  // namespace ecslint
