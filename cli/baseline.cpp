#include "cli/baseline.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <tuple>

#include <fmt/format.h>

#include "cli/report_util.hpp"
#include "core/json.hpp"
#include "rules/rule.hpp"

namespace ecslint {

namespace {

constexpr const char* kFields[] = {"rule", "path", "pointer", "message"};

auto key(const BaselineEntry& e) { return std::tie(e.path, e.rule, e.pointer, e.message); }

}  // namespace

bool read_baseline(const std::filesystem::path& path, std::vector<BaselineEntry>& entries,
                   std::string& error) {
  const std::string shown = path.generic_string();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = fmt::format("{}: cannot read the baseline", shown);
    return false;
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  if (doc.HasParseError()) {
    error = fmt::format("{}: the baseline is not valid JSON ({} at byte {})", shown,
                        rapidjson::GetParseError_En(doc.GetParseError()), doc.GetErrorOffset());
    return false;
  }
  auto version = int_member(doc, "version");
  const Json* findings = array_member(doc, "findings");
  if (!version || *version != 1 || !findings) {
    error = fmt::format("{}: not an ecslint baseline (expected {{\"version\": 1, \"findings\": "
                        "[...]}}; write one with --write-baseline)",
                        shown);
    return false;
  }
  entries.clear();
  size_t index = 0;
  for (const Json& item : findings->GetArray()) {
    std::string values[4];
    for (int i = 0; i < 4; ++i) {
      auto value = string_member(item, kFields[i]);
      if (!value) {
        error = fmt::format("{}: findings[{}] needs a string \"{}\"", shown, index, kFields[i]);
        return false;
      }
      values[i] = std::string(*value);
    }
    entries.push_back({values[0], values[1], values[2], values[3]});
    ++index;
  }
  return true;
}

std::string format_baseline(std::vector<BaselineEntry> entries) {
  std::sort(entries.begin(), entries.end(),
            [](const BaselineEntry& a, const BaselineEntry& b) { return key(a) < key(b); });
  entries.erase(std::unique(entries.begin(), entries.end(),
                            [](const BaselineEntry& a, const BaselineEntry& b) {
                              return key(a) == key(b);
                            }),
                entries.end());
  return pretty_json([&](JsonWriter& w) {
    w.StartObject();
    w.Key("version");
    w.Int(1);
    w.Key("findings");
    w.StartArray();
    for (const BaselineEntry& e : entries) {
      w.StartObject();
      const std::string* values[] = {&e.rule, &e.path, &e.pointer, &e.message};
      for (int i = 0; i < 4; ++i) {
        w.Key(kFields[i]);
        write_string(w, *values[i]);
      }
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  });
}

}  // namespace ecslint
