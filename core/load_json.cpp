// JSON loader: RapidJSON's SAX reader feeds the Document and records where every node is.
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "core/load.hpp"
#include "rules/rule.hpp"

namespace ecslint {
namespace {

// A bounds-checked input stream. RapidJSON copies streams that declare `copyOptimization`
// (StringStream does) and then Tell() inside handler callbacks is stale; this one declares
// nothing, so Tell() in a callback is the offset just after the token. Reading past the end
// yields '\0', which also guards the out-of-bounds read of 1.1.0's UTF-8 validation.
struct InputStream {
  using Ch = char;
  const char* begin;
  const char* cur;
  const char* end;
  Ch Peek() const { return cur < end ? *cur : '\0'; }
  Ch Take() { return cur < end ? *cur++ : '\0'; }
  size_t Tell() const { return static_cast<size_t>(cur - begin); }
  Ch* PutBegin() { return nullptr; }
  void Put(Ch) {}
  void Flush() {}
  size_t PutEnd(Ch*) { return 0; }
};

// Forwards SAX events to the Document and appends one NodeLocation per node, in preorder.
struct Recorder {
  rapidjson::Document& doc;
  const InputStream& in;
  std::vector<NodeLocation>& locations;
  std::vector<size_t> open;  // indexes in `locations` of the containers being read
  uint32_t key_begin = NodeLocation::kNoOffset;
  uint32_t key_end = NodeLocation::kNoOffset;
  bool too_deep = false;
  uint32_t too_big_at = NodeLocation::kNoOffset;  // a number beyond the range of a double

  uint32_t here() const { return static_cast<uint32_t>(in.Tell()); }

  // Start of the string token that ends just before `end` (after its closing quote).
  uint32_t string_start(uint32_t end) const {
    const char* text = in.begin;
    uint32_t i = end >= 2 ? end - 2 : 0;  // last byte inside the quotes
    while (i > 0) {
      if (text[i] == '"') {
        uint32_t slashes = 0;
        while (i > slashes && text[i - 1 - slashes] == '\\') ++slashes;
        if (slashes % 2 == 0) return i;
      }
      --i;
    }
    return i;
  }

  uint32_t number_start(uint32_t end) const {
    uint32_t i = end;
    while (i > 0) {
      char c = in.begin[i - 1];
      if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E') --i;
      else break;
    }
    return i;
  }

  void add(uint32_t begin, uint32_t end) {
    NodeLocation loc;
    loc.key_begin = key_begin;
    loc.key_end = key_end;
    loc.value_begin = begin;
    loc.value_end = end;
    locations.push_back(loc);
    key_begin = key_end = NodeLocation::kNoOffset;
  }
  void literal(uint32_t length) { add(here() - length, here()); }
  void number() { add(number_start(here()), here()); }

  bool Null() { literal(4); return doc.Null(); }
  bool Bool(bool b) { literal(b ? 4 : 5); return doc.Bool(b); }
  bool Int(int i) { number(); return doc.Int(i); }
  bool Uint(unsigned u) { number(); return doc.Uint(u); }
  bool Int64(int64_t i) { number(); return doc.Int64(i); }
  bool Uint64(uint64_t u) { number(); return doc.Uint64(u); }
  bool Double(double d) { number(); return doc.Double(d); }
  // Every number arrives as text (kParseNumbersAsStringsFlag) and is converted here, because
  // RapidJSON 1.1.0's full-precision path reads a zero significand with a large exponent
  // (`0e55`) through clz(0) and returns garbage (7.1e-161). The types stay RapidJSON's:
  // integers are 64-bit when they fit (negative ones down to INT64_MIN), doubles otherwise;
  // strtod rounds correctly, as full precision did.
  bool RawNumber(const char* s, rapidjson::SizeType n, bool) {
    number();
    const std::string text(s, n);
    const bool negative = !text.empty() && text[0] == '-';
    if (text.find_first_of(".eE") == std::string::npos) {
      uint64_t u = 0;
      const char* first = text.data() + (negative ? 1 : 0);
      auto parsed = std::from_chars(first, text.data() + text.size(), u);
      constexpr uint64_t kMinMagnitude = uint64_t{1} << 63;  // |INT64_MIN|
      if (parsed.ec == std::errc() && !negative) return doc.Uint64(u);
      if (parsed.ec == std::errc() && u <= kMinMagnitude)
        return doc.Int64(u == kMinMagnitude ? INT64_MIN : -static_cast<int64_t>(u));
    }
    double d = std::strtod(text.c_str(), nullptr);  // "C" locale: ecslint never sets one
    if (d == HUGE_VAL || d == -HUGE_VAL) {
      too_big_at = locations.back().value_begin;
      return false;
    }
    return doc.Double(d);
  }
  bool String(const char* s, rapidjson::SizeType n, bool copy) {
    add(string_start(here()), here());
    return doc.String(s, n, copy);
  }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) {
    key_end = here();
    key_begin = string_start(key_end);
    return doc.Key(s, n, copy);
  }
  bool start_container() {
    if (open.size() >= static_cast<size_t>(kMaxDepth)) {
      too_deep = true;
      return false;
    }
    // With the iterative parser, Tell() at Start* is still on the bracket itself.
    uint32_t at = here();
    if (at > 0 && in.begin[at] != '{' && in.begin[at] != '[') --at;
    open.push_back(locations.size());
    add(at, at);
    return true;
  }
  void end_container() {
    NodeLocation& loc = locations[open.back()];
    uint32_t at = here();
    loc.value_end = (at < static_cast<uint32_t>(in.end - in.begin) &&
                     (in.begin[at] == '}' || in.begin[at] == ']')) ? at + 1 : at;
    loc.subtree_size = static_cast<uint32_t>(locations.size() - open.back());
    open.pop_back();
  }
  bool StartObject() { return start_container() && doc.StartObject(); }
  bool EndObject(rapidjson::SizeType n) { end_container(); return doc.EndObject(n); }
  bool StartArray() { return start_container() && doc.StartArray(); }
  bool EndArray(rapidjson::SizeType n) { end_container(); return doc.EndArray(n); }
};

// Recognises an unquoted template placeholder at `at` ({{ x }}, ${X}, <X>, $$$X$$$, %{ }, @X@)
// and returns it, so the parse error can say the file is a template rather than broken JSON.
std::string placeholder_at(const std::string& text, size_t at) {
  size_t end = at;
  while (end < text.size() && end - at < 80 && text[end] != '\n' && text[end] != ',' &&
         text[end] != '\r')
    ++end;
  std::string token = text.substr(at, end - at);
  while (!token.empty() && (token.back() == ' ' || token.back() == '\t')) token.pop_back();
  if (!token.empty() && is_placeholder(token)) return token;
  return {};
}

}  // namespace

Document load_json(const Source& source) {
  Document doc;
  doc.format = Format::json;
  const std::string& text = source.text;
  InputStream in{text.data(), text.data() + (has_bom(text) ? 3 : 0), text.data() + text.size()};
  Recorder recorder{doc.root, in, doc.locations, {}};
  rapidjson::Reader reader;
  struct Generator {
    rapidjson::Reader& reader;
    InputStream& in;
    Recorder& recorder;
    bool operator()(rapidjson::Document&) {
      constexpr unsigned kFlags = rapidjson::kParseIterativeFlag |
                                  rapidjson::kParseValidateEncodingFlag |
                                  rapidjson::kParseNumbersAsStringsFlag;
      return !reader.Parse<kFlags>(in, recorder).IsError();
    }
  } generate{reader, in, recorder};
  doc.root.Populate(generate);
  if (!reader.HasParseError()) {
    doc.ok = true;
    drop_duplicate_keys(source, doc);
    return doc;
  }
  doc.locations.clear();
  doc.root.SetNull();
  size_t offset = reader.GetErrorOffset();
  std::string message;
  if (recorder.too_deep) {
    message = fmt::format("nesting deeper than {} levels; not an ECS document", kMaxDepth);
  } else if (recorder.too_big_at != NodeLocation::kNoOffset) {
    message = "number too big to be stored in double";
    offset = recorder.too_big_at;
  } else if (std::string token = placeholder_at(text, offset); !token.empty()) {
    message = fmt::format(
        "unquoted template placeholder `{}`: this is a template, not JSON; lint the rendered "
        "file, or quote the placeholder",
        token);
  } else if (offset < text.size() && text[offset] == '\0') {
    // RapidJSON reads a NUL as the end of the text and reports whatever that cuts short.
    message = "a NUL byte is not allowed in JSON";
  } else if (reader.GetParseErrorCode() == rapidjson::kParseErrorStringEscapeInvalid &&
             offset < text.size() && static_cast<unsigned char>(text[offset]) < 0x20) {
    // RapidJSON 1.1.0 files a raw control character under "invalid escape"; the usual cause is
    // a string whose closing quote is missing, so say that.
    message = text[offset] == '\n' || text[offset] == '\r'
                  ? "line break inside a string (missing closing quote?)"
                  : "control character inside a string; escape it (\\t, \\u0000)";
  } else {
    message = rapidjson::GetParseError_En(reader.GetParseErrorCode());
    if (!message.empty() && message.back() == '.') message.pop_back();
    message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
  }
  Finding f;
  f.rule = "parse-error";
  f.message = "not valid JSON: " + message;
  f.located = true;
  f.region.start = f.region.end = position_at(source, offset);
  doc.findings.push_back(std::move(f));
  return doc;
}

Format guess_format(const Source& source) {
  const std::string& p = source.path;
  auto ends_with = [&](const char* suffix) {
    std::string s(suffix);
    return p.size() >= s.size() && p.compare(p.size() - s.size(), s.size(), s) == 0;
  };
  if (ends_with(".json")) return Format::json;
  if (ends_with(".yaml") || ends_with(".yml")) return Format::yaml;
  for (size_t i = has_bom(source.text) ? 3 : 0; i < source.text.size(); ++i) {
    char c = source.text[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    return (c == '{' || c == '[') ? Format::json : Format::yaml;
  }
  return Format::json;
}

Document load_document(const Source& source) {
  return guess_format(source) == Format::json ? load_json(source) : load_yaml(source);
}

}  // namespace ecslint
