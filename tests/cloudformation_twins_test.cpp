// CloudFormation twins: every testdata/cloudformation/<rule>/<case>.yaml (written by
// scripts/cfn-twins from the API-form case testdata/<rule>/<case>) is linted, and so is its API
// case, through the real pipeline. The twin must give the rule's findings the API case gives, each
// with its message prefixed by the resource's logical id and at the template node that
// corresponds to the API finding's node, except for the differences testdata/cloudformation/
// EXCEPTIONS.tsv lists, each with the CloudFormation fact behind it. The API case's findings are
// the ones its hand-checked golden (.out) file pins, so the twins' expectations are derived from
// those goldens, never pasted from what the CloudFormation code printed.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/kind.hpp"
#include "core/link.hpp"
#include "core/load.hpp"
#include "core/pipeline.hpp"
#include "rules/rule.hpp"
#include "tests/testdata_case.hpp"

namespace ecslint {
namespace {

namespace fs = std::filesystem;

const fs::path kTestdata = fs::path(ECSLINT_SOURCE_DIR) / "testdata";
const fs::path kTwins = kTestdata / "cloudformation";

struct TwinCase {
  std::string rule;
  fs::path twin;  ///< testdata/cloudformation/<rule>/<case>.yaml
  fs::path api;   ///< testdata/<rule>/<case> (a file or a folder)
};

void PrintTo(const TwinCase& c, std::ostream* os) { *os << c.rule << "/" << c.twin.filename().string(); }

std::vector<TwinCase> discover_twins() {
  std::vector<TwinCase> cases;
  std::error_code ec;
  for (const auto& folder : fs::directory_iterator(kTwins, ec)) {
    if (!folder.is_directory()) continue;
    std::string rule = folder.path().filename().string();
    for (const auto& file : fs::directory_iterator(folder.path(), ec)) {
      std::string name = file.path().filename().string();
      if (name.size() <= 5 || name.compare(name.size() - 5, 5, ".yaml") != 0) continue;
      cases.push_back({rule, file.path(), kTestdata / rule / name.substr(0, name.size() - 5)});
    }
  }
  std::sort(cases.begin(), cases.end(),
            [](const TwinCase& a, const TwinCase& b) { return a.twin < b.twin; });
  return cases;
}

// One expected difference: a finding of the API case the twin does not give ("missing"), or one
// the twin gives and the API case does not ("extra"). Messages carry the logical-id prefix.
struct Difference {
  std::string change;   ///< "missing" or "extra"
  std::string finding;  ///< "<level>: <message>"
};

// testdata/cloudformation/EXCEPTIONS.tsv: case, difference ("missing|extra: <level>: <message>"),
// CloudFormation fact, URL. One row per difference; a case may have several.
std::map<std::string, std::vector<Difference>> load_exceptions(std::vector<std::string>& problems) {
  std::map<std::string, std::vector<Difference>> out;
  std::istringstream in(test::read_file(kTwins / "EXCEPTIONS.tsv"));
  size_t line_no = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (line.empty() || line[0] == '#' || line.rfind("case\t", 0) == 0) continue;
    std::vector<std::string> cols;
    std::istringstream row(line);
    for (std::string col; std::getline(row, col, '\t');) cols.push_back(col);
    std::string where = "EXCEPTIONS.tsv:" + std::to_string(line_no);
    if (cols.size() != 4 || cols[2].empty() || cols[3].rfind("https://", 0) != 0) {
      problems.push_back(where + ": expected case, difference, fact, https URL");
      continue;
    }
    size_t colon = cols[1].find(": ");
    std::string change = cols[1].substr(0, colon);
    if (colon == std::string::npos || (change != "missing" && change != "extra")) {
      problems.push_back(where + ": the difference starts with \"missing: \" or \"extra: \"");
      continue;
    }
    out[cols[0]].push_back({change, cols[1].substr(colon + 2)});
  }
  return out;
}

// CloudFormation's name for an API member, looked up among the twin object's keys: the same key
// (map keys and unknown members are written as they are), the two real renames, or the same name
// in another case (ContainerDefinitions, EFSVolumeConfiguration, FilesystemId, IAM, ...).
const Json* twin_member(const Json& object, const std::string& api_key, std::string& cfn_key) {
  if (!object.IsObject()) return nullptr;
  auto lower = [](std::string s) {
    for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return s;
  };
  const std::pair<const char*, const char*> renames[] = {
      {"placementStrategy", "PlacementStrategies"}, {"properties", "ProxyConfigurationProperties"}};
  for (int pass = 0; pass < 3; ++pass) {
    for (auto m = object.MemberBegin(); m != object.MemberEnd(); ++m) {
      std::string key(m->name.GetString(), m->name.GetStringLength());
      bool match = pass == 0 ? key == api_key : false;
      if (pass == 1)
        for (const auto& [api, cfn] : renames) match = match || (api_key == api && key == cfn);
      if (pass == 2) match = lower(key) == lower(api_key);
      if (match) {
        cfn_key = key;
        return &m->value;
      }
    }
  }
  return nullptr;
}

// The twin pointer of an API pointer: /Resources/<id>/Properties followed by the API pointer's
// tokens, each member name turned into the twin's. Below the API document's last existing node
// the tokens are kept (both pointers then lead to the nearest existing ancestor).
std::string twin_pointer(const Json& api_root, const Json& twin_root, const std::string& logical_id,
                         const std::string& api_pointer) {
  std::string out = "/Resources";
  append_token(out, logical_id);
  out += "/Properties";
  std::vector<std::string> tokens;
  if (!split_pointer(api_pointer, tokens)) return out;
  const Json* api = &api_root;
  const Json* twin = nullptr;
  if (const Json* res = member(twin_root, "Resources"))
    if (const Json* r = member(*res, logical_id)) twin = member(*r, "Properties");
  for (const std::string& token : tokens) {
    if (api && twin && api->IsObject() && twin->IsObject()) {
      std::string key = token;
      const Json* next = twin_member(*twin, token, key);
      api = member(*api, token);
      twin = api ? next : nullptr;
      append_token(out, key);
    } else if (api && twin && api->IsArray() && twin->IsArray()) {
      size_t i = std::strtoul(token.c_str(), nullptr, 10);
      api = i < api->Size() ? &(*api)[static_cast<rapidjson::SizeType>(i)] : nullptr;
      twin = i < twin->Size() ? &(*twin)[static_cast<rapidjson::SizeType>(i)] : nullptr;
      append_token(out, token);
    } else {
      api = twin = nullptr;
      append_token(out, token);
    }
  }
  return out;
}

std::string show(Position p) { return std::to_string(p.line) + ":" + std::to_string(p.column); }

// One finding as compared: "<level>: <message>", its region and (for failure output) pointer.
struct Seen {
  std::string finding;
  std::string region;
  std::string pointer;
  bool operator<(const Seen& o) const {
    return finding != o.finding ? finding < o.finding : region < o.region;
  }
};

std::string join(const std::vector<Seen>& seen) {
  std::string out;
  for (const Seen& s : seen)
    out += "  " + s.finding + "  @" + s.region + (s.pointer.empty() ? "" : " " + s.pointer) + "\n";
  return out;
}

// A cross-file finding names the linked task definition by its file: "taskdef.json (family web)"
// or "taskdef.json" as a whole, "taskdef.json:12" for one of its lines. In the twin it is the
// TaskDef resource of the same template: "resource TaskDef (<twin>:<line of its logical id>)",
// and "<twin>:<line>" for the line of the node that corresponds to one on line 12.
struct LinkedTask {
  std::string path;        ///< the task definition's path as reports show it
  const Document* api = nullptr;
  Source api_source;
};

// The twin lines of the API task definition's nodes that start on `line`: where() in a message
// names the line of a node, or of the nearest ancestor of a member the task definition lacks.
std::vector<uint32_t> twin_lines(const LinkedTask& task, uint32_t line, const Json& twin_root,
                                 const Source& twin_source, const Document& twin_doc) {
  std::vector<uint32_t> lines;
  // Every node of the API document: pointers built by walking the tree.
  std::vector<std::pair<std::string, const Json*>> nodes{{"", &task.api->root}};
  for (size_t i = 0; i < nodes.size(); ++i) {
    auto [at, value] = nodes[i];
    if (value->IsObject())
      for (auto m = value->MemberBegin(); m != value->MemberEnd(); ++m) {
        std::string child = at;
        append_token(child, std::string(m->name.GetString(), m->name.GetStringLength()));
        nodes.push_back({child, &m->value});
      }
    if (value->IsArray())
      for (rapidjson::SizeType k = 0; k < value->Size(); ++k) {
        std::string child = at;
        append_index(child, k);
        nodes.push_back({child, &(*value)[k]});
      }
    if (resolve_region(task.api_source, *task.api, at, false).start.line != line) continue;
    // The node, or a member it lacks (located at the node's key, when it has one).
    std::string to = twin_pointer(task.api->root, twin_root, "TaskDef", at);
    for (const std::string& p : {to, to + "/-missing-"}) {
      uint32_t twin_line = resolve_region(twin_source, twin_doc, p, false).start.line;
      if (std::find(lines.begin(), lines.end(), twin_line) == lines.end())
        lines.push_back(twin_line);
    }
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

// Brackets of a list of alternatives in an expected message (characters no message holds).
const std::string kOpen = "\x02", kClose = "\x03";

// The API message with the linked task definition named as the twin names it. A line of the API
// file may hold several nodes (inline JSON objects) that the twin puts on several lines: then the
// expected text lists them as "{7|9}", and matches() accepts any of them.
std::string twin_message(const std::string& message, const LinkedTask& task,
                         const std::string& twin_name, const Json& twin_root,
                         const Source& twin_source, const Document& twin_doc) {
  if (task.path.empty()) return message;
  uint32_t named_at =
      resolve_region(twin_source, twin_doc, "/Resources/TaskDef", true).start.line;
  std::string label = "resource TaskDef (" + twin_name + ":" + std::to_string(named_at) + ")";
  std::string quoted = std::regex_replace(task.path, std::regex(R"([.^$|()\[\]{}*+?\\])"), "\\$&");
  std::regex place(quoted + R"((:([0-9]+)| \(family [^)]*\))?)");
  std::string out;
  auto begin = std::sregex_iterator(message.begin(), message.end(), place);
  size_t last = 0;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    out += message.substr(last, m.position(0) - last);
    if (m[2].matched) {
      std::vector<uint32_t> lines = twin_lines(task, static_cast<uint32_t>(std::stoul(m[2].str())),
                                               twin_root, twin_source, twin_doc);
      std::string alternatives;
      for (uint32_t l : lines) alternatives += (alternatives.empty() ? "" : "|") + std::to_string(l);
      out += twin_name + ":" + (lines.size() == 1 ? alternatives : kOpen + alternatives + kClose);
    } else {
      out += label;
    }
    last = m.position(0) + m.length(0);
  }
  return out + message.substr(last);
}

// Whether an actual message is the expected one, where kOpen "7|9" kClose in the expected text
// stands for any one of the listed numbers.
bool matches(const std::string& expected, const std::string& actual) {
  size_t open = expected.find(kOpen);
  size_t close = open == std::string::npos ? open : expected.find(kClose, open);
  if (close == std::string::npos) return expected == actual;
  std::string head = expected.substr(0, open), tail = expected.substr(close + 1);
  std::istringstream options(expected.substr(open + 1, close - open - 1));
  for (std::string option; std::getline(options, option, '|');)
    if (matches(head + option + tail, actual)) return true;
  return false;
}

class CloudFormationTwin : public ::testing::TestWithParam<TwinCase> {};

TEST_P(CloudFormationTwin, GivesTheApiCaseFindings) {
  Kind cloudformation = kNoKind;
  ASSERT_TRUE(parse_kind("cloudformation", cloudformation));
  const TwinCase& c = GetParam();
  LintOptions options = test::case_options(c.rule);
  auto of_rule = [&](const Finding& f) { return f.rule == c.rule; };

  // The API case; its files are loaded again for mapping pointers.
  ASSERT_TRUE(fs::exists(c.api)) << c.api << " is missing: the twin is left over";
  std::vector<fs::path> api_paths;
  std::vector<FileResult> api_files = test::lint_case(c.api, options, &api_paths);

  // The twin.
  std::string twin_name = c.twin.filename().string();
  Source twin_source = make_source(twin_name, test::read_file(c.twin));
  Document twin_doc = load_document(twin_source);
  ASSERT_TRUE(twin_doc.ok) << twin_name << " does not load";
  std::vector<FileResult> twin_files{lint_source(twin_source, options)};
  link_results(twin_files, {options});
  EXPECT_EQ(twin_files[0].kind, cloudformation) << twin_name << " is not read as a template";

  // The linked task definition of a folder case, whose file name cross-file messages mention.
  LinkedTask task;
  std::vector<Document> api_docs;
  for (size_t i = 0; i < api_files.size(); ++i)
    api_docs.push_back(load_document(make_source(api_files[i].source.path,
                                                 test::read_file(api_paths[i]))));
  for (size_t i = 0; i < api_files.size() && api_files.size() > 1; ++i)
    if (api_files[i].kind == kTaskDefinition) {
      task.path = api_files[i].source.path;
      task.api = &api_docs[i];
      task.api_source = api_files[i].source;
    }

  std::vector<Seen> expected, actual;
  for (size_t i = 0; i < api_files.size(); ++i) {
    const FileResult& file = api_files[i];
    std::string logical_id = file.kind == kService ? "Service" : "TaskDef";
    for (const Finding& f : file.findings) {
      if (!of_rule(f)) continue;
      std::string pointer = twin_pointer(api_docs[i].root, twin_doc.root, logical_id, f.pointer);
      Region r = resolve_region(twin_source, twin_doc, pointer, f.at_key);
      std::string message =
          twin_message(f.message, task, twin_name, twin_doc.root, twin_source, twin_doc);
      expected.push_back({std::string(level_name(f.level)) + ": " + logical_id + ": " + message,
                          show(r.start) + "-" + show(r.end), pointer});
    }
  }
  for (const Finding& f : twin_files[0].findings)
    if (of_rule(f))
      actual.push_back({std::string(level_name(f.level)) + ": " + f.message,
                        show(f.region.start) + "-" + show(f.region.end), f.pointer});

  // The differences CloudFormation makes by design, each checked to be there.
  std::vector<std::string> problems;
  static const auto exceptions = load_exceptions(problems);
  EXPECT_TRUE(problems.empty()) << problems.front();
  std::string case_id = c.rule + "/" + c.api.filename().string();
  if (auto it = exceptions.find(case_id); it != exceptions.end()) {
    for (const Difference& d : it->second) {
      std::vector<Seen>& side = d.change == "missing" ? expected : actual;
      auto hit = std::find_if(side.begin(), side.end(), [&](const Seen& s) {
        return d.change == "missing" ? matches(s.finding, d.finding) : matches(d.finding, s.finding);
      });
      if (hit == side.end()) {
        ADD_FAILURE() << "EXCEPTIONS.tsv lists for " << case_id << " the " << d.change
                      << " finding \"" << d.finding << "\", which the "
                      << (d.change == "missing" ? "API case" : "twin") << " does not give";
        continue;
      }
      side.erase(hit);
    }
  }

  // Pair each expected finding with an actual one of the same text, at the same place if there
  // is one; what is left unpaired, or paired at another place, fails.
  std::sort(expected.begin(), expected.end());
  std::sort(actual.begin(), actual.end());
  std::vector<bool> used(actual.size(), false);
  std::vector<Seen> missing, misplaced;
  for (const Seen& e : expected) {
    size_t pick = actual.size();
    for (size_t k = 0; k < actual.size(); ++k) {
      if (used[k] || !matches(e.finding, actual[k].finding)) continue;
      if (pick == actual.size()) pick = k;
      if (actual[k].region == e.region) {
        pick = k;
        break;
      }
    }
    if (pick == actual.size()) {
      missing.push_back(e);
      continue;
    }
    used[pick] = true;
    if (actual[pick].region != e.region)
      misplaced.push_back({e.finding, "expected " + e.region + " (" + e.pointer + "), got " +
                                          actual[pick].region + " (" + actual[pick].pointer + ")",
                           ""});
  }
  std::vector<Seen> extra;
  for (size_t k = 0; k < actual.size(); ++k)
    if (!used[k]) extra.push_back(actual[k]);
  EXPECT_TRUE(missing.empty() && extra.empty())
      << twin_name << " and " << case_id << " give different findings\n"
      << "only the API case (expected in the twin):\n" << join(missing)
      << "only the twin:\n" << join(extra);
  EXPECT_TRUE(misplaced.empty()) << twin_name << ": findings not at the corresponding node\n"
                                 << join(misplaced);
}

std::string case_name(const ::testing::TestParamInfo<TwinCase>& info) {
  std::string name = info.param.rule + "__" + info.param.twin.filename().string();
  for (char& ch : name)
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Testdata, CloudFormationTwin, ::testing::ValuesIn(discover_twins()),
                         case_name);

// A twin whose API case is gone, or a rule's case with neither a twin nor a SKIPPED.tsv line,
// means the generator was not re-run; the cloudformation-twins ctest names the files.
TEST(CloudFormationTwins, ExistForTheRulesCases) {
  EXPECT_FALSE(discover_twins().empty());
  EXPECT_TRUE(fs::exists(kTwins / "SKIPPED.tsv"));
  EXPECT_TRUE(fs::exists(kTwins / "EXCEPTIONS.tsv"));
}

}  // namespace
}  // namespace ecslint
