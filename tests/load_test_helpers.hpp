#pragma once
/// Helpers shared by the loader tests: positions as people read them ("2:6-2:11").
#include <initializer_list>
#include <string>

#include <fmt/format.h>

#include "core/document.hpp"
#include "core/load.hpp"

namespace ecslint::test {

/// A small task definition; columns in the comments are counted by hand (1-based).
inline constexpr const char* kTaskJson =
    "{\n"                                 // 1
    "  \"family\": \"web\",\n"            // 2  key 3-11, value 13-18
    "  \"cpu\": \"256\",\n"               // 3  key 3-8, value 10-15
    "  \"containerDefinitions\": [\n"     // 4  key 3-25, value 27
    "    {\n"                             // 5  item 5
    "      \"name\": \"app\",\n"          // 6  key 7-13, value 15-20
    "      \"essential\": true,\n"        // 7  value 20-24
    "      \"memory\": 512\n"             // 8  value 17-20
    "    }\n"
    "  ]\n"
    "}\n";

/// "L:C-L:C" for a region, the form the expectations below are written in.
inline std::string text_of(Region r) {
  return fmt::format("{}:{}-{}:{}", r.start.line, r.start.column, r.end.line, r.end.column);
}

/// Where the value at `pointer` (or its key, with `at_key`) is reported.
inline std::string where(const Source& s, const Document& d, const std::string& pointer,
                         bool at_key = false) {
  return text_of(resolve_region(s, d, pointer, at_key));
}

/// Where the value at `pointer` starts, "L:C".
inline std::string start(const Source& s, const Document& d, const std::string& pointer,
                         bool at_key = false) {
  Position p = resolve_region(s, d, pointer, at_key).start;
  return fmt::format("{}:{}", p.line, p.column);
}

/// The one finding of a document that failed to load, as "rule L:C message".
inline std::string failure(const Document& d) {
  if (d.ok || d.findings.size() != 1) return "expected exactly one finding and doc.ok == false";
  const Finding& f = d.findings[0];
  return fmt::format("{} {}:{} {}", f.rule, f.region.start.line, f.region.start.column, f.message);
}

/// Loads `text` and lists where each pointer is reported, "pointer L:C-L:C" joined by "; ".
/// A pointer written "key:/a" asks for the member's key; a failed load gives `failure()`.
inline std::string regions(Document (*load)(const Source&), const std::string& text,
                           std::initializer_list<std::string> pointers) {
  Source s = make_source("t", text);
  Document d = load(s);
  if (!d.ok) return failure(d);
  std::string out;
  for (const std::string& p : pointers) {
    bool key = p.rfind("key:", 0) == 0;
    out += (out.empty() ? "" : "; ") + p + " " + where(s, d, key ? p.substr(4) : p, key);
  }
  return out;
}

/// The findings of a loaded document, one line each: "rule L:C-L:C (related L:C-L:C)".
inline std::string findings_of(const Document& d) {
  std::string out;
  for (const Finding& f : d.findings) {
    out += f.rule + " " + text_of(f.region);
    for (const Related& r : f.related) out += " (" + r.message + " " + text_of(r.region) + ")";
    out += "\n";
  }
  return out;
}

/// `open` repeated n times, then `close` n times.
inline std::string nested(size_t n, const char* open, const char* close) {
  std::string text;
  for (size_t i = 0; i < n; ++i) text += open;
  for (size_t i = 0; i < n; ++i) text += close;
  return text;
}

}  // namespace ecslint::test
