// `.ecslint.yaml`: read with our own YAML loader (so every problem has an exact position),
// validated against the embedded `config` JSON Schema (unknown keys, types, enums), then checked
// for what a schema cannot know: rule ids, globs and JSON Pointers.
#include "cli/config.hpp"

#include <fstream>
#include <iterator>
#include <system_error>

#include <fmt/format.h>

#include "cli/glob.hpp"
#include "core/document.hpp"
#include "core/load.hpp"
#include "core/schema.hpp"
#include "rules/rule.hpp"

namespace ecslint {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kStarter = R"yaml(# ecslint configuration (https://github.com/ecslint/ecslint#configuration-and-suppression).
# Paths and globs are relative to the folder of this file; `**` is any number of folders.
# Command-line flags win over this file. The schema: `ecslint schema config`.

# The lowest level that makes `ecslint check` exit 1: error, warning (the default), note or none.
failure-threshold: warning

# Rule id -> off | error | warning | note, or {level: ..., options: {...}} (see `ecslint rules`).
# rules:
#   unused-suppression: warning   # report suppressions that silence nothing (off by default)
#   healthcheck-command: off

# Which files a folder walk lints. Files named on the command line are linted anyway, unless
# excluded here and --force-exclude is given (as in a pre-commit hook).
files:
  exclude:
    - "**/node_modules/**"
    - "**/cdk.out/**"
#   include:
#     - "deploy/**"

# The kind of matching files, instead of detecting it: task-definition, service, appspec,
# container-definitions, terraform-plan or cloudformation.
# kinds:
#   "deploy/services/*.json": service

# Findings of these rules are dropped in matching files.
# per-file-ignores:
#   "legacy/**": [fargate-cpu-memory, healthcheck-range]

# One finding at a time: a rule at a JSON Pointer (that node and everything below it) in one
# file. The way to silence a finding in a JSON file, which cannot carry comments.
# ignore:
#   - path: deploy/taskdef.json
#     rule: healthcheck-range
#     pointer: /containerDefinitions/0/healthCheck
#     reason: the platform team chose this interval
)yaml";

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// A file of comments and blank lines is an empty configuration, not an empty YAML document.
bool holds_nothing(const Source& source) {
  for (uint32_t line = 1; line <= source.line_starts.size(); ++line) {
    std::string_view text = trim(line_text(source, line));
    if (!text.empty() && text.front() != '#' && text != "---" && text != "...") return false;
  }
  return true;
}

std::string_view text_of(const Json& s) { return {s.GetString(), s.GetStringLength()}; }

std::string json_text(const Json& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

// Reads the settings of a document the schema accepted, adding a problem for each unknown rule
// id, bad glob and bad pointer.
struct Reader {
  const Source& source;
  const Document& doc;
  Config& config;
  std::vector<Finding>& problems;

  void fail(const std::string& pointer, bool at_key, std::string message) {
    Finding f;
    f.rule = "config";
    f.message = std::move(message);
    f.pointer = pointer;
    f.region = resolve_region(source, doc, pointer, at_key);
    f.located = true;
    problems.push_back(std::move(f));
  }

  static std::string at(std::string pointer, std::string_view token) {
    append_token(pointer, token);
    return pointer;
  }

  bool rule_id(std::string_view id, const std::string& pointer, bool at_key) {
    if (find_rule(id)) return true;
    std::vector<std::string_view> ids;
    for (const Rule* rule : all_rules()) ids.push_back(rule->id);
    fail(pointer, at_key,
         fmt::format("unknown rule `{}` (see `ecslint rules`){}", id, did_you_mean(id, ids)));
    return false;
  }

  bool glob(std::string_view glob, const std::string& pointer, bool at_key) {
    std::string problem = check_glob(glob);
    if (problem.empty()) return true;
    fail(pointer, at_key, fmt::format("bad glob `{}`: {}", glob, problem));
    return false;
  }

  void set_level(const std::string& id, std::string_view text) {
    Level level = Level::none;
    if (text == "off") {
      config.rules.disabled.insert(id);
      config.rules.levels.erase(id);
    } else if (parse_level(std::string(text), level)) {
      config.rules.disabled.erase(id);
      config.rules.levels[id] = level;
    }
  }

  void read_rules(const Json& rules) {
    for (const auto& m : rules.GetObject()) {
      std::string id(text_of(m.name));
      std::string pointer = at("/rules", id);
      if (!rule_id(id, pointer, true)) continue;
      const Json& value = m.value;
      if (value.IsString()) {
        set_level(id, text_of(value));
        continue;
      }
      if (auto level = string_member(value, "level")) set_level(id, *level);
      if (const Json* options = member(value, "options"))
        config.rule_options[id] = json_text(*options);
    }
  }

  void read_globs(const Json* list, const std::string& pointer, std::vector<std::string>& out) {
    for_each_item(list, Pointer{pointer}, [&](const Json& item, const Pointer& p) {
      if (glob(text_of(item), p.text, false)) out.emplace_back(text_of(item));
    });
  }

  void read_ignores(const Json& list) {
    for_each_item(&list, Pointer{"/ignore"}, [&](const Json& item, const Pointer& p) {
      IgnoreEntry entry;
      entry.path = std::string(string_member(item, "path").value_or(""));
      entry.rule = std::string(string_member(item, "rule").value_or(""));
      entry.pointer = std::string(string_member(item, "pointer").value_or(""));
      entry.reason = std::string(string_member(item, "reason").value_or(""));
      entry.where = resolve_region(source, doc, p.text, false);
      bool ok = glob(entry.path, (p / "path").text, false);
      ok = rule_id(entry.rule, (p / "rule").text, false) && ok;
      std::vector<std::string> tokens;
      if (!split_pointer(entry.pointer, tokens)) {
        fail((p / "pointer").text, false,
             fmt::format("`{}` is not a JSON Pointer (RFC 6901): start it with `/`, and write "
                         "`~0` for `~` and `~1` for `/` inside a key",
                         entry.pointer));
        ok = false;
      }
      if (ok) config.ignores.push_back(std::move(entry));
    });
  }

  void read(const Json& root) {
    if (auto threshold = string_member(root, "failure-threshold")) {
      Level level = Level::none;
      if (parse_level(std::string(*threshold), level)) config.failure_threshold = level;
    }
    if (const Json* rules = object_member(root, "rules")) read_rules(*rules);
    if (const Json* per_file = object_member(root, "per-file-ignores")) {
      for (const auto& m : per_file->GetObject()) {
        std::string pattern(text_of(m.name));
        std::string pointer = at("/per-file-ignores", pattern);
        bool ok = glob(pattern, pointer, true);
        std::vector<std::string> ids;
        for_each_item(&m.value, Pointer{pointer}, [&](const Json& id, const Pointer& p) {
          if (rule_id(text_of(id), p.text, false)) ids.emplace_back(text_of(id));
        });
        if (ok) config.per_file_ignores.emplace_back(pattern, std::move(ids));
      }
    }
    if (const Json* ignore = array_member(root, "ignore")) read_ignores(*ignore);
    if (const Json* files = object_member(root, "files")) {
      read_globs(array_member(*files, "include"), "/files/include", config.include);
      read_globs(array_member(*files, "exclude"), "/files/exclude", config.exclude);
    }
    if (const Json* kinds = object_member(root, "kinds")) {
      for (const auto& m : kinds->GetObject()) {
        std::string pattern(text_of(m.name));
        Kind kind = kNoKind;
        if (glob(pattern, at("/kinds", pattern), true) && m.value.IsString() &&
            parse_kind(text_of(m.value), kind))
          config.kinds.emplace_back(pattern, kind);
      }
    }
  }
};

// The schema check words an unknown member as "`x` is not a ... parameter; did you mean `y`?";
// in a config file the plainer "unknown key" says it better. The suggestion is kept.
std::string unknown_key_message(const Finding& f, const std::string& file_name) {
  std::vector<std::string> tokens;
  split_pointer(f.pointer, tokens);
  std::string key = tokens.empty() ? std::string() : tokens.back();
  size_t hint = f.message.find("; did you mean ");
  return fmt::format("unknown key `{}` in {}{}", key, file_name,
                     hint == std::string::npos ? std::string() : f.message.substr(hint));
}

}  // namespace

fs::path find_config(const fs::path& start) {
  std::error_code ec;
  for (fs::path dir = start;; dir = dir.parent_path()) {
    for (const char* name : kConfigNames)
      if (fs::is_regular_file(dir / name, ec)) return dir / name;
    // `.git` is a folder in a clone and a file in a worktree or submodule.
    if (fs::exists(dir / ".git", ec) || dir == dir.parent_path()) return {};
  }
}

bool parse_config(Source source, const fs::path& folder, Config& config,
                  std::vector<std::string>& errors) {
  config = Config{};
  config.folder = folder;
  std::vector<Finding> problems;
  if (!holds_nothing(source)) {
    Document doc = load_yaml(source);
    problems = std::move(doc.findings);  // parse-error, duplicate-key: already located
    if (doc.ok) {
      std::vector<Finding> schema;
      check_against_schema(doc.root, embedded_schema("config"), kNoKind, schema);
      const std::string file_name = fs::path(source.path).filename().string();
      for (Finding& f : schema) {
        if (f.at_key) f.message = unknown_key_message(f, file_name);
        f.region = resolve_region(source, doc, f.pointer, f.at_key);
        f.located = true;
      }
      // Settings are read only from a document of the right shape.
      if (schema.empty()) Reader{source, doc, config, problems}.read(doc.root);
      for (Finding& f : schema) problems.push_back(std::move(f));
    }
  }
  config.source = std::move(source);
  sort_findings(problems);
  for (const Finding& f : problems) {
    Position p = f.region.start;
    errors.push_back(fmt::format("{}:{}:{}: {}", config.source.path, std::max<uint32_t>(p.line, 1),
                                 std::max<uint32_t>(p.column, 1), f.message));
  }
  return problems.empty();
}

bool load_config(const fs::path& path, const std::string& shown, Config& config,
                 std::vector<std::string>& errors) {
  std::error_code ec;
  std::ifstream in(path, std::ios::binary);
  if (!in || fs::is_directory(path, ec)) {
    errors.push_back(fmt::format("{}: cannot read the configuration file", shown));
    return false;
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  fs::path absolute = fs::absolute(path, ec).lexically_normal();
  return parse_config(make_source(shown, std::move(text)), absolute.parent_path(), config, errors);
}

std::string_view starter_config() { return kStarter; }

void overlay_rules(RuleSettings& base, const RuleSettings& flags) {
  for (const std::string& id : flags.enabled) {
    base.disabled.erase(id);
    base.enabled.insert(id);
  }
  // A level given on the command line turns a rule on, even one the config switched off.
  for (const auto& [id, level] : flags.levels) {
    base.levels[id] = level;
    base.disabled.erase(id);
  }
  for (const std::string& id : flags.disabled) base.disabled.insert(id);
}

std::optional<std::string> relative_to(const fs::path& file, const fs::path& folder) {
  fs::path relative = file.lexically_relative(folder);
  if (relative.empty() || relative == "." || *relative.begin() == "..") return std::nullopt;
  return relative.generic_string();
}

FileSettings settings_for(const Config& config, const std::string& relative) {
  FileSettings s;
  auto any = [&](const std::vector<std::string>& globs) {
    for (const std::string& g : globs)
      if (glob_match(g, relative)) return true;
    return false;
  };
  s.included = config.include.empty() || any(config.include);
  s.excluded = any(config.exclude);
  for (const auto& [pattern, kind] : config.kinds) {
    if (glob_match(pattern, relative)) {
      s.kind = kind;
      break;
    }
  }
  for (size_t i = 0; i < config.ignores.size(); ++i) {
    const IgnoreEntry& e = config.ignores[i];
    if (glob_match(e.path, relative)) s.ignores.push_back({e.rule, e.pointer, "", e.reason, i});
  }
  for (const auto& [pattern, ids] : config.per_file_ignores) {
    if (!glob_match(pattern, relative)) continue;
    for (const std::string& id : ids)
      s.ignores.push_back(
          {id, "", "", fmt::format("per-file-ignores `{}` in {}", pattern, config.source.path),
           SIZE_MAX});
  }
  return s;
}

}  // namespace ecslint
