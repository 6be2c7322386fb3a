#include <algorithm>
#include <cctype>
#include <string>

#include "rules/ecs_misc.hpp"

namespace ecslint {
namespace {

struct Span {
  char32_t first, last;
};

// Code points outside \p{L}, \p{Z} and \p{N} that real tags are likely to meet: controls,
// combining marks, punctuation and symbols. Without a Unicode database the rest of the
// non-ASCII range is accepted, so a rare symbol may slip through but no letter is refused.
constexpr Span kRefused[] = {
    {0x80, 0x9F},       {0xA1, 0xA9},       {0xAB, 0xB1},       {0xB4, 0xB4},
    {0xB6, 0xB8},       {0xBB, 0xBB},       {0xBF, 0xBF},       {0xD7, 0xD7},
    {0xF7, 0xF7},       {0x300, 0x36F},     {0x200B, 0x200F},   {0x2010, 0x2027},
    {0x202A, 0x202E},   {0x2030, 0x205E},   {0x2060, 0x206F},   {0x20A0, 0x20CF},
    {0x2190, 0x245F},   {0x249C, 0x24E9},   {0x2500, 0x2775},   {0x2794, 0x27BF},
    {0x3001, 0x3004},   {0x3008, 0x3020},   {0x302A, 0x3030},   {0x3036, 0x3037},
    {0x303D, 0x303F},   {0xE000, 0xF8FF},   {0xFE00, 0xFE0F},   {0xFEFF, 0xFEFF},
    {0xFF01, 0xFF0F},   {0xFF1A, 0xFF20},   {0xFF3B, 0xFF40},   {0xFF5B, 0xFF65},
    {0x1F000, 0x1F0FF}, {0x1F10D, 0x1FAFF},
};

bool is_allowed(char32_t c) {
  if (c < 0x80)
    return std::isalnum(static_cast<int>(c)) || c == ' ' ||
           std::string_view("_.:/=+-@").find(static_cast<char>(c)) != std::string_view::npos;
  for (const Span& span : kRefused)
    if (c >= span.first && c <= span.last) return false;
  return true;
}

// Decodes one UTF-8 sequence at `i` (the loaders have validated the encoding) and advances `i`.
char32_t next_code_point(std::string_view text, size_t& i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  if (i + length > text.size()) length = 1;
  char32_t c = length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
  for (size_t k = 1; k < length; ++k) c = (c << 6) | (byte(i + k) & 0x3F);
  i += length;
  return c;
}

std::string show(std::string_view text, size_t from, size_t to, char32_t c) {
  if (c >= 0x21 && c < 0x7F) return fmt::format("\"{}\"", text.substr(from, to - from));
  if (c < 0x80 || (c >= 0x80 && c <= 0x9F)) return fmt::format("U+{:04X}", static_cast<uint32_t>(c));
  return fmt::format("\"{}\" (U+{:04X})", text.substr(from, to - from), static_cast<uint32_t>(c));
}

void check_text(Context& cx, const Json& tag, std::string_view member_name, const Place& at) {
  auto text = known_string(tag, member_name);
  if (!text) return;
  for (size_t i = 0; i < text->size();) {
    size_t from = i;
    char32_t c = next_code_point(*text, i);
    if (is_allowed(c)) continue;
    // Control characters would break a one-line message, so such a text is not quoted.
    bool printable = std::none_of(text->begin(), text->end(), [](char b) {
      return static_cast<unsigned char>(b) < 0x20 || b == 0x7F;
    });
    std::string quoted = printable ? fmt::format(" \"{}\"", *text) : std::string();
    cx.report(at / member_name,
              fmt::format("tag {}{} contains {}, which tags do not allow; use letters, digits, "
                          "spaces and _ . : / = + - @",
                          member_name, quoted, show(*text, from, i, c)));
    return;  // one finding per string
  }
}

void check(Context& cx) {
  for_each_item(array_member(cx.root, "tags"), Pointer() / "tags",
                [&](const Json& tag, const Place& at) {
                  check_text(cx, tag, "key", at);
                  check_text(cx, tag, "value", at);
                });
}

constexpr Rule kRule = {
    "tag-characters", kTaskDefinition | kService, Level::error,
    "A task definition or service tag key or value contains a character tags do not allow",
    R"md(
## Why
The ECS API model gives tag keys and values the pattern `^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$`:
Unicode letters, separators (spaces) and numbers, plus `_ . : / = + - @`. Any other character,
such as `#`, `,`, `*`, `&`, `(`, a quote, a tab or a newline, or an emoji, fails that pattern and
the request is refused, for task definitions and services (CreateService `tags`) alike.

ecslint has no Unicode database: it refuses ASCII characters outside the set exactly, and
outside ASCII the control characters, combining marks, punctuation and symbol blocks that real
tags meet (typographic quotes and dashes, currency signs, arrows, box drawing, emoji). Letters
and digits of every script pass. Keys and values holding a template placeholder are skipped.
The length limits (key 1–128, value 0–256) and the limit of 50 tags are checked by the schema.

## Bad
```json
{"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}],
 "tags": [{"key": "cost-center", "value": "R&D #42"}]}
```

## Good
```json
{"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}],
 "tags": [{"key": "cost-center", "value": "R-D 42"}]}
```

## References
- Amazon ECS API Reference: Tag (`key`, `value`: pattern and restrictions),
  https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Tag.html
)md",
    check};
[[maybe_unused]] const bool kRegistered = register_rule(kRule);

}  // namespace
}  // namespace ecslint
