// Documentation that is generated or consumed by other tools: docs/rules.md must be what
// `ecslint rules --format markdown` prints, and the schemas `ecslint schema KIND` prints must be
// plain JSON Schema draft-07 that editors (yaml-language-server, VS Code) can use.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "core/json.hpp"
#include "core/schema.hpp"

namespace ecslint {
namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string command_output(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return out;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  pclose(pipe);
  return out;
}

// Committed rather than generated at build time: the SARIF helpUri of every rule points at its
// section of docs/rules.md on GitHub, which only a committed file provides.
TEST(Docs, RulesReferenceIsUpToDate) {
  const std::string generated = command_output("'" ECSLINT_BINARY "' rules --format markdown");
  ASSERT_FALSE(generated.empty());
  const std::string committed = slurp(ECSLINT_SOURCE_DIR "/docs/rules.md");
  EXPECT_TRUE(generated == committed)
      << "docs/rules.md is stale; regenerate it with\n"
         "  build/ecslint rules --format markdown > docs/rules.md\n"
         "and commit the result";
}

// Everything draft-07 defines (validation, applicators, annotations). A keyword outside this
// list would be ignored or rejected by an editor's validator.
const std::set<std::string> kDraft7 = {
    "$schema", "$id", "$ref", "$comment", "title", "description", "default", "readOnly",
    "writeOnly", "examples", "multipleOf", "maximum", "exclusiveMaximum", "minimum",
    "exclusiveMinimum", "maxLength", "minLength", "pattern", "additionalItems", "items",
    "maxItems", "minItems", "uniqueItems", "contains", "maxProperties", "minProperties",
    "required", "additionalProperties", "definitions", "properties", "patternProperties",
    "dependencies", "propertyNames", "const", "enum", "type", "format", "contentMediaType",
    "contentEncoding", "if", "then", "else", "allOf", "anyOf", "oneOf", "not"};

// Walks every subschema, collecting keywords that are not draft-07 and $refs that do not
// resolve inside the document.
void check_schema(const Json& root, const Json& schema, const std::string& at,
                  std::vector<std::string>& problems) {
  if (schema.IsBool()) return;
  if (!schema.IsObject()) {
    problems.push_back(at + ": not a schema");
    return;
  }
  for (const auto& m : schema.GetObject()) {
    const std::string key = m.name.GetString();
    const Json& v = m.value;
    const std::string here = at + "/" + key;
    if (!kDraft7.count(key)) problems.push_back(here + ": not a draft-07 keyword");
    if (key == "$ref") {
      std::string ref = v.GetString();
      if (ref.rfind("#", 0) != 0 || !rapidjson::Pointer(ref.substr(1).c_str()).Get(root))
        problems.push_back(here + ": " + ref + " does not resolve in this schema");
    } else if (key == "properties" || key == "definitions" || key == "patternProperties") {
      for (const auto& p : v.GetObject())
        check_schema(root, p.value, here + "/" + p.name.GetString(), problems);
    } else if (key == "dependencies") {
      for (const auto& p : v.GetObject())
        if (p.value.IsObject()) check_schema(root, p.value, here + "/" + p.name.GetString(), problems);
    } else if (key == "items" && v.IsArray()) {
      for (rapidjson::SizeType i = 0; i < v.Size(); ++i)
        check_schema(root, v[i], here + "/" + std::to_string(i), problems);
    } else if (key == "allOf" || key == "anyOf" || key == "oneOf") {
      for (rapidjson::SizeType i = 0; i < v.Size(); ++i)
        check_schema(root, v[i], here + "/" + std::to_string(i), problems);
    } else if (key == "items" || key == "additionalItems" || key == "additionalProperties" ||
               key == "contains" || key == "propertyNames" || key == "if" || key == "then" ||
               key == "else" || key == "not") {
      check_schema(root, v, here, problems);
    }
  }
}

TEST(Docs, PrintedSchemasArePlainDraft7) {
  for (const char* kind : {"task-definition", "service", "appspec", "config"}) {
    // The text `ecslint schema KIND` prints.
    const std::string text = command_output(std::string("'" ECSLINT_BINARY "' schema ") + kind);
    EXPECT_EQ(text, std::string(embedded_schema(kind)) + (text.back() == '\n' ? "" : "\n"));
    rapidjson::Document doc;
    doc.Parse(text.c_str());
    ASSERT_FALSE(doc.HasParseError()) << kind;
    ASSERT_TRUE(doc.HasMember("$schema")) << kind;
    EXPECT_STREQ(doc["$schema"].GetString(), "http://json-schema.org/draft-07/schema#") << kind;
    std::vector<std::string> problems;
    check_schema(doc, doc, "", problems);
    EXPECT_TRUE(problems.empty()) << kind << ":\n" << ::testing::PrintToString(problems);
  }
}

TEST(Docs, TheDraft7CheckCatchesForeignKeywords) {
  rapidjson::Document doc;
  doc.Parse(R"({"properties": {"a": {"type": "string", "x-internal": 1, "$ref": "#/nowhere"}}})");
  std::vector<std::string> problems;
  check_schema(doc, doc, "", problems);
  EXPECT_EQ(problems.size(), 2u) << ::testing::PrintToString(problems);
}

}  // namespace
}  // namespace ecslint
