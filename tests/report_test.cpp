// Output writers: exact output for small hand-made reports, and the SARIF checked against the
// OASIS SARIF 2.1.0 schema. Expected strings are written from the format descriptions (DESIGN §1,
// ecosystem.md §0.1 and §2, the GitHub Actions toolkit's escaping), not copied from output.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "core/json.hpp"
#include "tests/sarif_schema.hpp"

#include "cli/report.hpp"
#include "cli/report_util.hpp"
#include "rules/rule.hpp"

namespace ecslint {
namespace {

constexpr const char* kUnicodePath = "deploy/task def \xC3\xA9.json";  // "é" is C3 A9 in UTF-8
constexpr const char* kUnicodeUri = "deploy/task%20def%20%C3%A9.json";

Finding make_finding(const char* rule, Level level, std::string message, std::string pointer,
                     Region region) {
  Finding f;
  f.rule = rule;
  f.level = level;
  f.message = std::move(message);
  f.pointer = std::move(pointer);
  f.located = true;
  f.region = region;
  return f;
}

FileResult make_file(const char* path, Kind kind, std::vector<Finding> findings) {
  FileResult r;
  r.source = make_source(path, "{}\n");
  r.kind = kind;
  r.findings = std::move(findings);
  return r;
}

// The task definition (text not needed by the writers):
//   1 {
//   2   "family": 12345,
//   3   "cpu": "256",
//   4   "cpu": "512"
//   5 }
// "12345" spans columns 13..17 (end 18 exclusive); each "cpu" key spans columns 3..7 (end 8).
std::vector<FileResult> sample_files() {
  Finding schema = make_finding("schema-violation", Level::error, "expected a string,\ngot 1",
                                "/family", Region{{2, 13}, {2, 18}});
  Finding dup = make_finding("duplicate-key", Level::warning, "duplicate key \"cpu\"", "/cpu",
                             Region{{4, 3}, {4, 8}});
  dup.related.push_back(Related{"", Region{{3, 3}, {3, 8}}, "first value"});
  std::vector<FileResult> files;
  files.push_back(make_file(kUnicodePath, kTaskDefinition, {schema, dup}));
  files.push_back(make_file("ok.yaml", kService, {}));
  return files;
}

// ---- text ---------------------------------------------------------------------------------

TEST(ReportText, OneLinePerFindingWithoutColour) {
  std::vector<FileResult> files = sample_files();
  RuleSettings rules;
  Report report{files, rules, {}};
  EXPECT_EQ(format_text(report, false),
            "deploy/task def \xC3\xA9.json:2:13: error: expected a string, got 1 [schema-violation]\n"
            "deploy/task def \xC3\xA9.json:4:3: warning: duplicate key \"cpu\" [duplicate-key]\n");
}

TEST(ReportText, ColoursOnlyTheLevelWord) {
  // SGR 1 = bold; 91/93/96 = bright red/yellow/cyan; 0 = reset.
  std::vector<FileResult> files;
  files.push_back(make_file("a.json", kTaskDefinition,
                            {make_finding("r-e", Level::error, "m1", "", Region{{1, 1}, {1, 1}}),
                             make_finding("r-w", Level::warning, "m2", "", Region{{2, 1}, {2, 1}}),
                             make_finding("r-n", Level::note, "m3", "", Region{{3, 1}, {3, 1}})}));
  RuleSettings rules;
  Report report{files, rules, {}};
  EXPECT_EQ(format_text(report, true),
            "a.json:1:1: \x1b[1m\x1b[91merror\x1b[0m: m1 [r-e]\n"
            "a.json:2:1: \x1b[1m\x1b[93mwarning\x1b[0m: m2 [r-w]\n"
            "a.json:3:1: \x1b[1m\x1b[96mnote\x1b[0m: m3 [r-n]\n");
}

TEST(ReportText, UnknownPositionShowsAsLineOneColumnOne) {
  std::vector<FileResult> files;
  files.push_back(make_file("<stdin>", kNoKind,
                            {make_finding("parse-error", Level::error, "bad", "", Region{})}));
  RuleSettings rules;
  Report report{files, rules, {}};
  EXPECT_EQ(format_text(report, false), "<stdin>:1:1: error: bad [parse-error]\n");
}

// One file holding `text`, with one finding per region given (rule "r", level error).
std::vector<FileResult> snippet_file(const std::string& text, std::vector<Region> regions) {
  std::vector<Finding> findings;
  for (const Region& r : regions) findings.push_back(make_finding("r", Level::error, "m", "", r));
  FileResult file = make_file("t.json", kTaskDefinition, std::move(findings));
  file.source = make_source("t.json", text);
  std::vector<FileResult> files;
  files.push_back(std::move(file));
  return files;
}

std::string snippets(const std::string& text, std::vector<Region> regions, bool color = false) {
  std::vector<FileResult> files = snippet_file(text, std::move(regions));
  RuleSettings rules;
  return format_text(Report{files, rules, {}}, color, true);
}

TEST(ReportText, SnippetUnderlinesTheFindingsColumns) {
  // `  "cpu": "256"`: the value "256" with its quotes is columns 10..14, end 15.
  EXPECT_EQ(snippets("{\n  \"cpu\": \"256\"\n}\n", {Region{{2, 10}, {2, 15}}}),
            "t.json:2:10: error: m [r]\n"
            "   |\n"
            " 2 |   \"cpu\": \"256\"\n"
            "   |          ^~~~~\n");
  // The gutter grows with the line number; an unknown extent is one caret.
  std::string ten_lines(9, '\n');
  EXPECT_EQ(snippets(ten_lines + "abc\n", {Region{{10, 2}, {10, 2}}}),
            "t.json:10:2: error: m [r]\n"
            "    |\n"
            " 10 | abc\n"
            "    |  ^\n");
}

TEST(ReportText, SnippetCountsTabsAndWideCharactersInCells) {
  // "\t\"é\": \"🙂x\"": tab = column 1, é = 3, 🙂 = 8-9 (two UTF-16 units), x = 10, end 11.
  // On screen the tab fills cells 0-3, é is one cell, 🙂 two: the caret starts at cell 10
  // and spans 🙂x in three cells.
  EXPECT_EQ(snippets("\t\"\xC3\xA9\": \"\xF0\x9F\x99\x82x\"\n", {Region{{1, 8}, {1, 11}}}),
            "t.json:1:8: error: m [r]\n"
            "   |\n"
            " 1 |     \"\xC3\xA9\": \"\xF0\x9F\x99\x82x\"\n"
            "   |           ^~~\n");
  // A tab after two characters reaches the next stop (cell 4) only.
  EXPECT_EQ(snippets("ab\tc\n", {Region{{1, 4}, {1, 5}}}),
            "t.json:1:4: error: m [r]\n"
            "   |\n"
            " 1 | ab  c\n"
            "   |     ^\n");
}

TEST(ReportText, SnippetOfARegionSpanningLinesUnderlinesToTheLineEnd) {
  EXPECT_EQ(snippets("x = abc\ndef\n", {Region{{1, 5}, {2, 2}}}),
            "t.json:1:5: error: m [r]\n"
            "   |\n"
            " 1 | x = abc\n"
            "   |     ^~~\n");
}

TEST(ReportText, SnippetNeverPrintsControlCharacters) {
  EXPECT_EQ(snippets("a\x1b[31mb\n", {Region{{1, 7}, {1, 8}}}),
            "t.json:1:7: error: m [r]\n"
            "   |\n"
            " 1 | a?[31mb\n"
            "   |       ^\n");
}

TEST(ReportText, SnippetOfALongLineIsAWindowAroundTheFinding) {
  // 199 "a", then XYZ at columns 200-202, then 98 "b": 30 cells before the caret and 100 in
  // all are shown, with "..." where the line was cut.
  std::string line = std::string(199, 'a') + "XYZ" + std::string(98, 'b');
  EXPECT_EQ(snippets(line + "\n", {Region{{1, 200}, {1, 203}}}),
            "t.json:1:200: error: m [r]\n"
            "   |\n"
            " 1 | ..." + std::string(30, 'a') + "XYZ" + std::string(67, 'b') + "...\n"
            "   | " + std::string(33, ' ') + "^~~\n");
}

TEST(ReportText, SnippetCaretTakesTheLevelColour) {
  EXPECT_EQ(snippets("ab\n", {Region{{1, 2}, {1, 3}}}, true),
            "t.json:1:2: \x1b[1m\x1b[91merror\x1b[0m: m [r]\n"
            "   |\n"
            " 1 | ab\n"
            "   |  \x1b[1m\x1b[91m^\x1b[0m\n");
}

TEST(ReportText, SnippetAtTheEndOfALineOrAfterTheLastLine) {
  // A position just past the text still gets a caret; a line the file does not have, none.
  EXPECT_EQ(snippets("ab", {Region{{1, 3}, {1, 3}}, Region{{5, 1}, {5, 1}}}),
            "t.json:1:3: error: m [r]\n"
            "   |\n"
            " 1 | ab\n"
            "   |   ^\n"
            "t.json:5:1: error: m [r]\n");
}

TEST(ReportText, SummaryCountsLevelsAndFiles) {
  RuleSettings rules;
  std::vector<FileResult> files = sample_files();  // 1 error + 1 warning in the first of two
  EXPECT_EQ(format_summary(Report{files, rules, {}}), "1 error, 1 warning in 1 of 2 files\n");
  std::vector<FileResult> notes;
  notes.push_back(make_file("a.json", kTaskDefinition,
                            {make_finding("r", Level::note, "m", "", Region{{1, 1}, {1, 1}}),
                             make_finding("r", Level::note, "m", "", Region{{2, 1}, {2, 1}})}));
  EXPECT_EQ(format_summary(Report{notes, rules, {}}), "2 notes in 1 of 1 file\n");
  notes[0].findings.clear();
  EXPECT_EQ(format_summary(Report{notes, rules, {}}), "no findings in 1 file\n");
  std::vector<FileResult> none;
  EXPECT_EQ(format_summary(Report{none, rules, {}}), "no findings in 0 files\n");
}

// ---- json ---------------------------------------------------------------------------------

TEST(ReportJson, ExactOutput) {
  std::vector<FileResult> files = sample_files();
  RuleSettings rules;
  Report report{files, rules, {"missing.json: not found"}};
  const std::string expected = R"({
  "version": 1,
  "tool": {
    "name": "ecslint",
    "version": ")" ECSLINT_VERSION R"("
  },
  "results": [
    {
      "rule": "schema-violation",
      "level": "error",
      "message": "expected a string,\ngot 1",
      "file": "deploy/task def é.json",
      "kind": "task-definition",
      "pointer": "/family",
      "start": {
        "line": 2,
        "column": 13
      },
      "end": {
        "line": 2,
        "column": 18
      },
      "related": []
    },
    {
      "rule": "duplicate-key",
      "level": "warning",
      "message": "duplicate key \"cpu\"",
      "file": "deploy/task def é.json",
      "kind": "task-definition",
      "pointer": "/cpu",
      "start": {
        "line": 4,
        "column": 3
      },
      "end": {
        "line": 4,
        "column": 8
      },
      "related": [
        {
          "file": "deploy/task def é.json",
          "message": "first value",
          "start": {
            "line": 3,
            "column": 3
          },
          "end": {
            "line": 3,
            "column": 8
          }
        }
      ]
    }
  ],
  "summary": {
    "files": 2,
    "error": 1,
    "warning": 1,
    "note": 0
  },
  "notifications": [
    "missing.json: not found"
  ]
}
)";
  EXPECT_EQ(format_json(report), expected);
}

TEST(ReportJson, EmptyRunAndUnknownEnd) {
  std::vector<FileResult> none;
  RuleSettings rules;
  Report empty{none, rules, {}};
  rapidjson::Document doc;
  doc.Parse(format_json(empty).c_str());
  ASSERT_FALSE(doc.HasParseError());
  EXPECT_EQ(doc["version"].GetInt(), 1);
  EXPECT_EQ(doc["results"].Size(), 0u);
  EXPECT_EQ(doc["summary"]["files"].GetInt(), 0);
  EXPECT_EQ(doc["notifications"].Size(), 0u);

  // An unknown end is reported equal to the start; "kind" of an unclassified file is "unknown".
  std::vector<FileResult> files;
  files.push_back(make_file("<stdin>", kNoKind,
                            {make_finding("parse-error", Level::note, "x", "", Region{{5, 2}, {5, 2}})}));
  Report one{files, rules, {}};
  doc.Parse(format_json(one).c_str());
  ASSERT_FALSE(doc.HasParseError());
  const auto& r = doc["results"][0];
  EXPECT_STREQ(r["kind"].GetString(), "unknown");
  EXPECT_EQ(r["end"]["line"].GetInt(), 5);
  EXPECT_EQ(r["end"]["column"].GetInt(), 2);
  EXPECT_EQ(doc["summary"]["note"].GetInt(), 1);
}

TEST(ReportJson, InvalidUtf8BecomesReplacementCharacter) {
  std::vector<FileResult> files;
  files.push_back(make_file("bad\xFF.json", kTaskDefinition,
                            {make_finding("r", Level::error, "m\xC3", "", Region{{1, 1}, {1, 1}})}));
  RuleSettings rules;
  Report report{files, rules, {}};
  std::string out = format_json(report);
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(out.c_str());
  ASSERT_FALSE(doc.HasParseError());
  EXPECT_STREQ(doc["results"][0]["file"].GetString(), "bad\xEF\xBF\xBD.json");
  EXPECT_STREQ(doc["results"][0]["message"].GetString(), "m\xEF\xBF\xBD");
}

// ---- github -------------------------------------------------------------------------------

TEST(ReportGithub, CommandsThenPlainLines) {
  std::vector<FileResult> files;
  files.push_back(make_file(
      "dir,x/a:b.json", kTaskDefinition,
      {make_finding("duplicate-key", Level::warning, "50% done\r\nnext: a,b", "/a",
                    Region{{2, 3}, {2, 9}}),
       make_finding("unknown-kind", Level::note, "what is it", "", Region{{1, 1}, {1, 1}}),
       make_finding("parse-error", Level::error, "multi\nline", "", Region{{3, 1}, {4, 2}})}));
  RuleSettings rules;
  Report report{files, rules, {}};
  EXPECT_EQ(format_github(report),
            // Properties escape % CR LF : and , ; the message (data) only % CR LF.
            "::warning file=dir%2Cx/a%3Ab.json,line=2,col=3,endLine=2,endColumn=9,"
            "title=duplicate-key::50%25 done%0D%0Anext: a,b\n"
            // An end equal to the start is unknown: no endLine/endColumn.
            "::notice file=dir%2Cx/a%3Ab.json,line=1,col=1,title=unknown-kind::what is it\n"
            "::error file=dir%2Cx/a%3Ab.json,line=3,col=1,endLine=4,endColumn=2,"
            "title=parse-error::multi%0Aline\n"
            // The same findings as plain text lines, one line each.
            "dir,x/a:b.json:2:3: warning: 50% done next: a,b [duplicate-key]\n"
            "dir,x/a:b.json:1:1: note: what is it [unknown-kind]\n"
            "dir,x/a:b.json:3:1: error: multi line [parse-error]\n");
}

TEST(ReportGithub, EmptyReportPrintsNothing) {
  std::vector<FileResult> none;
  RuleSettings rules;
  Report report{none, rules, {}};
  EXPECT_EQ(format_github(report), "");
}

// ---- gitlab -------------------------------------------------------------------------------

std::string fingerprint(const std::string& rule, const std::string& path,
                        const std::string& pointer, int occurrence) {
  return fnv1a64_hex(rule + '\0' + path + '\0' + pointer + '\0' + std::to_string(occurrence));
}

// One issue as format_gitlab pretty-prints it inside the array; `description` is already
// JSON-escaped.
std::string gitlab_issue(const std::string& description, const std::string& rule,
                         const std::string& fingerprint, const std::string& severity,
                         const std::string& path, int line) {
  return "  {\n"
         "    \"description\": \"" + description + "\",\n"
         "    \"check_name\": \"" + rule + "\",\n"
         "    \"fingerprint\": \"" + fingerprint + "\",\n"
         "    \"severity\": \"" + severity + "\",\n"
         "    \"location\": {\n"
         "      \"path\": \"" + path + "\",\n"
         "      \"lines\": {\n"
         "        \"begin\": " + std::to_string(line) + "\n"
         "      }\n"
         "    }\n"
         "  }";
}

TEST(ReportGitlab, ExactOutput) {
  std::vector<FileResult> files = sample_files();
  // A second finding with the same rule and pointer gets the next occurrence.
  files[1].findings.push_back(
      make_finding("duplicate-key", Level::note, "again", "/cpu", Region{{7, 1}, {7, 4}}));
  files[1].findings.push_back(
      make_finding("duplicate-key", Level::note, "again", "/cpu", Region{{9, 1}, {9, 4}}));
  // Suppressed findings are never written: GitLab has no way to show them as such.
  Finding hidden = make_finding("healthcheck-range", Level::error, "hidden", "/x", Region{{1, 1}, {1, 2}});
  hidden.suppression = Suppression{true, "why"};
  files[1].suppressed.push_back(hidden);
  RuleSettings rules;
  Report report{files, rules, {"missing.json: not found"}, true};
  const std::string unicode = kUnicodePath;
  EXPECT_EQ(format_gitlab(report),
            "[\n" +
                gitlab_issue("expected a string,\\ngot 1 [schema-violation]", "schema-violation",
                             fingerprint("schema-violation", unicode, "/family", 0), "major",
                             unicode, 2) + ",\n" +
                gitlab_issue("duplicate key \\\"cpu\\\" [duplicate-key]", "duplicate-key",
                             fingerprint("duplicate-key", unicode, "/cpu", 0), "minor", unicode, 4) +
                ",\n" +
                gitlab_issue("again [duplicate-key]", "duplicate-key",
                             fingerprint("duplicate-key", "ok.yaml", "/cpu", 0), "info", "ok.yaml", 7) +
                ",\n" +
                gitlab_issue("again [duplicate-key]", "duplicate-key",
                             fingerprint("duplicate-key", "ok.yaml", "/cpu", 1), "info", "ok.yaml", 9) +
                "\n]\n");
}

TEST(ReportGitlab, FingerprintsIgnoreLineNumbers) {
  // The same finding moved down by three lines keeps its fingerprint.
  auto fingerprint_at = [](uint32_t line) {
    std::vector<FileResult> files;
    files.push_back(make_file("a.json", kTaskDefinition,
                              {make_finding("r", Level::error, "m", "/p", Region{{line, 1}, {line, 2}})}));
    RuleSettings rules;
    rapidjson::Document doc;
    doc.Parse(format_gitlab(Report{files, rules, {}}).c_str());
    return std::string(doc[0]["fingerprint"].GetString());
  };
  EXPECT_EQ(fingerprint_at(2), fingerprint_at(5));
  EXPECT_EQ(fingerprint_at(2), fingerprint("r", "a.json", "/p", 0));
}

TEST(ReportGitlab, EmptyReportIsAnEmptyArray) {
  std::vector<FileResult> none;
  RuleSettings rules;
  EXPECT_EQ(format_gitlab(Report{none, rules, {}}), "[]\n");
}

// ---- helpers ------------------------------------------------------------------------------

TEST(ReportUtil, PercentEncodesPathsPerRfc3986) {
  EXPECT_EQ(percent_encode_path(kUnicodePath), kUnicodeUri);
  EXPECT_EQ(percent_encode_path("100%#?.json"), "100%25%23%3F.json");
  EXPECT_EQ(percent_encode_path("<stdin>"), "%3Cstdin%3E");
  EXPECT_EQ(percent_encode_path("c:x/y.json"), "c%3Ax/y.json");
  EXPECT_EQ(percent_encode_path("a\\b\"{}|^`[]"), "a%5Cb%22%7B%7D%7C%5E%60%5B%5D");
  EXPECT_EQ(percent_encode_path("a\tb"), "a%09b");
  // Unreserved characters, sub-delimiters, "@" and "/" are kept as they are.
  EXPECT_EQ(percent_encode_path("Az09-._~!$&'()*+,;=@/x"), "Az09-._~!$&'()*+,;=@/x");
  EXPECT_EQ(percent_encode_path(""), "");
}

TEST(ReportUtil, Fnv1a64KnownValues) {
  // Published FNV-1a 64 test vectors: offset basis for "", and "a".
  EXPECT_EQ(fnv1a64_hex(""), "cbf29ce484222325");
  EXPECT_EQ(fnv1a64_hex("a"), "af63dc4c8601ec8c");
}

TEST(ReportUtil, WhyParagraphIsPlainFirstParagraph) {
  EXPECT_EQ(why_paragraph("\n## Why\nUse `cpu`\nwith **care**.\n\nMore.\n## Bad\nx\n"),
            "Use cpu with care.");
  EXPECT_EQ(why_paragraph("## Why\n\n\nFirst.\n## Good\n"), "First.");
  EXPECT_EQ(why_paragraph("## Whyever\ntext\n"), "");
  EXPECT_EQ(why_paragraph("no sections"), "");
}

TEST(ReportUtil, ShownRegionClampsStartAndDropsUnknownEnd) {
  Region shown = shown_region(Region{{0, 0}, {0, 0}});
  EXPECT_EQ(shown.start, (Position{1, 1}));
  EXPECT_FALSE(has_end(shown));
  shown = shown_region(Region{{2, 5}, {2, 4}});  // end before start: unknown
  EXPECT_EQ(shown.end, (Position{2, 5}));
  EXPECT_FALSE(has_end(shown));
  EXPECT_TRUE(has_end(shown_region(Region{{2, 5}, {3, 1}})));
}

// ---- sarif --------------------------------------------------------------------------------

rapidjson::Document parse(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(text.c_str());
  EXPECT_FALSE(doc.HasParseError()) << text;
  return doc;
}

// The hand-made case: a related location, a non-ASCII path with a space, a stdin result with
// an unknown position, a notification; rule settings with a disabled rule and an override.
struct SarifCase {
  std::vector<FileResult> files;
  RuleSettings rules;
  std::string sarif;
};

SarifCase sarif_case() {
  SarifCase c;
  c.files = sample_files();
  c.files.push_back(make_file("<stdin>", kNoKind,
                              {make_finding("parse-error", Level::error, "not JSON", "", Region{})}));
  c.rules.disabled.insert("unknown-kind");
  c.rules.levels["duplicate-key"] = Level::note;
  c.files[0].findings[1].level = Level::note;  // as the pipeline would apply the override
  Report report{c.files, c.rules, {"missing.json: not found"}};
  c.sarif = format_sarif(report);
  return c;
}

void expect_results_well_formed(const rapidjson::Document& doc) {
  const auto& run = doc["runs"][0];
  const auto& rules = run["tool"]["driver"]["rules"];
  for (const auto& result : run["results"].GetArray()) {
    const auto& region = result["locations"][0]["physicalLocation"]["region"];
    EXPECT_GE(region["startLine"].GetInt(), 1);
    EXPECT_GE(region["startColumn"].GetInt(), 1);
    ASSERT_TRUE(result.HasMember("ruleIndex"));
    unsigned index = result["ruleIndex"].GetUint();
    ASSERT_LT(index, rules.Size());
    EXPECT_STREQ(rules[index]["id"].GetString(), result["ruleId"].GetString());
  }
}

TEST(ReportSarif, ValidAgainstTheSchema) {
  SarifCase c = sarif_case();
  rapidjson::Document doc = parse(c.sarif);
  EXPECT_EQ(schema_errors(doc), "");
  expect_results_well_formed(doc);
}

TEST(ReportSarif, EmptyRunIsValid) {
  std::vector<FileResult> none;
  RuleSettings rules;
  Report report{none, rules, {}};
  rapidjson::Document doc = parse(format_sarif(report));
  EXPECT_EQ(schema_errors(doc), "");
  const auto& run = doc["runs"][0];
  EXPECT_EQ(run["results"].Size(), 0u);
  EXPECT_TRUE(run["invocations"][0]["executionSuccessful"].GetBool());
  EXPECT_EQ(run["invocations"][0]["toolExecutionNotifications"].Size(), 0u);
  // Every rule that is on by default (not off-by-default, not opt-in).
  size_t on = 0;
  const RuleSettings defaults;
  for (const Rule* r : all_rules()) on += defaults.effective_level(r->id, r->level) != Level::none;
  EXPECT_EQ(run["tool"]["driver"]["rules"].Size(), on);
}

TEST(ReportSarif, SchemaCheckCatchesAZeroColumn) {
  // Guards the schema test itself: a region at column 0 is what GitHub rejects.
  SarifCase c = sarif_case();
  rapidjson::Document doc = parse(c.sarif);
  doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startColumn"]
      .SetInt(0);
  EXPECT_NE(schema_errors(doc), "");
}

TEST(ReportSarif, LogAndDriver) {
  SarifCase c = sarif_case();
  rapidjson::Document doc = parse(c.sarif);
  EXPECT_STREQ(doc["$schema"].GetString(), "https://json.schemastore.org/sarif-2.1.0.json");
  EXPECT_STREQ(doc["version"].GetString(), "2.1.0");
  ASSERT_EQ(doc["runs"].Size(), 1u);
  const auto& run = doc["runs"][0];
  const auto& driver = run["tool"]["driver"];
  EXPECT_STREQ(driver["name"].GetString(), "ecslint");
  EXPECT_STREQ(driver["version"].GetString(), ECSLINT_VERSION);
  EXPECT_STREQ(driver["semanticVersion"].GetString(), ECSLINT_VERSION);
  EXPECT_STREQ(driver["informationUri"].GetString(), "https://github.com/ecslint/ecslint");
  EXPECT_STREQ(run["columnKind"].GetString(), "utf16CodeUnits");
  const auto& root = run["originalUriBaseIds"]["%SRCROOT%"];
  EXPECT_FALSE(root.HasMember("uri"));
  EXPECT_TRUE(root["description"]["text"].IsString());
  const auto& invocation = run["invocations"][0];
  EXPECT_FALSE(invocation["executionSuccessful"].GetBool());
  ASSERT_EQ(invocation["toolExecutionNotifications"].Size(), 1u);
  EXPECT_STREQ(invocation["toolExecutionNotifications"][0]["level"].GetString(), "error");
  EXPECT_STREQ(invocation["toolExecutionNotifications"][0]["message"]["text"].GetString(),
               "missing.json: not found");
  // Nothing machine-dependent.
  EXPECT_EQ(c.sarif.find("file://"), std::string::npos);
  // SARIF's clock members (startTimeUtc, endTimeUtc, timeUtc); rule docs may well say "Timeout".
  EXPECT_EQ(c.sarif.find("TimeUtc\""), std::string::npos);
  EXPECT_EQ(c.sarif.find("\"timeUtc\""), std::string::npos);
  EXPECT_EQ(c.sarif.find("primaryLocationLineHash"), std::string::npos);
  EXPECT_EQ(c.sarif, sarif_case().sarif);
}

TEST(ReportSarif, RulesAreTheEnabledOnesSortedWithEffectiveLevels) {
  SarifCase c = sarif_case();
  rapidjson::Document doc = parse(c.sarif);
  const auto& rules = doc["runs"][0]["tool"]["driver"]["rules"];
  std::vector<std::string> expected_ids;
  for (const Rule* r : all_rules())
    if (std::string(r->id) != "unknown-kind" &&
        RuleSettings().effective_level(r->id, r->level) != Level::none)
      expected_ids.push_back(r->id);
  std::sort(expected_ids.begin(), expected_ids.end());
  std::vector<std::string> ids;
  for (const auto& r : rules.GetArray()) ids.push_back(r["id"].GetString());
  EXPECT_EQ(ids, expected_ids);

  const rapidjson::Value* dup = nullptr;
  for (const auto& r : rules.GetArray())
    if (std::string(r["id"].GetString()) == "duplicate-key") dup = &r;
  ASSERT_NE(dup, nullptr);
  const Rule* rule = find_rule("duplicate-key");
  ASSERT_NE(rule, nullptr);
  // A readable name distinct from the id (SARIF Multitool rule SARIF1001).
  EXPECT_STREQ((*dup)["name"].GetString(), "DuplicateKey");
  EXPECT_STREQ((*dup)["shortDescription"]["text"].GetString(), rule->summary);
  std::string full = (*dup)["fullDescription"]["text"].GetString();
  EXPECT_EQ(full.rfind("JSON and YAML parsers disagree on duplicate keys.", 0), 0u) << full;
  EXPECT_EQ(full.find('\n'), std::string::npos);
  EXPECT_EQ(full.find("##"), std::string::npos);  // only the paragraph, no heading
  std::string markdown = (*dup)["help"]["markdown"].GetString();
  EXPECT_EQ(markdown.rfind("## Why\n", 0), 0u);
  EXPECT_NE(markdown.find("## References"), std::string::npos);
  // Plain text: the Why paragraph and where the full help is.
  EXPECT_EQ(std::string((*dup)["help"]["text"].GetString()),
            full + " See https://github.com/ecslint/ecslint/blob/main/docs/rules.md#duplicate-key");
  EXPECT_STREQ((*dup)["helpUri"].GetString(),
               "https://github.com/ecslint/ecslint/blob/main/docs/rules.md#duplicate-key");
  EXPECT_STREQ((*dup)["defaultConfiguration"]["level"].GetString(), "note");  // overridden
  const auto& properties = (*dup)["properties"];
  const auto& tags = properties["tags"];
  ASSERT_EQ(tags.Size(), 3u);  // duplicate-key applies to every kind
  EXPECT_STREQ(tags[0].GetString(), "task-definition");
  EXPECT_STREQ(tags[1].GetString(), "service");
  EXPECT_STREQ(tags[2].GetString(), "appspec");
  EXPECT_STREQ(properties["precision"].GetString(), "high");  // a warning by default
  EXPECT_STREQ(properties["problem.severity"].GetString(), "recommendation");  // now a note
  EXPECT_FALSE(properties.HasMember("security-severity"));

  // Default levels give the precision and GitHub's problem.severity.
  for (const auto& r : rules.GetArray()) {
    if (std::string(r["id"].GetString()) != "fargate-cpu-memory") continue;
    EXPECT_STREQ(r["name"].GetString(), "FargateCpuMemory");
    EXPECT_STREQ(r["properties"]["precision"].GetString(), "very-high");
    EXPECT_STREQ(r["properties"]["problem.severity"].GetString(), "error");
  }
}

TEST(ReportSarif, SecurityRulesHaveASecuritySeverityInsteadOfAProblemSeverity) {
  std::vector<FileResult> none;
  RuleSettings all;
  all.enabled.insert("all");  // the opt-in hardening rules too
  rapidjson::Document doc = parse(format_sarif(Report{none, all, {}}));
  std::map<std::string, std::string> security;
  for (const auto& r : doc["runs"][0]["tool"]["driver"]["rules"].GetArray()) {
    const auto& properties = r["properties"];
    bool tagged = false;
    for (const auto& tag : properties["tags"].GetArray())
      tagged = tagged || std::string(tag.GetString()) == "security";
    // GitHub: security-severity for security rules, problem.severity for the others.
    EXPECT_EQ(tagged, properties.HasMember("security-severity")) << r["id"].GetString();
    EXPECT_NE(tagged, properties.HasMember("problem.severity")) << r["id"].GetString();
    if (tagged) security[r["id"].GetString()] = properties["security-severity"].GetString();
  }
  // Every id of the table still names a rule (a renamed rule would silently lose its score).
  const std::map<std::string, std::string> expected = {
      {"privileged-container", "8.0"},   {"plaintext-secret", "7.5"},
      {"host-network-root-user", "6.0"}, {"pid-mode-host", "5.0"},
      {"container-user-root", "4.0"},    {"efs-transit-encryption", "4.0"},
      {"readonly-root-filesystem", "3.0"}, {"execute-command-enabled", "3.0"},
      {"same-task-and-execution-role", "3.0"}};
  EXPECT_EQ(security, expected);
  for (const auto& r : doc["runs"][0]["tool"]["driver"]["rules"].GetArray()) {
    if (std::string(r["id"].GetString()) == "plaintext-secret") {
      EXPECT_STREQ(r["properties"]["precision"].GetString(), "medium");  // guesses from names
    }
  }
  EXPECT_EQ(schema_errors(doc), "");
}

TEST(ReportSarif, CategoryBecomesTheAutomationId) {
  std::vector<FileResult> none;
  RuleSettings rules;
  rapidjson::Document plain = parse(format_sarif(Report{none, rules, {}}));
  EXPECT_FALSE(plain["runs"][0].HasMember("automationDetails"));  // upload-sarif's category rules
  // As upload-sarif does with its `category` input, a final "/" makes the whole value the
  // category (GitHub reads the category as the text before the last "/").
  rapidjson::Document doc = parse(format_sarif(Report{none, rules, {}, false, "ecslint"}));
  EXPECT_STREQ(doc["runs"][0]["automationDetails"]["id"].GetString(), "ecslint/");
  doc = parse(format_sarif(Report{none, rules, {}, false, "infra/ecs/"}));
  EXPECT_STREQ(doc["runs"][0]["automationDetails"]["id"].GetString(), "infra/ecs/");
  EXPECT_EQ(schema_errors(doc), "");
}

TEST(ReportSarif, Results) {
  SarifCase c = sarif_case();
  rapidjson::Document doc = parse(c.sarif);
  const auto& results = doc["runs"][0]["results"];
  ASSERT_EQ(results.Size(), 3u);

  const auto& schema = results[0];
  EXPECT_STREQ(schema["ruleId"].GetString(), "schema-violation");
  EXPECT_STREQ(schema["level"].GetString(), "error");
  EXPECT_STREQ(schema["message"]["text"].GetString(), "expected a string,\ngot 1");
  const auto& loc = schema["locations"][0]["physicalLocation"];
  EXPECT_STREQ(loc["artifactLocation"]["uri"].GetString(), kUnicodeUri);
  EXPECT_STREQ(loc["artifactLocation"]["uriBaseId"].GetString(), "%SRCROOT%");
  EXPECT_EQ(loc["region"]["startLine"].GetInt(), 2);
  EXPECT_EQ(loc["region"]["startColumn"].GetInt(), 13);
  EXPECT_EQ(loc["region"]["endLine"].GetInt(), 2);
  EXPECT_EQ(loc["region"]["endColumn"].GetInt(), 18);
  EXPECT_FALSE(schema.HasMember("relatedLocations"));
  EXPECT_STREQ(schema["properties"]["jsonPointer"].GetString(), "/family");
  EXPECT_STREQ(schema["properties"]["documentKind"].GetString(), "task-definition");

  const auto& dup = results[1];
  EXPECT_STREQ(dup["level"].GetString(), "note");  // level is always written
  ASSERT_EQ(dup["relatedLocations"].Size(), 1u);
  const auto& related = dup["relatedLocations"][0];
  EXPECT_TRUE(related["id"].IsInt());
  EXPECT_STREQ(related["message"]["text"].GetString(), "first value");
  EXPECT_STREQ(related["physicalLocation"]["artifactLocation"]["uri"].GetString(), kUnicodeUri);
  EXPECT_EQ(related["physicalLocation"]["region"]["startLine"].GetInt(), 3);
  EXPECT_EQ(related["physicalLocation"]["region"]["endColumn"].GetInt(), 8);
  // Fingerprint: rule id + uri + pointer + occurrence index, separated so fields cannot run
  // into each other.
  std::string key = std::string("duplicate-key") + '\0' + kUnicodeUri + '\0' + "/cpu" + '\0' + "0";
  EXPECT_EQ(std::string(dup["partialFingerprints"]["ecslint/v1"].GetString()), fnv1a64_hex(key));

  const auto& in = results[2];
  EXPECT_STREQ(in["ruleId"].GetString(), "parse-error");
  const auto& in_loc = in["locations"][0]["physicalLocation"];
  EXPECT_STREQ(in_loc["artifactLocation"]["uri"].GetString(), "%3Cstdin%3E");
  EXPECT_EQ(in_loc["region"]["startLine"].GetInt(), 1);
  EXPECT_EQ(in_loc["region"]["startColumn"].GetInt(), 1);
  EXPECT_FALSE(in_loc["region"].HasMember("endLine"));
  EXPECT_FALSE(in_loc["region"].HasMember("endColumn"));
  EXPECT_STREQ(in["properties"]["documentKind"].GetString(), "unknown");
}

TEST(ReportSarif, RepeatedFindingsGetDistinctStableFingerprints) {
  std::vector<FileResult> files;
  files.push_back(make_file(
      "a.json", kTaskDefinition,
      {make_finding("duplicate-key", Level::warning, "m", "/x", Region{{1, 1}, {1, 2}}),
       make_finding("duplicate-key", Level::warning, "m", "/x", Region{{2, 1}, {2, 2}})}));
  RuleSettings rules;
  Report report{files, rules, {}};
  rapidjson::Document doc = parse(format_sarif(report));
  const auto& results = doc["runs"][0]["results"];
  std::string first = results[0]["partialFingerprints"]["ecslint/v1"].GetString();
  std::string second = results[1]["partialFingerprints"]["ecslint/v1"].GetString();
  EXPECT_NE(first, second);
  EXPECT_EQ(second, fnv1a64_hex(std::string("duplicate-key") + '\0' + "a.json" + '\0' + "/x" +
                                '\0' + "1"));
  EXPECT_EQ(schema_errors(doc), "");
  expect_results_well_formed(doc);
}

TEST(ReportSarif, AbsolutePathsAreFileUrisWithoutABase) {
  // A file outside the current folder (or --root) is reported by its absolute path; as a
  // relative reference starting with "/" it would not combine with %SRCROOT% (SARIF1004).
  std::vector<FileResult> files;
  files.push_back(make_file("/srv/deploy/task def.json", kTaskDefinition,
                            {make_finding("duplicate-key", Level::warning, "m", "/x",
                                          Region{{1, 1}, {1, 2}})}));
  files[0].findings[0].related.push_back(Related{"/srv/other.json", Region{{2, 1}, {2, 2}}, "here"});
  RuleSettings rules;
  rapidjson::Document doc = parse(format_sarif(Report{files, rules, {}}));
  const auto& result = doc["runs"][0]["results"][0];
  const auto& location = result["locations"][0]["physicalLocation"]["artifactLocation"];
  EXPECT_STREQ(location["uri"].GetString(), "file:///srv/deploy/task%20def.json");
  EXPECT_FALSE(location.HasMember("uriBaseId"));
  const auto& related = result["relatedLocations"][0]["physicalLocation"]["artifactLocation"];
  EXPECT_STREQ(related["uri"].GetString(), "file:///srv/other.json");
  EXPECT_FALSE(related.HasMember("uriBaseId"));
  EXPECT_EQ(schema_errors(doc), "");
}

TEST(ReportSarif, InternalErrorMakesExecutionUnsuccessful) {
  std::vector<FileResult> files;
  files.push_back(make_file("a.json", kTaskDefinition,
                            {make_finding("internal-error", Level::error, "boom", "",
                                          Region{{1, 1}, {1, 1}})}));
  RuleSettings rules;
  Report report{files, rules, {}};
  rapidjson::Document doc = parse(format_sarif(report));
  EXPECT_FALSE(doc["runs"][0]["invocations"][0]["executionSuccessful"].GetBool());
  EXPECT_EQ(schema_errors(doc), "");
}

// The SARIF of every real-world file in testdata/corpus (all kinds, parse errors, notes) is
// valid SARIF 2.1.0 and every result has a region.
TEST(ReportSarif, WholeCorpusIsValidSarif) {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(ECSLINT_SOURCE_DIR) / "testdata" / "corpus";
  std::vector<fs::path> paths;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    std::string ext = entry.path().extension().string();
    if (entry.is_regular_file() && (ext == ".json" || ext == ".yaml" || ext == ".yml"))
      paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  ASSERT_GT(paths.size(), 50u);
  std::vector<FileResult> files;
  size_t findings = 0;
  for (const fs::path& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    LintOptions options;
    files.push_back(lint_source(
        make_source(path.lexically_relative(root).generic_string(), text.str()), options));
    findings += files.back().findings.size();
  }
  ASSERT_GT(findings, 50u);
  RuleSettings rules;
  Report report{files, rules, {}};
  rapidjson::Document doc = parse(format_sarif(report));
  EXPECT_EQ(schema_errors(doc), "");
  expect_results_well_formed(doc);
  EXPECT_EQ(doc["runs"][0]["results"].Size(), findings);
}

// ---- suppressed findings ------------------------------------------------------------------

// One active finding, one suppressed by a comment (with a reason) and one by the config.
std::vector<FileResult> suppressed_files() {
  std::vector<FileResult> files;
  files.push_back(make_file("td.yaml", kTaskDefinition,
                            {make_finding("healthcheck-range", Level::error, "active", "/a",
                                          Region{{3, 5}, {3, 9}})}));
  Finding comment = make_finding("healthcheck-range", Level::error, "by comment", "/b",
                                 Region{{2, 5}, {2, 9}});
  comment.suppression = Suppression{true, "agreed with the platform team"};
  Finding config = make_finding("duplicate-key", Level::warning, "by config", "/c",
                                Region{{4, 1}, {4, 2}});
  config.suppression = Suppression{false, ""};
  files[0].suppressed = {comment, config};
  return files;
}

TEST(ReportSuppressed, LeftOutOfEveryFormatByDefault) {
  std::vector<FileResult> files = suppressed_files();
  RuleSettings rules;
  Report report{files, rules, {}};
  EXPECT_EQ(format_text(report, false), "td.yaml:3:5: error: active [healthcheck-range]\n");
  EXPECT_EQ(format_json(report).find("by comment"), std::string::npos);
  std::string sarif = format_sarif(report);
  EXPECT_EQ(sarif.find("by comment"), std::string::npos);
  EXPECT_EQ(sarif.find("\"suppressions\""), std::string::npos);  // all null
}

TEST(ReportSuppressed, SarifGivesEveryResultSuppressionsAndStaysValid) {
  std::vector<FileResult> files = suppressed_files();
  RuleSettings rules;
  Report report{files, rules, {}, true};
  rapidjson::Document doc = parse(format_sarif(report));
  EXPECT_EQ(schema_errors(doc), "");
  expect_results_well_formed(doc);
  const auto& results = doc["runs"][0]["results"];
  ASSERT_EQ(results.Size(), 3u);
  // Position order: line 2 (comment), line 3 (active), line 4 (config).
  EXPECT_STREQ(results[0]["message"]["text"].GetString(), "by comment");
  ASSERT_EQ(results[0]["suppressions"].Size(), 1u);
  EXPECT_STREQ(results[0]["suppressions"][0]["kind"].GetString(), "inSource");
  EXPECT_STREQ(results[0]["suppressions"][0]["status"].GetString(), "accepted");
  EXPECT_STREQ(results[0]["suppressions"][0]["justification"].GetString(),
               "agreed with the platform team");
  EXPECT_STREQ(results[1]["message"]["text"].GetString(), "active");
  ASSERT_TRUE(results[1]["suppressions"].IsArray());
  EXPECT_EQ(results[1]["suppressions"].Size(), 0u);
  EXPECT_STREQ(results[2]["suppressions"][0]["kind"].GetString(), "external");
  EXPECT_FALSE(results[2]["suppressions"][0].HasMember("justification"));  // none given
  // Text and github never show them.
  EXPECT_EQ(format_text(report, false), "td.yaml:3:5: error: active [healthcheck-range]\n");
  EXPECT_EQ(format_github(report).find("by comment"), std::string::npos);
}

TEST(ReportSuppressed, JsonMarksThemAndCountsThemApart) {
  std::vector<FileResult> files = suppressed_files();
  RuleSettings rules;
  Report report{files, rules, {}, true};
  rapidjson::Document doc = parse(format_json(report));
  const auto& results = doc["results"];
  ASSERT_EQ(results.Size(), 3u);
  EXPECT_TRUE(results[0]["suppressed"].GetBool());
  EXPECT_STREQ(results[0]["justification"].GetString(), "agreed with the platform team");
  EXPECT_FALSE(results[1].HasMember("suppressed"));
  EXPECT_TRUE(results[2]["suppressed"].GetBool());
  EXPECT_EQ(doc["summary"]["error"].GetInt(), 1);
  EXPECT_EQ(doc["summary"]["warning"].GetInt(), 0);
  EXPECT_EQ(doc["summary"]["suppressed"].GetInt(), 2);
}

}  // namespace
}  // namespace ecslint
