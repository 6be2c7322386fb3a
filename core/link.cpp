#include "core/link.hpp"

#include <exception>
#include <filesystem>

#include <fmt/format.h>

#include "core/load.hpp"
#include "rules/rule.hpp"

namespace ecslint {

namespace {

constexpr std::string_view kTaskDefinitionPlaceholder = "<TASK_DEFINITION>";
constexpr const char* kUnlinked = "unlinked-task-definition";

// The AppSpec's `Resources[0].TargetService.Properties.TaskDefinition`, with its pointer
// (CodeDeploy reads the top-level keys in either case).
const Json* appspec_reference(const Json& root, std::string& pointer) {
  std::string_view key = member(root, "Resources") ? "Resources" : "resources";
  const Json* resources = array_member(root, key);
  if (!resources || resources->Empty()) return nullptr;
  const Json* properties = member(member(&(*resources)[0], "TargetService"), "Properties");
  const Json* reference = member(properties, "TaskDefinition");
  if (reference)
    pointer = (Pointer() / key / 0 / "TargetService" / "Properties" / "TaskDefinition").text;
  return reference;
}

void record_reference(LinkKey& key, const Json* reference, bool appspec) {
  if (!reference || !reference->IsString()) return;
  std::string_view text(reference->GetString(), reference->GetStringLength());
  key.reference = std::string(text);
  if (appspec && text == kTaskDefinitionPlaceholder) {
    key.by = LinkKey::By::folder;
  } else if (is_placeholder(text)) {
    key.by = LinkKey::By::placeholder;
  } else {
    key.family = referenced_family(text);
    if (!key.family.empty()) key.by = LinkKey::By::family;
  }
}

std::string folder_of(const FileResult& result) {
  return std::filesystem::path(result.source.path).parent_path().lexically_normal().generic_string();
}

// The task definition a service or AppSpec pairs with, or why there is none ("" when the
// reference itself cannot be read: other rules report that).
struct Pairing {
  size_t task = SIZE_MAX;
  std::string why;
};

std::string list_paths(const std::vector<FileResult>& results, const std::vector<size_t>& indices) {
  std::string out;
  for (size_t i : indices) out += (out.empty() ? "" : ", ") + results[i].source.path;
  return out;
}

Pairing pair(const std::vector<FileResult>& results, size_t index, const std::vector<size_t>& tasks) {
  const FileResult& r = results[index];
  const std::string folder = folder_of(r);
  std::vector<size_t> named, here;
  for (size_t t : tasks) {
    bool same_folder = folder_of(results[t]) == folder;
    if (r.link.by == LinkKey::By::family && results[t].link.family != r.link.family) continue;
    named.push_back(t);
    if (same_folder) here.push_back(t);
  }
  switch (r.link.by) {
    case LinkKey::By::family:
      if (named.size() == 1) return {named[0], ""};
      if (here.size() == 1) return {here[0], ""};
      if (named.empty())
        return {SIZE_MAX, fmt::format("no task definition of family '{}' is in this run",
                                      r.link.family)};
      return {SIZE_MAX, fmt::format("{} task definitions of family '{}' are in this run ({}) and "
                                    "{} in this file's folder",
                                    named.size(), r.link.family, list_paths(results, named),
                                    here.empty() ? "none is" : "several are")};
    case LinkKey::By::folder:
      if (here.size() == 1) return {here[0], ""};
      if (here.empty()) return {SIZE_MAX, "no task definition is in this file's folder"};
      return {SIZE_MAX, fmt::format("{} task definitions are in this file's folder ({})",
                                    here.size(), list_paths(results, here))};
    case LinkKey::By::placeholder:
      return {SIZE_MAX, fmt::format("the task definition \"{}\" is a template placeholder",
                                    r.link.reference)};
    case LinkKey::By::nothing:
      break;
  }
  return {};
}

bool is_referencing(const FileResult& r) {
  return !r.skipped && (r.kind == kService || r.kind == kAppSpec);
}

const Json& checked_root(const Document& doc, const std::string& base) {
  if (base.empty()) return doc.root;
  const Json* root = rapidjson::Pointer(base.c_str()).Get(doc.root);
  return root ? *root : doc.root;
}

Finding internal_error(const std::string& what) {
  Finding f;
  f.rule = "internal-error";
  f.message = fmt::format("the link pass failed on this file: {}; please report this bug", what);
  f.located = true;
  f.region.start = f.region.end = Position{1, 1};
  return f;
}

// Adds `found` (pointers relative to the checked object) to the file and finishes it again.
void merge(FileResult& result, const Document& doc, std::vector<Finding> found,
           const LintOptions& options) {
  if (found.empty()) return;
  for (Finding& f : found) {
    if (!f.located) f.pointer = result.link.base + f.pointer;
    result.findings.push_back(std::move(f));
  }
  finish(result, doc, options);
}

void report_unlinked(FileResult& result, const LintOptions& options, const std::string& why) {
  Document doc = load_document(result.source);
  if (!doc.ok) return;
  Finding f;
  f.rule = kUnlinked;
  f.level = Level::note;
  f.message = fmt::format("cross-file checks were skipped: {}; lint the task definition in the "
                          "same run or name it with --task-definition",
                          why);
  f.pointer = result.link.pointer;
  std::vector<Finding> found;
  found.push_back(std::move(f));
  merge(result, doc, std::move(found), options);
}

// Runs the cross-file rules on one service or AppSpec paired with a loaded task definition.
void check_pair(FileResult& result, const LintOptions& options, const Linked& task) {
  Document doc = load_document(result.source);
  if (!doc.ok) return;
  const Json& root = checked_root(doc, result.link.base);
  const Kind kind = result.kind;
  std::vector<Finding> found;
  Linked linked{task.root, task.source, task.document, task.base, Pointer{result.link.pointer}};
  run_rules(root, kind, options, found, &linked);
  merge(result, doc, std::move(found), options);
}

}  // namespace

std::string referenced_family(std::string_view reference) {
  if (reference.substr(0, 4) == "arn:") {
    constexpr std::string_view kResource = ":task-definition/";
    size_t at = reference.find(kResource);
    if (at == std::string_view::npos) return {};
    reference = reference.substr(at + kResource.size());
  }
  return std::string(reference.substr(0, reference.find(':')));
}

void record_link_key(FileResult& result, const Json& root, const Detection& detection) {
  LinkKey& key = result.link;
  key = LinkKey{};
  key.base = detection.base;
  if (detection.kind == kTaskDefinition) {
    if (auto family = known_string(root, "family")) key.family = std::string(*family);
  } else if (detection.kind == kService) {
    const Json* reference = member(root, "taskDefinition");
    if (reference) {
      key.pointer = "/taskDefinition";
      record_reference(key, reference, false);
    } else if (!member(root, "service")) {
      // ecspresso's service file: ecspresso registers the task definition beside it. (An
      // UpdateService input, which names `service`, keeps the service's current one.)
      key.by = LinkKey::By::folder;
    }
  } else if (detection.kind == kAppSpec) {
    record_reference(key, appspec_reference(root, key.pointer), true);
  }
}

void link_results(std::vector<FileResult>& results, const std::vector<LintOptions>& options,
                  size_t explicit_task) {
  std::vector<size_t> tasks;
  for (size_t i = 0; i < results.size(); ++i)
    if (!results[i].skipped && results[i].kind == kTaskDefinition) tasks.push_back(i);
  if (explicit_task < results.size() && results[explicit_task].kind != kTaskDefinition)
    explicit_task = SIZE_MAX;

  std::vector<std::vector<size_t>> referenced_by(results.size());
  for (size_t i = 0; i < results.size() && i < options.size(); ++i) {
    if (!is_referencing(results[i])) continue;
    Pairing p = explicit_task != SIZE_MAX ? Pairing{explicit_task, ""} : pair(results, i, tasks);
    if (p.task != SIZE_MAX) {
      referenced_by[p.task].push_back(i);
      continue;
    }
    const Rule* rule = find_rule(kUnlinked);
    if (p.why.empty() || !rule || options[i].rules.effective_level(kUnlinked, rule->level) == Level::none)
      continue;
    try {
      report_unlinked(results[i], options[i], p.why);
    } catch (const std::exception& e) {
      results[i].findings.push_back(internal_error(e.what()));
    }
  }

  // One task definition in memory at a time, with the files that name it loaded one by one.
  for (size_t t = 0; t < results.size(); ++t) {
    if (referenced_by[t].empty()) continue;
    Document document = load_document(results[t].source);
    if (!document.ok) continue;
    Linked task{checked_root(document, results[t].link.base), results[t].source, document,
                results[t].link.base, Pointer{}};
    for (size_t i : referenced_by[t]) {
      try {
        check_pair(results[i], options[i], task);
      } catch (const std::exception& e) {
        results[i].findings.push_back(internal_error(e.what()));
      }
    }
  }
}

}  // namespace ecslint
