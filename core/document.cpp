#include "core/document.hpp"

#include <string>
#include <unordered_map>

#include <fmt/format.h>

namespace ecslint {

void append_token(std::string& pointer, std::string_view token) {
  pointer += '/';
  for (char c : token) {
    if (c == '~') pointer += "~0";
    else if (c == '/') pointer += "~1";
    else pointer += c;
  }
}

void append_index(std::string& pointer, size_t index) {
  pointer += '/';
  pointer += std::to_string(index);
}

std::string join(std::string pointer, std::string_view token) {
  append_token(pointer, token);
  return pointer;
}

std::string join(std::string pointer, size_t index) {
  append_index(pointer, index);
  return pointer;
}

bool split_pointer(std::string_view pointer, std::vector<std::string>& tokens) {
  tokens.clear();
  if (pointer.empty()) return true;
  if (pointer[0] != '/') return false;
  std::string token;
  for (size_t i = 1; i <= pointer.size(); ++i) {
    if (i == pointer.size() || pointer[i] == '/') {
      tokens.push_back(token);
      token.clear();
    } else if (pointer[i] == '~') {
      if (i + 1 >= pointer.size() || (pointer[i + 1] != '0' && pointer[i + 1] != '1')) return false;
      token += pointer[i + 1] == '0' ? '~' : '/';
      ++i;
    } else {
      token += pointer[i];
    }
  }
  return true;
}

namespace {

bool parse_index(const std::string& token, size_t& index) {
  if (token.empty() || token.size() > 9) return false;
  if (token.size() > 1 && token[0] == '0') return false;
  index = 0;
  for (char c : token) {
    if (c < '0' || c > '9') return false;
    index = index * 10 + static_cast<size_t>(c - '0');
  }
  return true;
}

}  // namespace

const NodeLocation* locate(const Document& doc, std::string_view pointer, bool* exact) {
  if (exact) *exact = false;
  if (doc.locations.empty()) return nullptr;
  std::vector<std::string> tokens;
  if (!split_pointer(pointer, tokens)) return &doc.locations[0];
  const Json* node = &doc.root;
  size_t at = 0;  // preorder index of `node` in doc.locations
  for (const std::string& token : tokens) {
    size_t child = at + 1;  // preorder index of the first child
    bool found = false;
    if (node->IsObject()) {
      for (auto m = node->MemberBegin(); m != node->MemberEnd(); ++m) {
        if (child >= doc.locations.size()) return &doc.locations[at];
        if (token.size() == m->name.GetStringLength() &&
            token.compare(0, token.size(), m->name.GetString(), m->name.GetStringLength()) == 0) {
          node = &m->value;
          found = true;
          break;
        }
        child += doc.locations[child].subtree_size;
      }
    } else if (node->IsArray()) {
      size_t index = 0;
      if (parse_index(token, index) && index < node->Size()) {
        for (size_t i = 0; i < index && child < doc.locations.size(); ++i)
          child += doc.locations[child].subtree_size;
        node = &(*node)[static_cast<rapidjson::SizeType>(index)];
        found = true;
      }
    }
    if (!found || child >= doc.locations.size()) return &doc.locations[at];
    at = child;
  }
  if (exact) *exact = true;
  return &doc.locations[at];
}

namespace {

struct LineSearch {
  const Source& source;
  const Document& doc;
  uint32_t line;
};

// Preorder walk of `node` (location index `at`, pointer `path`) and its descendants.
bool find_on_line(const LineSearch& s, const Json& node, size_t at, std::string& path) {
  size_t child = at + 1;
  auto visit = [&](const Json& value, bool has_key) {
    if (child >= s.doc.locations.size()) return false;
    const NodeLocation& loc = s.doc.locations[child];
    uint32_t begin = has_key ? loc.key_begin : loc.value_begin;
    if (begin != NodeLocation::kNoOffset && position_at(s.source, begin).line == s.line)
      return true;
    if (find_on_line(s, value, child, path)) return true;
    child += loc.subtree_size;
    return false;
  };
  const size_t length = path.size();
  if (node.IsObject()) {
    for (auto m = node.MemberBegin(); m != node.MemberEnd(); ++m) {
      append_token(path, std::string_view(m->name.GetString(), m->name.GetStringLength()));
      if (visit(m->value, true)) return true;
      path.resize(length);
    }
  } else if (node.IsArray()) {
    size_t index = 0;
    for (const Json& item : node.GetArray()) {
      append_index(path, index++);
      if (visit(item, false)) return true;
      path.resize(length);
    }
  }
  return false;
}

}  // namespace

bool node_on_line(const Source& source, const Document& doc, uint32_t line, std::string& pointer) {
  pointer.clear();
  if (!doc.ok || doc.locations.empty()) return false;
  LineSearch search{source, doc, line};
  return find_on_line(search, doc.root, 0, pointer);
}

Region resolve_region(const Source& source, const Document& doc, const std::string& pointer,
                      bool at_key) {
  bool exact = false;
  const NodeLocation* loc = locate(doc, pointer, &exact);
  if (!loc) {
    Position start{1, 1};
    return {start, start};
  }
  // A missing member is reported at its parent: on the parent's key when it has one, which is
  // one short line instead of a whole object.
  bool use_key = (at_key || !exact) && loc->key_begin != NodeLocation::kNoOffset;
  uint32_t begin = use_key ? loc->key_begin : loc->value_begin;
  uint32_t end = use_key ? loc->key_end : loc->value_end;
  Region region;
  region.start = position_at(source, begin);
  region.end = end > begin ? position_at(source, end) : region.start;
  // Keep regions on one line: multi-line objects are reported at their first line only.
  if (region.end.line != region.start.line) region.end = region.start;
  return region;
}

}  // namespace ecslint

namespace ecslint {
namespace {

struct Rebuild {
  const Source& source;
  const std::vector<NodeLocation>& old;
  std::vector<NodeLocation>& out;
  std::vector<Finding>& findings;
};

Region key_region(const Source& source, const NodeLocation& loc) {
  return {position_at(source, loc.key_begin), position_at(source, loc.key_end)};
}

// For each member of an object, the index of a later member with the same name (or n when
// none). Small objects are scanned pairwise; large ones through a hash map, so a pathological
// object of 100,000 members stays linear.
std::vector<rapidjson::SizeType> later_twins(const Json& object) {
  const rapidjson::SizeType n = object.MemberCount();
  std::vector<rapidjson::SizeType> twin(n, n);
  auto m = object.MemberBegin();
  if (n <= 32) {
    for (rapidjson::SizeType i = 0; i < n; ++i)
      for (rapidjson::SizeType j = i + 1; j < n && twin[i] == n; ++j)
        if (m[i].name == m[j].name) twin[i] = j;
    return twin;
  }
  std::unordered_map<std::string_view, rapidjson::SizeType> last;
  for (rapidjson::SizeType i = n; i-- > 0;) {
    std::string_view name(m[i].name.GetString(), m[i].name.GetStringLength());
    auto it = last.find(name);
    if (it != last.end()) twin[i] = it->second;
    last[name] = i;
  }
  return twin;
}

// Copies the location of `node` (old preorder index `at`, JSON Pointer `path`) and its kept
// descendants to `out`.
void rebuild(Rebuild& r, Json& node, size_t at, std::string& path) {
  size_t mine = r.out.size();
  r.out.push_back(r.old[at]);
  size_t child = at + 1;
  if (node.IsObject()) {
    const rapidjson::SizeType n = node.MemberCount();
    std::vector<size_t> starts(n);
    for (rapidjson::SizeType i = 0; i < n; ++i) {
      starts[i] = child;
      child += r.old[child].subtree_size;
    }
    std::vector<rapidjson::SizeType> twin = later_twins(node);
    std::vector<bool> shadowed(n, false);
    for (rapidjson::SizeType i = 0; i < n; ++i) {
      if (twin[i] == n) continue;
      shadowed[i] = true;
      Finding f;
      f.rule = "duplicate-key";
      f.level = Level::warning;
      f.message = fmt::format("duplicate key \"{}\"; the AWS CLI keeps only the last one",
                              node.MemberBegin()[i].name.GetString());
      f.located = true;
      f.pointer = path;
      append_token(f.pointer, std::string_view(node.MemberBegin()[i].name.GetString(),
                                               node.MemberBegin()[i].name.GetStringLength()));
      f.region = key_region(r.source, r.old[starts[twin[i]]]);
      f.related.push_back({"", key_region(r.source, r.old[starts[i]]), "earlier occurrence"});
      r.findings.push_back(std::move(f));
    }
    for (rapidjson::SizeType i = 0; i < n; ++i) {
      if (shadowed[i]) continue;
      const size_t length = path.size();
      const Json& name = node.MemberBegin()[i].name;
      append_token(path, std::string_view(name.GetString(), name.GetStringLength()));
      rebuild(r, node.MemberBegin()[i].value, starts[i], path);
      path.resize(length);
    }
    for (rapidjson::SizeType i = n; i-- > 0;)
      if (shadowed[i]) node.EraseMember(node.MemberBegin() + i);
  } else if (node.IsArray()) {
    size_t index = 0;
    for (Json& item : node.GetArray()) {
      size_t size = r.old[child].subtree_size;
      const size_t length = path.size();
      append_index(path, index++);
      rebuild(r, item, child, path);
      path.resize(length);
      child += size;
    }
  }
  r.out[mine].subtree_size = static_cast<uint32_t>(r.out.size() - mine);
}

// Whether any object at or below `node` has two members with one name.
bool has_duplicates(const Json& node) {
  if (node.IsObject()) {
    for (rapidjson::SizeType twin : later_twins(node))
      if (twin != node.MemberCount()) return true;
    for (auto m = node.MemberBegin(); m != node.MemberEnd(); ++m)
      if (has_duplicates(m->value)) return true;
  } else if (node.IsArray()) {
    for (const Json& item : node.GetArray())
      if (has_duplicates(item)) return true;
  }
  return false;
}

}  // namespace

void drop_duplicate_keys(const Source& source, Document& doc) {
  if (!doc.ok || doc.locations.empty() || !has_duplicates(doc.root)) return;
  std::vector<NodeLocation> old = std::move(doc.locations);
  doc.locations.clear();
  Rebuild r{source, old, doc.locations, doc.findings};
  std::string path;
  rebuild(r, doc.root, 0, path);
}

}  // namespace ecslint
