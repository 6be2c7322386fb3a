#pragma once
/// Checking SARIF against the OASIS SARIF 2.1.0 schema (tests/data/sarif-schema-2.1.0.json) in
/// tests: shared by the writer tests and the CI example tests.
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "core/json.hpp"
// The adapter #warns when RAPIDJSON_ASSERT is already defined, and -Werror makes that an error.
// `#pragma GCC diagnostic ignored "-Wcpp"` cannot silence a #warning in g++ 12 (GCC bug 53431,
// fixed in 13), so the macro is hidden instead: RapidJSON's code above was already read with
// ours, and the adapter's replacement throws too.
#undef RAPIDJSON_ASSERT
#include <valijson/adapters/rapidjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace ecslint {

/// The OASIS schema (draft-04), parsed once and shared by every test.
inline const valijson::Schema& sarif_schema() {
  static const std::unique_ptr<valijson::Schema> schema = [] {
    std::ifstream in(std::string(ECSLINT_SOURCE_DIR) + "/tests/data/sarif-schema-2.1.0.json");
    std::stringstream text;
    text << in.rdbuf();
    rapidjson::Document doc;
    doc.Parse(text.str().c_str());
    EXPECT_FALSE(doc.HasParseError()) << "cannot read the SARIF schema";
    auto s = std::make_unique<valijson::Schema>();
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);
    parser.populateSchema(valijson::adapters::RapidJsonAdapter(doc), *s);
    return s;
  }();
  return *schema;
}

/// Empty when the document is valid SARIF, else the schema errors, one per line.
inline std::string schema_errors(const rapidjson::Document& doc) {
  valijson::Validator validator;
  valijson::ValidationResults results;
  if (validator.validate(sarif_schema(), valijson::adapters::RapidJsonAdapter(doc), &results))
    return "";
  std::string text = "invalid SARIF";
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    text += "\n ";
    for (const std::string& c : error.context) text += c;
    text += ": " + error.description;
  }
  return text;
}

}  // namespace ecslint
