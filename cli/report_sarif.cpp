// SARIF 2.1.0 writer. What GitHub code scanning and the VS Code SARIF Viewer need, and why each
// choice below was made, is in reference/ecosystem.md §2; the shape follows its skeleton (§2.3).
#include <map>
#include <string_view>

#include "cli/report.hpp"
#include "cli/report_util.hpp"
#include "rules/rule.hpp"

namespace ecslint {

namespace {

constexpr const char* kInformationUri = "https://github.com/ecslint/ecslint";
constexpr const char* kSrcRoot = "%SRCROOT%";

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == '\n' || text.front() == ' ')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.remove_suffix(1);
  return text;
}

void write_text_object(JsonWriter& w, const char* key, std::string_view text) {
  w.Key(key);
  w.StartObject();
  w.Key("text");
  write_string(w, text);
  w.EndObject();
}

// A report path as a URI: relative paths stay relative references (to %SRCROOT%); an absolute
// path (a file outside the current folder or --root) becomes a file:// URI, since a relative
// reference that starts with "/" does not combine with a base (Multitool rule SARIF1004), and
// upload-sarif makes absolute file URIs relative to its checkout_path.
std::string artifact_uri(const std::string& path) {
  std::string encoded = percent_encode_path(path);
  return !path.empty() && path[0] == '/' ? "file://" + encoded : encoded;
}

// `uri` is from artifact_uri.
void write_physical_location(JsonWriter& w, const std::string& uri, const Region& region) {
  Region shown = shown_region(region);
  w.Key("physicalLocation");
  w.StartObject();
  w.Key("artifactLocation");
  w.StartObject();
  w.Key("uri");
  write_string(w, uri);
  if (uri.compare(0, 5, "file:") != 0) {
    w.Key("uriBaseId");
    w.String(kSrcRoot);
  }
  w.EndObject();
  w.Key("region");
  w.StartObject();
  w.Key("startLine");
  w.Uint(shown.start.line);
  w.Key("startColumn");
  w.Uint(shown.start.column);
  if (has_end(shown)) {
    w.Key("endLine");
    w.Uint(shown.end.line);
    w.Key("endColumn");
    w.Uint(shown.end.column);
  }
  w.EndObject();
  w.EndObject();
}

// Rules whose findings are security weaknesses get GitHub's `security-severity` (and the
// `security` tag), which files them as security alerts. GitHub's scale (ecosystem.md §2.1):
// 9.0+ critical, 7.0-8.9 high, 4.0-6.9 medium, below 4.0 low. The scores rank how much an
// attacker gains, not how likely the finding is real; kept to the rules where that is clear.
struct SecurityRule {
  const char* id;
  const char* severity;
};
constexpr SecurityRule kSecurityRules[] = {
    {"privileged-container", "8.0"},          // root on the host: escaping the container is easy
    {"plaintext-secret", "7.5"},              // readable by anyone allowed to describe the task
    {"host-network-root-user", "6.0"},        // root with the instance's network stack
    {"pid-mode-host", "5.0"},                 // can see and signal every process on the instance
    {"container-user-root", "4.0"},           // root inside the container
    {"efs-transit-encryption", "4.0"},        // NFS traffic in clear text
    {"readonly-root-filesystem", "3.0"},      // a foothold can write to the image
    {"execute-command-enabled", "3.0"},       // interactive shells with the task role
    {"same-task-and-execution-role", "3.0"},  // the application gets the agent's permissions
};

const char* security_severity(std::string_view id) {
  for (const SecurityRule& r : kSecurityRules)
    if (id == r.id) return r.severity;
  return nullptr;
}

// How often a finding is a true positive. Errors check an AWS fact exactly; warnings and notes
// are as exact about the document but may be intended. plaintext-secret guesses from names.
const char* precision(const Rule& rule) {
  if (std::string_view(rule.id) == "plaintext-secret") return "medium";
  return rule.level == Level::error ? "very-high" : "high";
}

// GitHub's problem.severity for rules that are not security rules.
const char* problem_severity(Level level) {
  switch (level) {
    case Level::error: return "error";
    case Level::warning: return "warning";
    default: return "recommendation";
  }
}

// SARIF wants `name` to be a readable identifier distinct from `id` (Multitool rule SARIF1001);
// ours are the id in PascalCase, as in the spec's examples: fargate-cpu-memory -> FargateCpuMemory.
std::string rule_name(std::string_view id) {
  std::string name;
  bool upper = true;
  for (char c : id) {
    if (c == '-') {
      upper = true;
      continue;
    }
    name += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    upper = false;
  }
  return name;
}

void write_rule(JsonWriter& w, const Rule& rule, Level level) {
  // GitHub requires non-empty descriptions and help; fall back when a rule lacks docs.
  std::string_view summary = rule.summary ? rule.summary : rule.id;
  std::string_view docs = trimmed(rule.docs ? rule.docs : "");
  if (docs.empty()) docs = summary;
  std::string full = why_paragraph(docs);
  if (full.empty()) full = summary;
  w.StartObject();
  w.Key("id");
  w.String(rule.id);
  w.Key("name");
  write_string(w, rule_name(rule.id));
  write_text_object(w, "shortDescription", summary);
  write_text_object(w, "fullDescription", full);
  // The whole Markdown once (code scanning shows `markdown`); the plain `text` SARIF requires
  // beside it is the Why paragraph and the link, not a second copy: every rule's help is most of
  // a SARIF file's size, and writing it twice was a third of a one-file run's time.
  const std::string uri = std::string(kInformationUri) + "/blob/main/docs/rules.md#" + rule.id;
  w.Key("help");
  w.StartObject();
  w.Key("text");
  write_string(w, fmt::format("{} See {}", full, uri));
  w.Key("markdown");
  write_string(w, docs);
  w.EndObject();
  w.Key("helpUri");
  write_string(w, uri);
  w.Key("defaultConfiguration");
  w.StartObject();
  w.Key("level");
  w.String(level_name(level));
  w.EndObject();
  const char* security = security_severity(rule.id);
  w.Key("properties");
  w.StartObject();
  w.Key("tags");
  w.StartArray();
  for (Kind k : {kTaskDefinition, kService, kAppSpec})
    if (rule.kinds & k) w.String(kind_name(k));
  if (security) w.String("security");
  w.EndArray();
  w.Key("precision");
  w.String(precision(rule));
  if (security) {
    w.Key("security-severity");
    w.String(security);
  } else {
    w.Key("problem.severity");
    w.String(problem_severity(level));
  }
  w.EndObject();
  w.EndObject();
}

void write_invocation(JsonWriter& w, const Report& report) {
  bool internal_error = false;
  for (const FileResult& file : report.files)
    for (const Finding& f : file.findings)
      if (f.rule == "internal-error") internal_error = true;
  w.Key("invocations");
  w.StartArray();
  w.StartObject();
  w.Key("executionSuccessful");
  w.Bool(report.notifications.empty() && !internal_error);
  w.Key("toolExecutionNotifications");
  w.StartArray();
  for (const std::string& note : report.notifications) {
    w.StartObject();
    w.Key("level");
    w.String("error");
    write_text_object(w, "message", note);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.EndArray();
}

// With --include-suppressed every result gets `suppressions` (SARIF §3.27.23: all results
// null or all non-null), an empty array for an active one.
void write_suppressions(JsonWriter& w, const Finding& f) {
  w.Key("suppressions");
  w.StartArray();
  if (f.suppression) {
    w.StartObject();
    w.Key("kind");
    w.String(f.suppression->in_source ? "inSource" : "external");
    w.Key("status");
    w.String("accepted");
    if (!f.suppression->justification.empty()) {
      w.Key("justification");
      write_string(w, f.suppression->justification);
    }
    w.EndObject();
  }
  w.EndArray();
}

void write_result(JsonWriter& w, const FileResult& file, const std::string& uri, const Finding& f,
                  const std::map<std::string_view, size_t>& rule_index,
                  Fingerprints& fingerprints, bool with_suppressions) {
  w.StartObject();
  w.Key("ruleId");
  write_string(w, f.rule);
  auto index = rule_index.find(f.rule);
  if (index != rule_index.end()) {
    w.Key("ruleIndex");
    w.Uint64(index->second);
  }
  w.Key("level");
  w.String(level_name(f.level));
  write_text_object(w, "message", f.message);
  w.Key("locations");
  w.StartArray();
  w.StartObject();
  write_physical_location(w, uri, f.region);
  w.EndObject();
  w.EndArray();
  if (!f.related.empty()) {
    w.Key("relatedLocations");
    w.StartArray();
    int id = 1;
    for (const Related& r : f.related) {
      w.StartObject();
      w.Key("id");
      w.Int(id++);
      write_physical_location(w, r.path.empty() ? uri : artifact_uri(r.path), r.region);
      write_text_object(w, "message", r.message);
      w.EndObject();
    }
    w.EndArray();
  }
  w.Key("partialFingerprints");
  w.StartObject();
  w.Key("ecslint/v1");
  w.String(fingerprints.next(f.rule, uri, f.pointer));
  w.EndObject();
  if (with_suppressions) write_suppressions(w, f);
  w.Key("properties");
  w.StartObject();
  w.Key("jsonPointer");
  write_string(w, f.pointer);
  w.Key("documentKind");
  w.String(kind_name(file.kind));
  w.EndObject();
  w.EndObject();
}

}  // namespace

std::string format_sarif(const Report& report) {
  return pretty_json([&](JsonWriter& w) {
    w.StartObject();
    w.Key("$schema");
    w.String("https://json.schemastore.org/sarif-2.1.0.json");
    w.Key("version");
    w.String("2.1.0");
    w.Key("runs");
    w.StartArray();
    w.StartObject();

    w.Key("tool");
    w.StartObject();
    w.Key("driver");
    w.StartObject();
    w.Key("name");
    w.String("ecslint");
    w.Key("version");
    w.String(ECSLINT_VERSION);
    w.Key("semanticVersion");
    w.String(ECSLINT_VERSION);
    w.Key("informationUri");
    w.String(kInformationUri);
    // Every enabled rule, not only those that fired, so ruleIndex is stable across runs.
    std::map<std::string_view, size_t> rule_index;
    w.Key("rules");
    w.StartArray();
    for (const Rule* rule : all_rules()) {
      Level level = report.rules.effective_level(rule->id, rule->level);
      if (level == Level::none) continue;
      rule_index.emplace(rule->id, rule_index.size());
      write_rule(w, *rule, level);
    }
    w.EndArray();
    w.EndObject();
    w.EndObject();

    w.Key("columnKind");
    w.String("utf16CodeUnits");
    // No "uri" here: the root's absolute path would make output differ between machines.
    w.Key("originalUriBaseIds");
    w.StartObject();
    w.Key(kSrcRoot);
    w.StartObject();
    write_text_object(w, "description",
                      "The folder ecslint reported paths relative to (the current folder or --root).");
    w.EndObject();
    w.EndObject();

    write_invocation(w, report);

    // upload-sarif appends "/" to its `category` input so that the whole value is the category
    // (GitHub reads the text before the last "/"); the flag means the same.
    if (!report.sarif_category.empty()) {
      std::string id = report.sarif_category;
      if (id.back() != '/') id += '/';
      w.Key("automationDetails");
      w.StartObject();
      w.Key("id");
      write_string(w, id);
      w.EndObject();
    }

    Fingerprints fingerprints;
    w.Key("results");
    w.StartArray();
    for (const FileResult& file : report.files) {
      std::string uri = artifact_uri(file.source.path);
      for (const Finding& f : written_findings(file, report.include_suppressed))
        write_result(w, file, uri, f, rule_index, fingerprints, report.include_suppressed);
    }
    w.EndArray();

    w.EndObject();
    w.EndArray();
    w.EndObject();
  });
}

}  // namespace ecslint
