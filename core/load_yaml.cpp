// YAML loader: yaml-cpp parses the text, then one recursive walk converts its node graph into the
// same Document and preorder location table the JSON loader makes. This is the only yaml-cpp user.
//
// Choices a reader should know:
// - Plain scalars are typed by the YAML 1.2 core schema (what the ECS deploy GitHub action's
//   `yaml` 2.x parser does), not by yaml-cpp's YAML 1.1 conversions: `yes` stays a string.
// - Aliases are expanded into copies, under a budget (see `Budget`), so an alias bomb is refused
//   instead of eating the machine. A copy keeps the positions of the anchored original.
// - Merge keys (`<<: *base`, YAML 1.1) are applied, as PyYAML, and so the AWS CLI's
//   `--cli-input-yaml`, does: the mapping's own keys win over merged ones, and earlier merged
//   mappings win over later ones. Merged members take the place of the `<<` entry.
// - yaml-cpp's `Mark().pos` is a byte offset that does not count a UTF-8 byte order mark; we add
//   the BOM's 3 bytes back so offsets index `Source::text`.
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <limits>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>

#include "core/load.hpp"

namespace ecslint {
namespace {

// An alias-free document holds at most about one node per byte of text ("{a,b}" is the densest
// form), and its strings are at most 1.5 times their source (the escape "\L" is 2 bytes of text
// for 3 of UTF-8). Twice the file size therefore never refuses a file without aliases, yet keeps
// memory linear in the input whatever the aliases do. The floors leave room for ordinary anchor
// reuse in small files; a 9-level billion-laughs file trips the node floor within milliseconds.
constexpr size_t kMinNodeBudget = 100'000;
constexpr size_t kMinByteBudget = 16u << 20;

constexpr std::string_view kTagPrefix = "tag:yaml.org,2002:";

struct Budget {
  size_t nodes;
  size_t bytes;
};

// One member of a mapping after merge keys are applied.
struct Member {
  YAML::Node key;
  YAML::Node value;
  std::string name;  // the key as JSON sees it
};

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_break(char c) { return c == '\n' || c == '\r'; }

// Length of a complete UTF-8 sequence at `at`, or 0 when the bytes there are not valid UTF-8
// (overlong forms, surrogates and code points above U+10FFFF included).
size_t utf8_length(std::string_view text, size_t at) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char c = byte(at);
  if (c < 0x80) return 1;
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (n == 0 || c > 0xF4 || at + n > text.size()) return 0;
  for (size_t i = 1; i < n; ++i)
    if ((byte(at + i) & 0xC0) != 0x80) return 0;
  unsigned char d = byte(at + 1);
  if (c == 0xE0 && d < 0xA0) return 0;  // overlong
  if (c == 0xED && d > 0x9F) return 0;  // UTF-16 surrogate
  if (c == 0xF0 && d < 0x90) return 0;  // overlong
  if (c == 0xF4 && d > 0x8F) return 0;  // above U+10FFFF
  return n;
}

// Offset of the first byte that is not valid UTF-8, or npos.
size_t invalid_utf8_at(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    size_t n = utf8_length(text, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

// YAML allows no C0 control character but tab and line breaks, and no DEL (YAML 1.2 §5.1,
// c-printable); PyYAML, and so the AWS CLI's --cli-input-yaml, refuses them. yaml-cpp reads a
// NUL as an "unknown escape" a line later and puts the raw byte in its message.
size_t control_character_at(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return i;
  }
  return std::string_view::npos;
}

bool is_null_word(std::string_view t) {
  return t.empty() || t == "~" || t == "null" || t == "Null" || t == "NULL";
}

// Core-schema integer: [-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+. Values beyond 64 bits become
// doubles, as RapidJSON does for JSON. False (nothing emitted) when `t` is no such integer.
bool emit_int(rapidjson::Document& doc, std::string_view t) {
  int base = 10;
  bool negative = false;
  std::string_view digits = t;
  if (t.size() > 2 && t[0] == '0' && (t[1] == 'o' || t[1] == 'x')) {
    base = t[1] == 'o' ? 8 : 16;
    digits = t.substr(2);
  } else if (!t.empty() && (t[0] == '-' || t[0] == '+')) {
    negative = t[0] == '-';
    digits = t.substr(1);
  }
  auto digit_value = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 99;
  };
  if (digits.empty()) return false;
  for (char c : digits)
    if (digit_value(c) >= base) return false;
  uint64_t u = 0;
  constexpr uint64_t kMinMagnitude = uint64_t{1} << 63;  // |INT64_MIN|
  auto parsed = std::from_chars(digits.data(), digits.data() + digits.size(), u, base);
  if (parsed.ec == std::errc() && !negative) return doc.Uint64(u);
  if (parsed.ec == std::errc() && u <= kMinMagnitude)
    return doc.Int64(u == kMinMagnitude ? INT64_MIN : -static_cast<int64_t>(u));
  double d = 0;
  for (char c : digits) d = d * base + digit_value(c);
  return doc.Double(negative ? -d : d);
}

// Core-schema float: [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?. False (nothing emitted)
// for other text and for values a double cannot hold: JSON has no infinity, so they stay strings.
bool emit_float(rapidjson::Document& doc, std::string_view t) {
  size_t i = 0;
  auto digits = [&] {
    size_t start = i;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
    return i > start;
  };
  if (i < t.size() && (t[i] == '-' || t[i] == '+')) ++i;
  size_t number = i;  // from_chars takes no sign but '-', so parse the magnitude
  if (i < t.size() && t[i] == '.') {
    ++i;
    if (!digits()) return false;
  } else {
    if (!digits()) return false;
    if (i < t.size() && t[i] == '.') {
      ++i;
      digits();
    }
  }
  if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    ++i;
    if (i < t.size() && (t[i] == '-' || t[i] == '+')) ++i;
    if (!digits()) return false;
  }
  if (i != t.size()) return false;
  double d = 0;
  auto parsed = std::from_chars(t.data() + number, t.data() + t.size(), d);
  if (parsed.ec != std::errc() || parsed.ptr != t.data() + t.size()) return false;
  return doc.Double(t[0] == '-' ? -d : d);
}

// CloudFormation's short-form intrinsic functions (`!Ref X`, `!Sub ...`) name their long JSON form
// ({"Ref": "X"}, {"Fn::Sub": ...}), so that a YAML template loads to the tree its JSON twin does.
// "" for any other tag.
std::string intrinsic_name(const std::string& tag) {
  static const std::unordered_set<std::string_view> kFunctions = {
      "Base64", "Cidr", "FindInMap", "GetAtt", "GetAZs", "ImportValue", "Join", "Select", "Split",
      "Sub", "Transform", "And", "Equals", "If", "Not", "Or", "ToJsonString", "Length"};
  if (tag.size() < 2 || tag[0] != '!' || tag[1] == '!') return {};
  std::string_view name = std::string_view(tag).substr(1);
  if (name == "Ref" || name == "Condition") return std::string(name);
  if (kFunctions.count(name)) return "Fn::" + std::string(name);
  return {};
}

// Emits a plain scalar ("" type: the core schema tries null, bool, int, float in that order) or
// one with a standard tag, typed as the tag says. Text that fits no type is a string.
void emit_typed(rapidjson::Document& doc, std::string_view type, const std::string& text) {
  bool any = type.empty();
  if ((any || type == "null") && is_null_word(text)) {
    doc.Null();
  } else if ((any || type == "bool") && (text == "true" || text == "True" || text == "TRUE")) {
    doc.Bool(true);
  } else if ((any || type == "bool") && (text == "false" || text == "False" || text == "FALSE")) {
    doc.Bool(false);
  } else if (!((any || type == "int") && emit_int(doc, text)) &&
             !((any || type == "float") && emit_float(doc, text))) {
    doc.String(text.data(), static_cast<rapidjson::SizeType>(text.size()), true);
  }
}

/// A tag blanked out of the text yaml-cpp reads (see blank_block_scalar_tags).
struct BlankedTag {
  size_t at = 0;    ///< offset of the tag in the file
  std::string tag;  ///< as written: "!Sub"
};

// yaml-cpp 0.7 rejects a tagged block scalar as a sequence item whose text is indented less
// than the tag's column (`- !Sub >` with the text two columns past the dash): valid YAML, common
// in CloudFormation templates (jbeder/yaml-cpp#1163), and read fine without the tag. Such tags
// are blanked with spaces, so every offset stays the same, in a copy of the text for yaml-cpp,
// and the converter puts them back, keyed by the offset of the `>` or `|` that follows.
// Returns false, copying nothing, when the text has no such tag.
bool blank_block_scalar_tags(const std::string& text, std::string& blanked,
                             std::map<size_t, BlankedTag>& tags) {
  if (text.find('!') == std::string::npos) return false;  // most files: no tag at all
  for (size_t line = 0; line < text.size();) {
    size_t end = text.find('\n', line);
    if (end == std::string::npos) end = text.size();
    size_t at = line;
    while (at < end && is_blank(text[at])) ++at;
    bool item = false;
    while (at + 1 < end && text[at] == '-' && is_blank(text[at + 1])) {
      item = true;
      for (++at; at < end && is_blank(text[at]); ++at) {
      }
    }
    if (item && at < end && text[at] == '!') {
      size_t tag_end = at;
      while (tag_end < end && !is_blank(text[tag_end]) && text[tag_end] != '\r') ++tag_end;
      size_t indicator = tag_end;
      while (indicator < end && is_blank(text[indicator])) ++indicator;
      if (indicator > tag_end && indicator < end &&
          (text[indicator] == '>' || text[indicator] == '|')) {
        if (blanked.empty()) blanked = text;
        tags[indicator] = BlankedTag{at, text.substr(at, tag_end - at)};
        std::fill(blanked.begin() + static_cast<std::ptrdiff_t>(at),
                  blanked.begin() + static_cast<std::ptrdiff_t>(tag_end), ' ');
      }
    }
    line = end + 1;
  }
  return !blanked.empty();
}

struct Converter {
  const Source& source;
  size_t base;  // bytes before yaml-cpp's offset 0 (the BOM)
  rapidjson::Document& doc;
  std::vector<NodeLocation>& locations;
  Budget budget;
  std::string error;
  size_t error_offset = 0;
  std::map<size_t, BlankedTag> blanked_tags;  // tags yaml-cpp did not see, by their node's offset

  const std::string& text() const { return source.text; }

  bool fail(size_t offset, std::string message) {
    error_offset = offset;
    error = std::move(message);
    return false;
  }

  bool spend(size_t nodes, size_t bytes, size_t offset) {
    if (nodes > budget.nodes || bytes > budget.bytes)
      return fail(offset, "alias expansion limit exceeded (YAML alias bomb?)");
    budget.nodes -= nodes;
    budget.bytes -= bytes;
    return true;
  }

  size_t offset_of(const YAML::Node& node) const {
    int pos = node.Mark().pos;
    return std::min(text().size(), pos < 0 ? base : base + static_cast<size_t>(pos));
  }

  // Skips a node's properties (`!tag`, `&anchor`), which yaml-cpp's mark includes.
  size_t after_properties(size_t at) const {
    const std::string& t = text();
    while (at < t.size() && (t[at] == '!' || t[at] == '&')) {
      while (at < t.size() && !is_blank(t[at]) && !is_break(t[at])) ++at;
      while (at < t.size() && is_blank(t[at])) ++at;
    }
    return at;
  }

  // Length of an explicit null (`~`, `null`, `Null`, `NULL`) at `at`, or 0 when the node there
  // is empty: yaml-cpp marks an empty node at whatever token follows it. A key's null may end at
  // its ':'; a value's may not, or an empty value followed by a key `null:` would look explicit.
  size_t null_word_at(size_t at, bool is_key = false) const {
    const std::string& t = text();
    for (std::string_view word : {"~", "null", "Null", "NULL"}) {
      if (t.compare(at, word.size(), word) != 0) continue;
      size_t end = at + word.size();
      if (end == t.size() || is_blank(t[end]) || is_break(t[end]) || t[end] == ',' ||
          t[end] == ']' || t[end] == '}' || (is_key && t[end] == ':'))
        return word.size();
    }
    return 0;
  }

  // The byte just after a scalar written on one line, plain or quoted; `begin` when unknown
  // (block scalars, multi-line scalars).
  size_t scalar_end(size_t begin, const std::string& value) const {
    const std::string& t = text();
    size_t at = after_properties(begin);
    if (at >= t.size()) return begin;
    char quote = t[at];
    if (quote == '"' || quote == '\'') {
      for (size_t i = at + 1; i < t.size() && !is_break(t[i]); ++i) {
        if (quote == '"' && t[i] == '\\') {
          ++i;
        } else if (t[i] == quote) {
          if (quote == '\'' && i + 1 < t.size() && t[i + 1] == '\'') ++i;
          else return i + 1;
        }
      }
      return begin;
    }
    if (quote == '|' || quote == '>') return begin;
    // A plain scalar's value is its text, unless it was folded over several lines.
    return t.compare(at, value.size(), value) == 0 ? at + value.size() : begin;
  }

  // Whether the quoted scalar whose opening quote is at `at` is closed. yaml-cpp 0.7 ends an
  // unclosed one silently at the end of the text, which turns a truncated file into a string
  // holding the rest of it.
  bool quote_closed(size_t at) const {
    const std::string& t = text();
    const char quote = t[at];
    for (size_t i = at + 1; i < t.size(); ++i) {
      if (quote == '"' && t[i] == '\\') {
        ++i;
      } else if (t[i] == quote) {
        if (quote == '\'' && i + 1 < t.size() && t[i + 1] == '\'') ++i;
        else return true;
      }
    }
    return false;
  }

  // Where an empty sequence item sits: on its "- " indicator when we can find it.
  size_t empty_item_offset(size_t mark) const {
    const std::string& t = text();
    size_t i = mark;
    while (i > base && (is_blank(t[i - 1]) || is_break(t[i - 1]))) --i;
    return i > base && t[i - 1] == '-' ? i - 1 : mark;
  }

  // The offset of the `*alias` that follows "key:" when the key ends at `key_end`, else 0.
  size_t alias_after(size_t key_end) const {
    const std::string& t = text();
    size_t at = key_end;
    while (at < t.size() && is_blank(t[at])) ++at;
    if (at >= t.size() || t[at] != ':') return 0;
    ++at;
    while (at < t.size() && is_blank(t[at])) ++at;
    return at < t.size() && t[at] == '*' ? at : 0;
  }

  // The end of an anchor or alias name starting at `at`.
  size_t name_end(size_t at) const {
    const std::string& t = text();
    while (at < t.size() && !is_blank(t[at]) && !is_break(t[at]) && t[at] != ',' && t[at] != ']' &&
           t[at] != '}')
      ++at;
    return at;
  }

  // The name a key gets in JSON: a scalar's text (`80: x` gives "80"). Collections as keys have
  // no JSON form.
  bool key_name(const YAML::Node& key, std::string& name) {
    if (key.IsScalar()) {
      name = key.Scalar();
      return true;
    }
    if (key.IsNull()) {
      size_t at = after_properties(offset_of(key));
      name = text().substr(at, null_word_at(at, true));
      return true;
    }
    return fail(offset_of(key),
                "a mapping key is itself a mapping or sequence; JSON keys must be strings");
  }

  bool is_merge_key(const YAML::Node& key) const {
    return key.IsScalar() && ((key.Tag() == "?" && key.Scalar() == "<<") ||
                              key.Tag() == std::string(kTagPrefix) + "merge");
  }

  // The members of a mapping with merge keys applied. `depth` counts merge levels too, so a
  // mapping that merges itself (`&m {<<: *m}`) ends at the nesting limit.
  bool members(const YAML::Node& map, int depth, std::vector<Member>& out) {
    if (depth > kMaxDepth) return fail(offset_of(map), nesting_message());
    bool merges = false;
    for (auto it = map.begin(); it != map.end() && !merges; ++it) merges = is_merge_key(it->first);
    std::unordered_set<std::string> own, merged;  // names that a merged member must not repeat
    std::string name;
    for (auto it = map.begin(); merges && it != map.end(); ++it) {
      if (is_merge_key(it->first)) continue;
      if (!key_name(it->first, name)) return false;
      own.insert(name);
    }
    for (auto it = map.begin(); it != map.end(); ++it) {
      if (!is_merge_key(it->first)) {
        if (!key_name(it->first, name)) return false;
        out.push_back({it->first, it->second, name});
        continue;
      }
      // A copy: `it->second` lives in a proxy the iterator returns by value, so a range-for
      // over it would walk a destroyed object (ASan: stack-use-after-scope on `<<: [*a, *b]`).
      const YAML::Node merged_value = it->second;
      std::vector<YAML::Node> sources;
      if (merged_value.IsMap()) sources.push_back(merged_value);
      if (merged_value.IsSequence())
        for (const YAML::Node& item : merged_value) sources.push_back(item);
      bool all_maps = !sources.empty();
      for (const YAML::Node& s : sources) all_maps = all_maps && s.IsMap();
      if (!all_maps)
        return fail(offset_of(it->first),
                    "a merge key `<<` needs a mapping or a list of mappings (e.g. `<<: *base`)");
      for (const YAML::Node& s : sources) {
        // Each merge costs one node even when it brings no member: merges of empty mappings
        // nest like an alias bomb (10 x 10 x ... walks) and must exhaust the budget too.
        std::vector<Member> inherited;
        if (!spend(1, 0, offset_of(it->first)) || !members(s, depth + 1, inherited) ||
            !spend(inherited.size(), 0, offset_of(it->first)))
          return false;
        for (Member& m : inherited)
          if (!own.count(m.name) && merged.insert(m.name).second) out.push_back(std::move(m));
      }
    }
    return true;
  }

  static std::string nesting_message() {
    return fmt::format("nesting deeper than {} levels; not an ECS document", kMaxDepth);
  }

  // Records where a node is. A value written before its own key is an alias (`b: *x`): point
  // at the `*x` rather than at the anchored original; the copy's subtree keeps the original's
  // positions, which is where its text is.
  size_t add(NodeLocation loc, size_t mark) {
    if (loc.key_begin != NodeLocation::kNoOffset && mark < loc.key_begin) {
      if (size_t alias = alias_after(loc.key_end)) {
        loc.value_begin = static_cast<uint32_t>(alias);
        loc.value_end = static_cast<uint32_t>(name_end(alias));
      }
    }
    locations.push_back(loc);
    return locations.size() - 1;
  }

  // Emits a node tagged with a CloudFormation intrinsic function (`!Ref X`) as the object
  // {"Ref": "X"}: the object is where the node is, its one key is the tag.
  // `tag_at` is where the tag is written, `tag_size` its length.
  bool convert_intrinsic(const YAML::Node& node, const std::string& name, size_t tag_at,
                         size_t tag_size, NodeLocation loc, int depth) {
    size_t mark = offset_of(node);
    if (depth >= kMaxDepth) return fail(mark, nesting_message());
    if (!spend(1, name.size(), mark)) return false;
    loc.value_begin = static_cast<uint32_t>(tag_at);
    loc.value_end = static_cast<uint32_t>(
        std::max(tag_at + tag_size, node.IsScalar() ? scalar_end(mark, node.Scalar()) : mark));
    size_t at = add(loc, tag_at);
    NodeLocation key;
    key.key_begin = static_cast<uint32_t>(tag_at);
    key.key_end = static_cast<uint32_t>(tag_at + tag_size);
    if (!doc.StartObject() ||
        !doc.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()), true) ||
        !convert(node, key, depth + 1, false) || !doc.EndObject(1))
      return false;
    locations[at].subtree_size = static_cast<uint32_t>(locations.size() - at);
    return true;
  }

  // Emits `node` and its subtree. `loc` arrives with the key's offsets filled in (or none).
  // `intrinsics` is false only inside convert_intrinsic, which has handled the node's tag.
  bool convert(const YAML::Node& node, NodeLocation loc, int depth, bool intrinsics = true) {
    if (intrinsics && node.IsDefined()) {
      size_t tag_at = offset_of(node);
      const std::string* tag = &node.Tag();
      if (auto blanked = blanked_tags.find(tag_at); blanked != blanked_tags.end()) {
        tag_at = blanked->second.at;
        tag = &blanked->second.tag;
      }
      if (std::string name = intrinsic_name(*tag); !name.empty())
        return convert_intrinsic(node, name, tag_at, tag->size(), loc, depth);
    }
    size_t mark = offset_of(node);
    loc.value_begin = loc.value_end = static_cast<uint32_t>(mark);
    if (node.IsMap() || node.IsSequence()) {
      if (depth >= kMaxDepth) return fail(mark, nesting_message());
      if (!spend(1, 0, mark)) return false;
      size_t at = add(loc, mark);
      rapidjson::SizeType count = 0;
      if (node.IsMap()) {
        std::vector<Member> list;
        if (!members(node, depth, list) || !doc.StartObject()) return false;
        for (const Member& m : list) {
          NodeLocation child;
          size_t key_begin = offset_of(m.key);
          child.key_begin = static_cast<uint32_t>(key_begin);
          child.key_end = static_cast<uint32_t>(scalar_end(key_begin, m.name));
          if (!spend(0, m.name.size(), key_begin) ||
              !doc.Key(m.name.data(), static_cast<rapidjson::SizeType>(m.name.size()), true) ||
              !convert(m.value, child, depth + 1))
            return false;
          ++count;
        }
        if (!doc.EndObject(count)) return false;
      } else {
        if (!doc.StartArray()) return false;
        for (const YAML::Node& item : node) {
          if (!convert(item, NodeLocation{}, depth + 1)) return false;
          ++count;
        }
        if (!doc.EndArray(count)) return false;
      }
      locations[at].subtree_size = static_cast<uint32_t>(locations.size() - at);
      return true;
    }
    if (!spend(1, node.IsScalar() ? node.Scalar().size() : 0, mark)) return false;
    if (node.IsScalar()) {
      if (node.Tag() == "!") {
        size_t at = after_properties(mark);
        if (at < text().size() && (text()[at] == '"' || text()[at] == '\'') && !quote_closed(at))
          return fail(at, "not valid YAML: missing closing quotation mark");
      }
      loc.value_end = static_cast<uint32_t>(scalar_end(mark, node.Scalar()));
      add(loc, mark);
      return emit_scalar(node);
    }
    // Null: explicit (`~`, `null`) where it is written; empty ones at their key or "-".
    size_t at = after_properties(mark);
    if (size_t length = null_word_at(at)) {
      loc.value_end = static_cast<uint32_t>(at + length);
    } else if (loc.key_begin != NodeLocation::kNoOffset) {
      loc.value_begin = loc.key_begin;
      loc.value_end = loc.key_end;
    } else {
      loc.value_begin = loc.value_end = static_cast<uint32_t>(empty_item_offset(mark));
    }
    add(loc, mark);
    return doc.Null();
  }

  bool emit_scalar(const YAML::Node& node) {
    const std::string& tag = node.Tag();
    const std::string& value = node.Scalar();
    std::string_view type(tag);
    if (tag == "?") {
      type = "";
    } else if (type.substr(0, kTagPrefix.size()) == kTagPrefix) {
      type.remove_prefix(kTagPrefix.size());
      // Quoted ("!"), `!!str`, and any other tag (`!Ref`, `!Sub`, `!!timestamp`): a string.
      if (type != "null" && type != "bool" && type != "int" && type != "float") type = "str";
    } else {
      type = "str";
    }
    emit_typed(doc, type, value);
    return true;
  }
};

// A document that is only an empty node (`---` with nothing after it).
bool is_empty(const YAML::Node& node, const Converter& c) {
  if (!node.IsNull() && node.IsDefined()) return false;
  return c.null_word_at(c.after_properties(c.offset_of(node))) == 0;
}

// Whether the text may hold a second document: a `---` or `...` line after content, or a second
// `---`. A leading `---` (after comments and directives) starts the one document.
bool may_hold_several_documents(std::string_view text) {
  bool content = false;
  int markers = 0;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    at = end + 1;
    bool marker = (line.substr(0, 3) == "---" || line.substr(0, 3) == "...") &&
                  (line.size() == 3 || is_blank(line[3]) || line[3] == '\r');
    if (marker && (content || ++markers > 1)) return true;
    size_t first = line.find_first_not_of(" \t\r");
    if (!marker && first != std::string_view::npos && line[first] != '#' &&
        !(line[0] == '%' && !content))
      content = true;
  }
  return false;
}

// Walks the documents with yaml-cpp's parser alone and returns the offset where a document
// starts at the same place as the one before, or npos. yaml-cpp 0.7 never consumes a `,` where a
// document's root should be (the one-byte file ","; or "a: b\n---\n,"), so YAML::LoadAll makes
// empty documents there forever, gigabytes within seconds (found by fuzz_yaml).
size_t stuck_document_at(const std::string& text) {
  struct Starts : YAML::EventHandler {
    int last = -1;
    int stuck = -1;
    void OnDocumentStart(const YAML::Mark& mark) override {
      if (mark.pos == last) stuck = mark.pos;
      last = mark.pos;
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
  } starts;
  std::istringstream in(text);
  YAML::Parser parser(in);
  while (starts.stuck < 0 && parser.HandleNextDocument(starts)) {
  }
  return starts.stuck < 0 ? std::string::npos : static_cast<size_t>(starts.stuck);
}

std::string plain_message(std::string message) {
  if (!message.empty() && message.back() == '.') message.pop_back();
  if (!message.empty())
    message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
  return message;
}

}  // namespace

Document load_yaml(const Source& source) {
  Document doc;
  doc.format = Format::yaml;
  const size_t base = has_bom(source.text) ? 3 : 0;
  const size_t size = source.text.size();
  Converter c{source,
              base,
              doc.root,
              doc.locations,
              {std::max(kMinNodeBudget, 2 * size), std::max(kMinByteBudget, 2 * size)},
              {},
              0,
              {}};
  std::string rule = "parse-error";
  try {
    if (size_t bad = invalid_utf8_at(source.text); bad != std::string_view::npos) {
      c.fail(bad, "not valid YAML: invalid UTF-8 encoding");
    } else if (size_t control = control_character_at(source.text);
               control != std::string_view::npos) {
      c.fail(control, fmt::format("not valid YAML: control character U+{:04X} is not allowed; "
                                  "write it as an escape in a double-quoted string",
                                  static_cast<unsigned char>(source.text[control])));
    } else {
      // YAML::Load parses one document and stops; LoadAll only once the parser alone has
      // shown that the documents end (see stuck_document_at).
      std::string blanked;
      const std::string& text = blank_block_scalar_tags(source.text, blanked, c.blanked_tags)
                                    ? blanked
                                    : source.text;
      std::vector<YAML::Node> all;
      size_t stuck = std::string::npos;
      if (!may_hold_several_documents(text)) {
        all.push_back(YAML::Load(text));
        size_t at = c.after_properties(c.offset_of(all[0]));
        if (all[0].IsNull() && at < size && source.text[at] == ',') stuck = at;
      } else if (stuck = stuck_document_at(text); stuck == std::string::npos) {
        all = YAML::LoadAll(text);
      } else {
        stuck += base;
      }
      std::vector<const YAML::Node*> documents;
      for (const YAML::Node& d : all)
        if (!is_empty(d, c)) documents.push_back(&d);
      if (stuck != std::string::npos) {
        c.fail(stuck, "not valid YAML: `,` outside a flow collection ([...] or {...})");
      } else if (documents.empty()) {
        c.fail(0, "the file is empty");
      } else if (documents.size() > 1) {
        c.fail(c.offset_of(*documents[1]),
               fmt::format("this file holds {} YAML documents; ecslint lints one document per "
                           "file",
                           documents.size()));
      } else {
        struct Generator {
          Converter& c;
          const YAML::Node& root;
          bool operator()(rapidjson::Document&) { return c.convert(root, NodeLocation{}, 0); }
        } generate{c, *documents[0]};
        doc.root.Populate(generate);
        doc.ok = c.error.empty();
      }
    }
  } catch (const YAML::DeepRecursion& e) {
    c.fail(base + static_cast<size_t>(std::max(e.mark.pos, 0)), Converter::nesting_message());
  } catch (const YAML::Exception& e) {
    c.fail(base + static_cast<size_t>(std::max(e.mark.pos, 0)),
           "not valid YAML: " + plain_message(e.msg));
  } catch (const std::exception& e) {
    // Not the file's fault (out of memory, a RapidJSON assertion): say so, as the pipeline would.
    rule = "internal-error";
    c.fail(0, fmt::format("ecslint failed on this file: {}; please report this bug", e.what()));
  }
  if (doc.ok) {
    drop_duplicate_keys(source, doc);
    return doc;
  }
  doc.ok = false;
  doc.locations.clear();
  doc.root.SetNull();
  Finding f;
  f.rule = rule;
  f.message = c.error;
  f.located = true;
  f.region.start = f.region.end = position_at(source, c.error_offset);
  doc.findings.push_back(std::move(f));
  return doc;
}

}  // namespace ecslint
