// The schema check: valijson finds what is wrong, and the rest of this file says it in plain
// words. valijson is used nowhere else.
#include "core/schema.hpp"

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "core/document.hpp"
#include "core/json.hpp"
#include "rules/rule.hpp"

// core/json.hpp defines a throwing RAPIDJSON_ASSERT on purpose, and the adapter `#warning`s
// about any RAPIDJSON_ASSERT it did not define itself. g++ 12 ignores `#pragma GCC diagnostic
// ignored "-Wcpp"` in C++ (GCC bug 53431, fixed in 13), so hide our macro while the adapter is
// read instead. RapidJSON's headers are already in, so the adapter's own definition reaches no
// RapidJSON code, and ours is back for everything after.
#pragma push_macro("RAPIDJSON_ASSERT")
#undef RAPIDJSON_ASSERT
#include <valijson/adapters/rapidjson_adapter.hpp>
#undef RAPIDJSON_ASSERT
#pragma pop_macro("RAPIDJSON_ASSERT")
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace ecslint {

std::string_view embedded_file(std::string_view name);

namespace {

constexpr const char* kRuleId = "schema-violation";
// valijson's `pattern` runs libstdc++ std::regex, which recurses once per character and
// overflows the stack on strings of some ten thousand characters. Longer strings never reach it.
constexpr size_t kMaxPatternInput = 4096;
// A $ref chain longer than this is a loop in the schema, not a deeper definition.
constexpr int kMaxRefHops = 32;
// Values and keys quoted in messages are cut to this many bytes.
constexpr size_t kMaxQuoted = 60;

/// A schema parsed twice: for valijson, and as JSON to word the messages from.
struct CompiledSchema {
  rapidjson::Document json;
  valijson::Schema schema;
};

/// Throws for text that is not a schema: schemas are ours, so that is a bug, not bad input.
std::unique_ptr<const CompiledSchema> compile(std::string_view text) {
  auto compiled = std::make_unique<CompiledSchema>();
  compiled->json.Parse(text.data(), text.size());
  if (compiled->json.HasParseError() || !compiled->json.IsObject())
    throw std::runtime_error("a JSON Schema given to ecslint is not a JSON object");
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  parser.populateSchema(valijson::adapters::RapidJsonAdapter(compiled->json), compiled->schema);
  return compiled;
}

// Function-local statics: each embedded schema is parsed once, on first use, thread-safely.
// A service document naming the service in `service` rather than `serviceName` is UpdateService
// input (a common second file beside the CreateService one), checked against that request.
const CompiledSchema* embedded(Kind kind, const Json& root) {
  auto load = [](std::string_view name) {
    std::string_view text = embedded_file(name);
    return text.empty() ? nullptr : compile(text);
  };
  switch (kind) {
    case kTaskDefinition: {
      static const auto task = load("task-definition");
      return task.get();
    }
    case kContainerDefinitions: {
      // The task-definition schema without its required task-level members: the view
      // {"containerDefinitions": [...]} then has its items checked as ContainerDefinition.
      static const auto containers = [] {
        auto compiled = std::make_unique<CompiledSchema>();
        std::string_view text = embedded_file("task-definition");
        compiled->json.Parse(text.data(), text.size());
        if (compiled->json.HasParseError() || !compiled->json.IsObject())
          throw std::runtime_error("the embedded task-definition schema is not a JSON object");
        compiled->json.RemoveMember("required");
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        parser.populateSchema(valijson::adapters::RapidJsonAdapter(compiled->json),
                              compiled->schema);
        return std::unique_ptr<const CompiledSchema>(std::move(compiled));
      }();
      return containers.get();
    }
    case kService: {
      if (root.IsObject() && root.HasMember("service") && !root.HasMember("serviceName")) {
        static const auto update = load("update-service");
        return update.get();
      }
      static const auto service = load("service");
      return service.get();
    }
    case kAppSpec: {
      static const auto appspec = load("appspec");
      return appspec.get();
    }
    default:
      return nullptr;
  }
}

// ---- Walking the schema beside the document ----------------------------------------------

bool parse_index(const std::string& token, size_t& index) {
  if (token.empty() || token.size() > 9) return false;
  index = 0;
  for (char c : token) {
    if (c < '0' || c > '9') return false;
    index = index * 10 + static_cast<size_t>(c - '0');
  }
  return true;
}

/// The value that unescaped pointer tokens name in `root`, or nullptr.
const Json* find_tokens(const Json& root, const std::vector<std::string>& tokens) {
  const Json* at = &root;
  for (const std::string& token : tokens) {
    size_t index = 0;
    if (at->IsArray()) {
      if (!parse_index(token, index) || index >= at->Size()) return nullptr;
      at = &(*at)[static_cast<rapidjson::SizeType>(index)];
    } else {
      at = member(*at, token);
      if (!at) return nullptr;
    }
  }
  return at;
}

/// The schema of a member or item of `parent`, before its $ref is followed.
const Json* child_schema(const Json* node, const Json& parent, const std::string& token) {
  if (!node) return nullptr;
  if (parent.IsArray()) return object_member(*node, "items");
  if (const Json* properties = object_member(*node, "properties"))
    if (const Json* property = member(*properties, token)) return property;
  return object_member(*node, "additionalProperties");
}

/// One value of the document, with the schema that governs it.
struct Place {
  std::string pointer;
  const Json* value = nullptr;  ///< nullptr when the path leaves the document
  std::string name;             ///< the nearest member name on the path ("" at the root)
  bool in_array = false;        ///< the value is an item of the array `name`
  SchemaAt schema;
};

/// Walks `tokens` through the document and the schema together. A token is an index when the
/// current value is an array and a key otherwise, which settles valijson's ambiguous `[0]`.
Place walk(const CompiledSchema& schema, const Json& root, const std::vector<std::string>& tokens) {
  Place place;
  place.value = &root;
  place.schema = follow_refs(schema.json, &schema.json);
  for (const std::string& token : tokens) {
    if (!place.value) break;
    const Json& parent = *place.value;
    place.value = nullptr;
    size_t index = 0;
    if (parent.IsArray()) {
      if (!parse_index(token, index)) break;
      append_index(place.pointer, index);
      if (index < parent.Size()) place.value = &parent[static_cast<rapidjson::SizeType>(index)];
      place.in_array = true;
    } else {
      append_token(place.pointer, token);
      place.value = member(parent, token);
      place.name = token;
      place.in_array = false;
    }
    place.schema = follow_refs(schema.json, child_schema(place.schema.node, parent, token));
  }
  return place;
}

/// valijson 1.0 names a value by a context such as `<root>`, `[containerDefinitions]`, `[0]`.
std::vector<std::string> context_tokens(const std::vector<std::string>& context) {
  std::vector<std::string> tokens;
  for (size_t i = 1; i < context.size(); ++i) {  // context[0] is "<root>"
    const std::string& segment = context[i];
    if (segment.size() < 2 || segment.front() != '[' || segment.back() != ']') break;
    tokens.push_back(segment.substr(1, segment.size() - 2));
  }
  return tokens;
}

// ---- Words -------------------------------------------------------------------------------

std::string_view text_of(const Json& string) {
  return {string.GetString(), string.GetStringLength()};
}

size_t count_chars(std::string_view text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

/// `text` in backticks, cut (at a character boundary) when long, with control characters
/// escaped so that a NUL or a newline in a key cannot break a report line.
std::string quote(std::string_view text) {
  size_t cut = text.size();
  if (cut > kMaxQuoted) {
    cut = kMaxQuoted;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  }
  std::string out = "`";
  for (char c : text.substr(0, cut)) {
    if (static_cast<unsigned char>(c) < 0x20)
      out += fmt::format("\\u{:04x}", static_cast<unsigned char>(c));
    else
      out += c;
  }
  out += cut < text.size() ? "...`" : "`";
  return out;
}

std::string json_text(const Json& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

/// A value as a message shows it: strings in backticks, anything else described.
std::string show(const Json& value) {
  return value.IsString() ? quote(text_of(value)) : describe_value(value);
}

std::string with_article(std::string_view noun) {
  bool vowel =
      !noun.empty() && std::string_view("aeiouAEIOU").find(noun[0]) != std::string_view::npos;
  return fmt::format("{} {}", vowel ? "an" : "a", noun);
}

/// What a message calls the value at `place`: its schema title, else its member name.
std::string noun(const Place& place) {
  if (place.schema.title) return std::string(text_of(*place.schema.title));
  if (place.name.empty()) return "the value";
  return place.in_array ? fmt::format("{} item", quote(place.name)) : quote(place.name);
}

std::string type_phrase(std::string_view type) {
  if (type == "null") return "null";
  return with_article(type);
}

std::string expected_types(const Json* node) {
  const Json* type = node ? member(*node, "type") : nullptr;
  if (!type) return {};
  if (type->IsString()) return type_phrase(text_of(*type));
  std::string phrase;
  if (type->IsArray()) {
    for (const Json& item : type->GetArray()) {
      if (!item.IsString()) continue;
      if (!phrase.empty()) phrase += " or ";
      phrase += type_phrase(text_of(item));
    }
  }
  return phrase;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

/// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions).
size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        current[j] = std::min(current[j], before[j - 2] + 1);
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

/// The closest candidate to `word`: a case-insensitive match first, else the nearest within
/// max(2, length / 3) edits; "" when nothing is close. Ties go to the earlier candidate.
std::string closest(std::string_view word, const std::vector<std::string_view>& candidates) {
  const std::string folded = lower(word);
  for (std::string_view candidate : candidates)
    if (candidate != word && lower(candidate) == folded) return std::string(candidate);
  const size_t limit = std::max<size_t>(2, word.size() / 3);
  std::string best;
  size_t best_distance = limit + 1;
  for (std::string_view candidate : candidates) {
    size_t gap = candidate.size() > word.size() ? candidate.size() - word.size()
                                                : word.size() - candidate.size();
    if (gap >= best_distance) continue;  // the distance is at least the length difference
    size_t distance = edit_distance(folded, lower(candidate));
    if (distance < best_distance) {
      best_distance = distance;
      best = std::string(candidate);
    }
  }
  return best;
}

// ---- From valijson errors to findings ----------------------------------------------------

// clang-format off
enum class Problem : uint8_t {
  type, enumeration, required, unknown, minimum, maximum, min_length, max_length, min_items,
  max_items, pattern, summary, other
};
// clang-format on

// valijson 1.0's descriptions (validation_visitor.hpp), by prefix. Debian pins 1.0, and the tests
// pin these texts.
constexpr std::pair<std::string_view, Problem> kDescriptions[] = {
    {"Value type not permitted by 'type' constraint", Problem::type},
    {"Failed to match against any enum values", Problem::enumeration},
    {"Missing required property '", Problem::required},
    {"Object contains a property that could not be validated", Problem::unknown},
    {"Expected number less than", Problem::maximum},
    {"Expected number greater than", Problem::minimum},
    {"String should be no fewer than", Problem::min_length},
    {"String should be no more than", Problem::max_length},
    {"Array should contain no fewer than", Problem::min_items},
    {"Array should contain no more than", Problem::max_items},
    {"Failed to match regex specified by 'pattern'", Problem::pattern},
    // Summaries that valijson repeats on every ancestor of a real error.
    {"Failed to validate", Problem::summary},
};

Problem classify(std::string_view description) {
  for (const auto& [prefix, problem] : kDescriptions)
    if (description.substr(0, prefix.size()) == prefix) return problem;
  return Problem::other;
}

/// Problems that are about a value itself, which a placeholder leaves unknown.
bool is_value_problem(Problem problem) {
  switch (problem) {
    case Problem::type:
    case Problem::enumeration:
    case Problem::minimum:
    case Problem::maximum:
    case Problem::min_length:
    case Problem::max_length:
    case Problem::pattern:
      return true;
    default:
      return false;
  }
}

struct Error {
  Place place;
  Problem problem;
  std::string description;
};

bool extends(const std::string& deeper, const std::string& pointer) {
  return deeper.size() > pointer.size() && deeper.compare(0, pointer.size(), pointer) == 0 &&
         deeper[pointer.size()] == '/';
}

/// True when some pointer in the sorted list lies strictly below `pointer`.
bool has_below(const std::vector<std::string>& sorted, const std::string& pointer) {
  auto it = std::lower_bound(sorted.begin(), sorted.end(), pointer + '/');
  return it != sorted.end() && extends(*it, pointer);
}

bool contains(const std::vector<std::string>& sorted, const std::string& pointer) {
  return std::binary_search(sorted.begin(), sorted.end(), pointer);
}

Finding finding(std::string pointer, std::string message, bool at_key = false) {
  Finding f;
  f.rule = kRuleId;
  f.message = std::move(message);
  f.pointer = std::move(pointer);
  f.at_key = at_key;
  return f;
}

const Json* keyword(const Place& place, const char* name) {
  return place.schema.node ? member(*place.schema.node, name) : nullptr;
}

/// "`family` is 300 characters long; at most 255 characters are allowed", "`tags` has 51
/// items; at most 50 items are allowed", "`containerDefinitions` is empty; at least 1 item is
/// required". `unit` is "character" or "item".
std::string size_message(const Place& place, size_t size, const Json& bound, bool at_most,
                         std::string_view unit) {
  std::string limit = json_text(bound);
  const char* plural = size == 1 ? "" : "s";
  std::string actual = "is empty";
  if (size > 0 && unit == "item") actual = fmt::format("has {} {}{}", size, unit, plural);
  if (size > 0 && unit != "item") actual = fmt::format("is {} {}{} long", size, unit, plural);
  return fmt::format("{} {}; at {} {} {}{} {} {}", noun(place), actual, at_most ? "most" : "least",
                     limit, unit, limit == "1" ? "" : "s", limit == "1" ? "is" : "are",
                     at_most ? "allowed" : "required");
}

std::string enum_message(const Place& place, const Json& value) {
  const Json* values = keyword(place, "enum");
  std::string message = fmt::format("{} is not a valid {}", show(value), noun(place));
  if (!values || !values->IsArray()) return message;
  std::vector<std::string_view> names;
  std::string list;
  for (const Json& item : values->GetArray()) {
    if (!list.empty()) list += ", ";
    if (item.IsString()) {
      names.push_back(text_of(item));
      list += text_of(item);
    } else {
      list += json_text(item);
    }
  }
  message += fmt::format("; expected one of: {}", list);
  if (value.IsString()) message += did_you_mean(text_of(value), names);
  return message;
}

/// True when the number `value` lies beyond `bound` (a minimum when `lower`).
bool breaks_bound(const Json& value, const Json* bound, bool lower) {
  if (!bound || !bound->IsNumber()) return false;
  return lower ? value.GetDouble() < bound->GetDouble() : value.GetDouble() > bound->GetDouble();
}

/// False when valijson reported a minimum or maximum that the number at `place` keeps: valijson
/// 1.0 reads integers above INT64_MAX as negative (18446744073709551615 "is below the minimum 0"
/// and passes any maximum), so bounds are compared again here.
bool breaks_bounds(const Place& place) {
  const Json& value = *place.value;
  return value.IsNumber() && (breaks_bound(value, keyword(place, "minimum"), true) ||
                              breaks_bound(value, keyword(place, "maximum"), false));
}

/// The message for one error at a value (everything but unknown members), or "" when the schema
/// does not say enough to word it (the caller then falls back to valijson's text).
std::string value_message(const Error& error) {
  const Place& place = error.place;
  const Json& value = *place.value;
  switch (error.problem) {
    case Problem::type: {
      if (value.IsNull()) return "null is not allowed here; remove the member or give it a value";
      std::string expected = expected_types(place.schema.node);
      if (expected.empty()) return {};
      std::string message = fmt::format("expected {}, got {}", expected, describe_value(value));
      // YAML 1.1 read yes/no/on/off as booleans; YAML 1.2 (the AWS CLI's and the GitHub deploy
      // action's parsers) reads them as strings, which ECS then rejects.
      if (expected == "a boolean" && value.IsString()) {
        std::string word = lower(text_of(value));
        if (word == "yes" || word == "no" || word == "on" || word == "off" || word == "y" ||
            word == "n")
          message += fmt::format(" (YAML 1.2 reads {} as text; write true or false)",
                                 quote(text_of(value)));
      }
      return message;
    }
    case Problem::enumeration:
      return enum_message(place, value);
    case Problem::maximum:
    case Problem::minimum: {
      const Json* bound = keyword(place, "minimum");
      if (value.IsNumber() && breaks_bound(value, bound, true))
        return fmt::format("{} {} is below the minimum {}", noun(place), json_text(value),
                           json_text(*bound));
      bound = keyword(place, "maximum");
      if (value.IsNumber() && breaks_bound(value, bound, false))
        return fmt::format("{} {} is above the maximum {}", noun(place), json_text(value),
                           json_text(*bound));
      return {};
    }
    case Problem::min_length:
    case Problem::max_length: {
      bool at_most = error.problem == Problem::max_length;
      const Json* bound = keyword(place, at_most ? "maxLength" : "minLength");
      if (!bound || !bound->IsNumber() || !value.IsString()) return {};
      return size_message(place, count_chars(text_of(value)), *bound, at_most, "character");
    }
    case Problem::min_items:
    case Problem::max_items: {
      bool at_most = error.problem == Problem::max_items;
      const Json* bound = keyword(place, at_most ? "maxItems" : "minItems");
      if (!bound || !bound->IsNumber() || !value.IsArray()) return {};
      return size_message(place, value.Size(), *bound, at_most, "item");
    }
    case Problem::pattern: {
      std::optional<std::string_view> pattern =
          place.schema.node ? string_member(*place.schema.node, "pattern") : std::nullopt;
      if (!pattern || !value.IsString()) return {};
      return fmt::format("{} does not match the pattern {} required for {}", show(value),
                         quote(*pattern), noun(place));
    }
    case Problem::summary:
      return place.pointer.empty() ? "the document does not match the schema"
                                   : fmt::format("{} does not match the schema", noun(place));
    default:
      return {};
  }
}

/// One finding per member of the object at `place` that its schema does not list.
void report_unknown_members(const Error& error, std::vector<Finding>& out,
                            MemberSpelling spelling) {
  const Place& place = error.place;
  const Json* properties =
      place.schema.node ? object_member(*place.schema.node, "properties") : nullptr;
  const Json* extra =
      place.schema.node ? member(*place.schema.node, "additionalProperties") : nullptr;
  if (!place.value->IsObject() || !extra || !extra->IsFalse()) {
    out.push_back(finding(place.pointer, error.description));
    return;
  }
  std::vector<std::string> spelled;  // the names as the document spells them, when it differs
  if (properties && spelling)
    for (const auto& property : properties->GetObject())
      spelled.push_back(spelling(text_of(property.name), place.schema.definition));
  std::vector<std::string_view> known;
  if (spelling)
    known.assign(spelled.begin(), spelled.end());
  else if (properties)
    for (const auto& property : properties->GetObject()) known.push_back(text_of(property.name));
  std::string kind_of_object =
      place.schema.title ? std::string(text_of(*place.schema.title)) : place.schema.definition;
  std::string what =
      kind_of_object.empty() ? "a known member" : with_article(kind_of_object) + " parameter";
  for (const auto& item : place.value->GetObject()) {
    std::string_view key = text_of(item.name);
    if (properties && properties->HasMember(item.name)) continue;
    std::string pointer = place.pointer;
    append_token(pointer, key);
    out.push_back(finding(std::move(pointer),
                          fmt::format("{} is not {}{}", quote(key), what, did_you_mean(key, known)),
                          true));
  }
}

/// A string too long for std::regex, where the schema asks for a pattern.
struct Oversized {
  Place place;
  size_t length = 0;
};

/// True when some string under `value` is too long for std::regex: a walk that allocates
/// nothing, since the answer is nearly always no.
bool has_long_string(const Json& value, int depth) {
  if (depth > 2 * kMaxDepth) return false;
  if (value.IsString()) return value.GetStringLength() > kMaxPatternInput;
  if (value.IsArray()) {
    for (const Json& item : value.GetArray())
      if (has_long_string(item, depth + 1)) return true;
  } else if (value.IsObject()) {
    for (const auto& item : value.GetObject())
      if (has_long_string(item.value, depth + 1)) return true;
  }
  return false;
}

void find_long_strings(const Json& value, std::vector<std::string>& path,
                       std::vector<std::vector<std::string>>& found, int depth) {
  if (depth > 2 * kMaxDepth) return;
  if (value.IsString() && value.GetStringLength() > kMaxPatternInput) {
    found.push_back(path);
  } else if (value.IsArray()) {
    for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
      path.push_back(std::to_string(i));
      find_long_strings(value[i], path, found, depth + 1);
      path.pop_back();
    }
  } else if (value.IsObject()) {
    for (const auto& item : value.GetObject()) {
      path.emplace_back(text_of(item.name));
      find_long_strings(item.value, path, found, depth + 1);
      path.pop_back();
    }
  }
}

std::string oversized_message(const Oversized& big) {
  const Json* max_length = keyword(big.place, "maxLength");
  if (max_length && max_length->IsNumber() &&
      max_length->GetDouble() < static_cast<double>(big.length))
    return size_message(big.place, big.length, *max_length, true, "character");
  std::optional<std::string_view> pattern = string_member(*big.place.schema.node, "pattern");
  return fmt::format("{} is {} characters long, too long to check against its pattern {}",
                     noun(big.place), big.length, quote(pattern.value_or("")));
}

void check(const CompiledSchema& schema, const Json& root, Kind kind, std::vector<Finding>& out,
           MemberSpelling spelling = nullptr) {
  // Strings std::regex cannot take are blanked in a copy, and reported here instead.
  std::vector<std::vector<std::string>> long_paths;
  std::vector<std::string> path;
  if (has_long_string(root, 0)) find_long_strings(root, path, long_paths, 0);
  std::vector<Oversized> oversized;
  rapidjson::Document copy;
  const Json* target = &root;
  for (const auto& tokens : long_paths) {
    Place place = walk(schema, root, tokens);
    if (!place.schema.node || !string_member(*place.schema.node, "pattern")) continue;
    oversized.push_back({place, count_chars(text_of(*place.value))});
    if (target == &root) {
      copy.CopyFrom(root, copy.GetAllocator());
      target = &copy;
    }
    // The copy is ours to change; find_tokens only hands out const pointers.
    if (const Json* value = find_tokens(copy, tokens)) const_cast<Json*>(value)->SetString("");
  }

  // One validator per thread: it caches compiled `pattern` regexes across calls.
  thread_local valijson::Validator validator(valijson::Validator::kStrongTypes);
  // Validating without collecting errors first, to skip the collection for valid documents,
  // measured slower (callgrind, 1,000 files of which 2% invalid: 413 M -> 417 M instructions):
  // valijson's cost is the walk itself (a copied context per member, a std::function per
  // subschema), which it does either way.
  valijson::ValidationResults results;
  bool valid =
      validator.validate(schema.schema, valijson::adapters::RapidJsonAdapter(*target), &results);
  std::vector<Finding> found;
  if (!valid && results.numErrors() == 0)  // propertyNames fails silently in valijson 1.0
    found.push_back(finding("", "the document does not match the schema"));

  std::vector<Error> errors;
  for (const auto& raw : results) {
    errors.push_back({walk(schema, *target, context_tokens(raw.context)), classify(raw.description),
                      raw.description});
  }
  std::vector<std::string> all, leaves, typed, sized, blanked;
  for (const Error& e : errors) {
    all.push_back(e.place.pointer);
    if (e.problem != Problem::summary) leaves.push_back(e.place.pointer);
    if (e.problem == Problem::type) typed.push_back(e.place.pointer);
    if (e.problem == Problem::min_length || e.problem == Problem::max_length)
      sized.push_back(e.place.pointer);
  }
  for (const Oversized& big : oversized) blanked.push_back(big.place.pointer);
  for (auto* list : {&all, &leaves, &typed, &sized, &blanked})
    std::sort(list->begin(), list->end());

  // ecspresso fills in serviceName and taskDefinition itself.
  const bool ecspresso = kind == kService && root.IsObject() && !root.HasMember("serviceName") &&
                         !root.HasMember("taskDefinition");

  for (const Error& e : errors) {
    const Place& place = e.place;
    // A summary repeats the errors below it; one with nothing below is a silent failure.
    if (e.problem == Problem::summary &&
        (has_below(all, place.pointer) || contains(leaves, place.pointer)))
      continue;
    if (contains(blanked, place.pointer)) continue;
    if (!place.value) {
      found.push_back(finding(place.pointer, e.description));
      continue;
    }
    if (is_value_problem(e.problem)) {
      if (place.value->IsString() && is_placeholder(text_of(*place.value))) continue;
      // With strong types a wrong type also fails `enum`; the type is the real problem. A
      // pattern such as ^[a-z]{1,255}$ fails along with a length bound, which says it better.
      if (e.problem != Problem::type && contains(typed, place.pointer)) continue;
      if (e.problem == Problem::pattern && contains(sized, place.pointer)) continue;
    }
    if ((e.problem == Problem::minimum || e.problem == Problem::maximum) && !breaks_bounds(place))
      continue;
    if (e.problem == Problem::required) {
      constexpr std::string_view kPrefix = "Missing required property '";
      std::string name = e.description.substr(kPrefix.size());
      if (name.size() >= 2 && name.compare(name.size() - 2, 2, "'.") == 0)
        name.resize(name.size() - 2);
      if (ecspresso && place.pointer.empty() && (name == "serviceName" || name == "taskDefinition"))
        continue;
      found.push_back(
          finding(place.pointer, fmt::format("missing required member {}", quote(name))));
      continue;
    }
    if (e.problem == Problem::unknown) {
      report_unknown_members(e, found, spelling);
      continue;
    }
    // An empty string for an enumerated member is how some exports spell "unset": the AWS CLI
    // sends it (and ECS rejects it), while SDK-based deploy tools (ecspresso, the GitHub deploy
    // action) drop empty values. That is worth a warning of its own, not a schema error.
    if (e.problem == Problem::enumeration && place.value->IsString() &&
        place.value->GetStringLength() == 0) {
      const char* why = kind == kAppSpec ? "CodeDeploy does not accept it"
                                         : "the AWS CLI sends \"\" and ECS rejects it";
      Finding f = finding(place.pointer,
                          fmt::format("{} is an empty string; remove the member ({}) or give one "
                                      "of the allowed values",
                                      noun(place), why));
      f.rule = "empty-enum-value";
      found.push_back(std::move(f));
      continue;
    }
    std::string message = value_message(e);
    if (message.empty())
      message = fmt::format("{} does not match the schema: {}", noun(place), e.description);
    found.push_back(finding(place.pointer, std::move(message)));
  }
  for (const Oversized& big : oversized)
    found.push_back(finding(big.place.pointer, oversized_message(big)));

  auto key = [](const Finding& f) { return std::tie(f.pointer, f.at_key, f.message); };
  std::sort(found.begin(), found.end(),
            [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
  found.erase(std::unique(found.begin(), found.end(),
                          [&](const Finding& a, const Finding& b) { return key(a) == key(b); }),
              found.end());
  for (Finding& f : found) out.push_back(std::move(f));
}

}  // namespace

SchemaAt follow_refs(const Json& schema_root, const Json* node) {
  SchemaAt at;
  std::vector<std::string> tokens;
  for (int hop = 0; node && node->IsObject(); ++hop) {
    if (!at.title) {
      const Json* title = member(*node, "title");
      if (title && title->IsString()) at.title = title;
    }
    std::optional<std::string_view> ref = string_member(*node, "$ref");
    if (!ref) break;
    if (hop == kMaxRefHops || ref->empty() || ref->front() != '#' ||
        !split_pointer(ref->substr(1), tokens)) {
      node = nullptr;
      break;
    }
    node = find_tokens(schema_root, tokens);
    if (!tokens.empty()) at.definition = tokens.back();
  }
  at.node = node && node->IsObject() ? node : nullptr;
  return at;
}

const Json* schema_json(Kind kind) {
  const CompiledSchema* schema = embedded(kind, Json());
  return schema ? &schema->json : nullptr;
}

void check_schema(const Json& root, Kind kind, std::vector<Finding>& out,
                  MemberSpelling spelling) {
  if (const CompiledSchema* schema = embedded(kind, root))
    check(*schema, root, kind, out, spelling);
}

void check_against_schema(const Json& root, std::string_view schema_text, Kind kind,
                          std::vector<Finding>& out) {
  check(*compile(schema_text), root, kind, out);
}

std::string_view embedded_schema(std::string_view name) { return embedded_file(name); }

std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates) {
  std::string suggestion = closest(word, candidates);
  return suggestion.empty() ? std::string() : fmt::format("; did you mean {}?", quote(suggestion));
}

}  // namespace ecslint
