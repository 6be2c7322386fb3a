// Suppression comments and the single place where findings are set aside. yaml-cpp drops
// comments, so `# ecslint:` directives are found by scanning the raw text line by line and are
// tied to nodes through the Document's location table (node_on_line).
#include "core/suppress.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include <fmt/format.h>

#include "core/schema.hpp"
#include "rules/rule.hpp"

namespace ecslint {

namespace {

constexpr std::string_view kInvalid = "invalid-suppression";
constexpr std::string_view kUnused = "unused-suppression";
constexpr std::string_view kUsage =
    "write `# ecslint: ignore[rule-id] reason` or `# ecslint: ignore-file[rule-id] reason`";

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && (is_blank(s.back()) || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// A comment found by the line scanner.
struct Comment {
  uint32_t line;         // 1-based
  size_t offset;         // byte offset of '#'
  std::string_view text; // after '#', trimmed
  size_t end;            // byte offset just after the comment's last non-blank character
  bool own_line;         // nothing but blanks before it
};

// Where YAML comments are, skipping `#` in quoted scalars (which may span lines) and in block
// scalars (`|`, `>`: every following line indented more than the indicator's line is text).
struct Scanner {
  const Source& source;
  char quote = 0;         // '"' or '\'' while inside a quoted scalar
  int block_indent = -1;  // indentation of the line that opened a block scalar

  // A quote opens a scalar only where a scalar can start: first on the line or after one of
  // the indicators `:`, `-`, `?`, `[`, `{`, `,` (so the apostrophe in `it's` is just text).
  static bool scalar_can_start(char last) {
    return last == 0 || last == ':' || last == '-' || last == '?' || last == '[' ||
           last == '{' || last == ',';
  }

  static bool opens_block_scalar(std::string_view content) {
    content = trim(content);
    size_t at = content.find_last_of("|>");
    if (at == std::string_view::npos) return false;
    for (char c : content.substr(at + 1))
      if (!(c == '+' || c == '-' || (c >= '1' && c <= '9'))) return false;
    return at == 0 || is_blank(content[at - 1]);
  }

  bool next_comment(uint32_t line, Comment& out) {
    std::string_view text = line_text(source, line);
    size_t start = source.line_starts[line - 1];
    size_t indent = 0;
    while (indent < text.size() && text[indent] == ' ') ++indent;
    if (block_indent >= 0) {
      if (trim(text).empty() || static_cast<int>(indent) > block_indent) return false;
      block_indent = -1;
    }
    char last = 0;  // last non-blank character outside quotes
    for (size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      if (quote == '"') {
        if (c == '\\') ++i;
        else if (c == '"') quote = 0;
        continue;
      }
      if (quote == '\'') {
        if (c == '\'' && i + 1 < text.size() && text[i + 1] == '\'') ++i;
        else if (c == '\'') quote = 0;
        continue;
      }
      if (c == '#' && (i == 0 || is_blank(text[i - 1]))) {
        if (opens_block_scalar(text.substr(0, i))) block_indent = static_cast<int>(indent);
        std::string_view body = trim(text.substr(i + 1));
        std::string_view whole = trim(text.substr(i));
        out = {line, start + i, body, start + i + whole.size(), last == 0};
        return true;
      }
      if ((c == '"' || c == '\'') && scalar_can_start(last)) quote = c;
      if (!is_blank(c)) last = c;
    }
    if (quote == 0 && opens_block_scalar(text)) block_indent = static_cast<int>(indent);
    return false;
  }
};

Finding problem_at(const Source& source, const Comment& c, std::string message) {
  Finding f;
  f.rule = std::string(kInvalid);
  f.level = Level::warning;
  f.message = std::move(message);
  f.located = true;
  f.region = {position_at(source, c.offset), position_at(source, c.end)};
  return f;
}

std::vector<std::string_view> rule_ids() {
  std::vector<std::string_view> ids;
  for (const Rule* rule : all_rules()) ids.push_back(rule->id);
  return ids;
}

// Parses the text after "ecslint:". False, with `error` set, when it is malformed.
bool parse_directive(std::string_view text, Directive& d, std::vector<std::string>& unknown,
                     std::string& error) {
  size_t word_end = 0;
  while (word_end < text.size() && (std::isalpha(static_cast<unsigned char>(text[word_end])) ||
                                    text[word_end] == '-'))
    ++word_end;
  std::string_view word = text.substr(0, word_end);
  if (word != "ignore" && word != "ignore-file") {
    error = word.empty() ? fmt::format("malformed ecslint comment; {}", kUsage)
                         : fmt::format("unknown ecslint directive `{}`; {}", word, kUsage);
    return false;
  }
  d.whole_file = word == "ignore-file";
  std::string_view rest = text.substr(word_end);
  if (rest.empty() || rest.front() != '[') {
    error = fmt::format("`{}` needs the rule ids in brackets; {}", word, kUsage);
    return false;
  }
  size_t close = rest.find(']');
  if (close == std::string_view::npos) {
    error = fmt::format("`[` is not closed; {}", kUsage);
    return false;
  }
  std::string_view after = rest.substr(close + 1);
  if (!after.empty() && !is_blank(after.front())) {
    error = fmt::format("put a space between `]` and the reason; {}", kUsage);
    return false;
  }
  d.reason = std::string(trim(after));
  std::string_view list = rest.substr(1, close - 1);
  for (size_t start = 0; start <= list.size();) {
    size_t comma = std::min(list.find(',', start), list.size());
    std::string_view id = trim(list.substr(start, comma - start));
    start = comma + 1;
    if (id.empty()) continue;
    if (id == "all" || find_rule(id)) d.rules.emplace_back(id);
    else unknown.emplace_back(id);
  }
  if (d.rules.empty() && unknown.empty()) {
    error = fmt::format("no rule id between `[` and `]`; {}", kUsage);
    return false;
  }
  return true;
}

}  // namespace

bool pointer_within(const std::string& pointer, const std::string& base) {
  return pointer.size() >= base.size() && pointer.compare(0, base.size(), base) == 0 &&
         (pointer.size() == base.size() || pointer[base.size()] == '/');
}

std::vector<Directive> scan_directives(const Source& source, const Document& doc,
                                       std::vector<Finding>& problems) {
  std::vector<Directive> out;
  if (!doc.ok || doc.locations.empty()) return out;
  const uint32_t first_node = position_at(source, doc.locations[0].value_begin).line;
  const uint32_t lines = static_cast<uint32_t>(source.line_starts.size());
  std::vector<Comment> comments;
  std::vector<bool> comment_only(lines + 2, false);  // by 1-based line
  Scanner scanner{source};
  for (uint32_t line = 1; line <= lines; ++line) {
    Comment c;
    if (!scanner.next_comment(line, c)) continue;
    comment_only[line] = c.own_line;
    if (c.text.substr(0, 8) == "ecslint:") {
      c.text = trim(c.text.substr(8));
      comments.push_back(c);
    }
  }
  for (const Comment& c : comments) {
    Directive d;
    d.region = {position_at(source, c.offset), position_at(source, c.end)};
    std::vector<std::string> unknown;
    std::string error;
    if (!parse_directive(c.text, d, unknown, error)) {
      problems.push_back(problem_at(source, c, std::move(error)));
      continue;
    }
    for (const std::string& id : unknown)
      problems.push_back(problem_at(source, c, fmt::format("unknown rule `{}` in ecslint comment{}",
                                                           id, did_you_mean(id, rule_ids()))));
    if (d.rules.empty()) continue;
    if (d.whole_file) {
      if (c.line >= first_node) {
        problems.push_back(problem_at(
            source, c, "`ignore-file` must come before the first node of the file; use "
                       "`ignore[...]` to cover one node"));
        continue;
      }
    } else {
      uint32_t target = c.line;
      if (c.own_line)
        while (target <= lines && comment_only[target]) ++target;
      if (!node_on_line(source, doc, target, d.pointer)) {
        problems.push_back(problem_at(
            source, c, c.own_line ? "no node follows this comment directly, so it covers nothing"
                                  : "no node starts on this line, so this comment covers nothing"));
        continue;
      }
    }
    out.push_back(std::move(d));
  }
  return out;
}

void apply_suppressions(FileResult& result, const Document& doc, const LintOptions& options) {
  auto level_of = [&](std::string_view id) {
    const Rule* rule = find_rule(id);
    return options.rules.effective_level(std::string(id), rule ? rule->level : Level::warning);
  };
  // Start over when called again: one decision over all findings, the link pass's included.
  for (Finding& f : result.suppressed) {
    f.suppression.reset();
    result.findings.push_back(std::move(f));
  }
  result.suppressed.clear();
  result.findings.erase(std::remove_if(result.findings.begin(), result.findings.end(),
                                       [](const Finding& f) {
                                         return f.rule == kInvalid || f.rule == kUnused;
                                       }),
                        result.findings.end());
  std::vector<Finding> problems;
  std::vector<Directive> directives;
  if (doc.format == Format::yaml) directives = scan_directives(result.source, doc, problems);

  // used[d][k]: whether rule k of directive d suppressed something.
  std::vector<std::vector<bool>> used(directives.size());
  for (size_t i = 0; i < directives.size(); ++i) used[i].assign(directives[i].rules.size(), false);
  std::vector<size_t> used_ignores;
  std::vector<Finding> kept;
  for (Finding& f : result.findings) {
    if (f.rule == kInvalid || f.rule == kUnused) {
      kept.push_back(std::move(f));
      continue;
    }
    for (size_t i = 0; i < directives.size(); ++i) {
      const Directive& d = directives[i];
      if (!d.whole_file && !pointer_within(f.pointer, d.pointer)) continue;
      for (size_t k = 0; k < d.rules.size(); ++k) {
        if (d.rules[k] != "all" && d.rules[k] != f.rule) continue;
        used[i][k] = true;
        if (!f.suppression) f.suppression = Suppression{true, d.reason};
      }
    }
    for (const Ignore& ignore : options.ignores) {
      if (ignore.rule != f.rule || !pointer_within(f.pointer, ignore.pointer) ||
          (!ignore.message.empty() && ignore.message != f.message))
        continue;
      if (ignore.id != SIZE_MAX) used_ignores.push_back(ignore.id);
      if (!f.suppression) f.suppression = Suppression{false, ignore.reason};
    }
    (f.suppression ? result.suppressed : kept).push_back(std::move(f));
  }

  const Level invalid_level = level_of(kInvalid);
  if (invalid_level != Level::none)
    for (Finding& p : problems) {
      p.level = invalid_level;
      kept.push_back(std::move(p));
    }
  const Level unused_level = level_of(kUnused);
  if (unused_level != Level::none) {
    for (size_t i = 0; i < directives.size(); ++i) {
      for (size_t k = 0; k < directives[i].rules.size(); ++k) {
        if (used[i][k]) continue;
        Finding f;
        f.rule = std::string(kUnused);
        f.level = unused_level;
        f.message = fmt::format("`{}[{}]` suppresses nothing {}; remove it",
                                directives[i].whole_file ? "ignore-file" : "ignore",
                                directives[i].rules[k],
                                directives[i].whole_file ? "in this file" : "here");
        f.located = true;
        f.region = directives[i].region;
        kept.push_back(std::move(f));
      }
    }
  }
  result.findings = std::move(kept);
  std::sort(used_ignores.begin(), used_ignores.end());
  used_ignores.erase(std::unique(used_ignores.begin(), used_ignores.end()), used_ignores.end());
  result.used_ignores = std::move(used_ignores);
  sort_findings(result.suppressed);
}

}  // namespace ecslint
