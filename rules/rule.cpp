// The registry, the pointer builder and the tolerant accessors every rule uses.
#include "rules/rule.hpp"

#include <algorithm>
#include <cctype>

#include "core/document.hpp"
#include "core/view.hpp"

namespace ecslint {

Pointer Pointer::operator/(std::string_view key) const {
  Pointer next = *this;
  append_token(next.text, key);
  return next;
}

Pointer Pointer::operator/(size_t index) const {
  Pointer next = *this;
  append_index(next.text, index);
  return next;
}

void Place::append_to(std::string& text) const {
  if (!parent_) {
    if (base_) text += base_->text;
    return;
  }
  parent_->append_to(text);
  if (is_index_)
    append_index(text, index_);
  else
    append_token(text, key_);
}

Pointer Place::pointer() const {
  Pointer built;
  append_to(built.text);
  return built;
}

void Context::report(const Pointer& at, std::string message) const {
  Finding f;
  f.rule = rule.id;
  f.level = rule.level;
  f.message = std::move(message);
  f.pointer = at.text;
  findings.push_back(std::move(f));
}

void Context::report_key(const Pointer& at, std::string message) const {
  report(at, std::move(message));
  findings.back().at_key = true;
}

namespace {
// Where a pointer of the linked task definition is in its document.
std::string linked_pointer(const Linked& linked, const Pointer& at) {
  if (!linked.view) return linked.base + at.text;
  std::string rest;
  return map_pointer(*linked.view, at.text, rest);
}
}  // namespace

std::string Linked::where(const Pointer& at) const {
  Region region = resolve_region(source, document, linked_pointer(*this, at), false);
  return fmt::format("{}:{}", source.path, region.start.line);
}

Related Linked::related(const Pointer& at, std::string message) const {
  return {source.path, resolve_region(source, document, linked_pointer(*this, at), false),
          std::move(message)};
}

void Context::report_linked(const Pointer& at, const Pointer& task_at, std::string message) const {
  if (!linked) return;
  report(at, std::move(message));
  findings.back().related.push_back(linked->related(task_at, "in the linked task definition"));
}

namespace {
// A function-local static avoids the static-initialisation-order problem: rules register from
// their own static initialisers, in whatever order the linker chose.
std::vector<const Rule*>& registry() {
  static std::vector<const Rule*> rules;
  return rules;
}
}  // namespace

bool register_rule(const Rule& rule) {
  auto& rules = registry();
  auto at = std::lower_bound(rules.begin(), rules.end(), &rule, [](const Rule* a, const Rule* b) {
    return std::string_view(a->id) < std::string_view(b->id);
  });
  rules.insert(at, &rule);
  return true;
}

const std::vector<const Rule*>& all_rules() { return registry(); }

const Rule* find_rule(std::string_view id) {
  const auto& rules = registry();
  auto at = std::lower_bound(rules.begin(), rules.end(), id, [](const Rule* rule, std::string_view key) {
    return std::string_view(rule->id) < key;
  });
  return at != rules.end() && id == (*at)->id ? *at : nullptr;
}

const Json* member(const Json& object, std::string_view key) {
  if (!object.IsObject()) return nullptr;
  // The last member wins, as in the AWS CLI's JSON parser (loaders already drop duplicates):
  // searching from the end finds it first.
  for (auto m = object.MemberEnd(); m != object.MemberBegin();) {
    --m;
    if (key == std::string_view(m->name.GetString(), m->name.GetStringLength())) return &m->value;
  }
  return nullptr;
}

const Json* member(const Json* object, std::string_view key) {
  return object ? member(*object, key) : nullptr;
}

const Json* array_member(const Json& object, std::string_view key) {
  const Json* v = member(object, key);
  return v && v->IsArray() ? v : nullptr;
}

const Json* object_member(const Json& object, std::string_view key) {
  const Json* v = member(object, key);
  return v && v->IsObject() ? v : nullptr;
}

std::optional<std::string_view> string_member(const Json& object, std::string_view key) {
  const Json* v = member(object, key);
  if (!v || !v->IsString()) return std::nullopt;
  return std::string_view(v->GetString(), v->GetStringLength());
}

std::optional<int64_t> int_member(const Json& object, std::string_view key) {
  const Json* v = member(object, key);
  if (!v || !v->IsInt64()) return std::nullopt;
  return v->GetInt64();
}

std::optional<bool> bool_member(const Json& object, std::string_view key) {
  const Json* v = member(object, key);
  if (!v || !v->IsBool()) return std::nullopt;
  return v->GetBool();
}

namespace {
bool is_upper_word(std::string_view s, size_t from, size_t& end) {
  end = from;
  while (end < s.size() && ((s[end] >= 'A' && s[end] <= 'Z') || (s[end] >= '0' && s[end] <= '9') ||
                            s[end] == '_'))
    ++end;
  return end - from >= 2 && s[from] >= 'A' && s[from] <= 'Z';
}
}  // namespace

bool is_placeholder(std::string_view s) {
  // Every form below has one of these characters, or starts with '['; most strings have none.
  // (A plain loop: find_first_of calls memchr once per character.)
  if (std::none_of(s.begin(), s.end(), [](char c) { return c == '{' || c == '$' || c == '<' || c == '@'; }) &&
      (s.empty() || s.front() != '['))
    return false;
  auto has = [&](std::string_view open, std::string_view close) {
    size_t at = s.find(open);
    return at != std::string_view::npos && s.find(close, at + open.size()) != std::string_view::npos;
  };
  if (has("{{", "}}") || has("${", "}") || has("%{", "}") || s.find("$$$") != std::string_view::npos)
    return true;
  // <NAME>, <your-value>, <ACCOUNT_ID> (CodePipeline and documentation placeholders).
  for (size_t open = s.find('<'); open != std::string_view::npos; open = s.find('<', open + 1)) {
    size_t close = s.find('>', open + 1);
    if (close == std::string_view::npos) break;
    std::string_view inner = s.substr(open + 1, close - open - 1);
    if (!inner.empty() && inner.size() <= 64 &&
        std::all_of(inner.begin(), inner.end(), [](char c) {
          return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == ' ' ||
                 c == '.' || c == ':';
        }))
      return true;
  }
  // $VAR (shell, jq) and @VAR@ (sed), upper case only so ordinary text is not caught.
  for (size_t i = 0; i < s.size(); ++i) {
    size_t end = 0;
    if (s[i] == '$' && is_upper_word(s, i + 1, end)) return true;
    if (s[i] == '@' && is_upper_word(s, i + 1, end) && end < s.size() && s[end] == '@') return true;
  }
  // "[Version number, ex: 1.3.0]": bracketed prose stands for a value to fill in.
  return s.size() > 2 && s.front() == '[' && s.back() == ']';
}

std::optional<std::string_view> known_string(const Json& object, std::string_view key) {
  auto s = string_member(object, key);
  if (!s || is_placeholder(*s)) return std::nullopt;
  return s;
}

std::string describe_value(const Json& v) {
  if (v.IsNull()) return "null";
  if (v.IsBool()) return v.GetBool() ? "the boolean true" : "the boolean false";
  if (v.IsString()) {
    std::string text(v.GetString(), v.GetStringLength());
    if (text.size() > 40) text = text.substr(0, 37) + "...";
    return fmt::format("the string \"{}\"", text);
  }
  if (v.IsNumber()) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    v.Accept(writer);
    return fmt::format("the number {}", buffer.GetString());
  }
  if (v.IsArray()) return "an array";
  return "an object";
}

}  // namespace ecslint
