#include "core/pipeline.hpp"

#include <algorithm>
#include <exception>

#include "core/link.hpp"
#include "core/load.hpp"
#include "core/schema.hpp"
#include "core/suppress.hpp"
#include "core/view.hpp"
#include "rules/rule.hpp"

namespace ecslint {

namespace {
// The level logic of both effective_level overloads, given whether the rule is opt-in.
Level level_for(const RuleSettings& settings, const std::string& rule_id, Level default_level,
                bool opt_in) {
  if (!settings.disabled.empty() && settings.disabled.count(rule_id)) return Level::none;
  if (!settings.levels.empty()) {
    auto it = settings.levels.find(rule_id);
    if (it != settings.levels.end()) return it->second;
  }
  // Off-by-default rules: unused-suppression (default level none) reports warnings once
  // enabled; opt-in rules (kOptIn) keep their own level once enabled.
  const bool enabled = !settings.enabled.empty() &&
                       (settings.enabled.count(rule_id) || settings.enabled.count("all"));
  if (default_level == Level::none) return enabled ? Level::warning : Level::none;
  if (opt_in && !enabled) return Level::none;
  return default_level;
}
}  // namespace

Level RuleSettings::effective_level(const std::string& rule_id, Level default_level) const {
  const Rule* rule = find_rule(rule_id);
  return level_for(*this, rule_id, default_level, rule && (rule->kinds & kOptIn));
}

Level RuleSettings::effective_level(const Rule& rule) const {
  // Most runs change nothing: skip building the id string then.
  if (disabled.empty() && levels.empty() && enabled.empty())
    return (rule.kinds & kOptIn) ? Level::none : rule.level;
  return level_for(*this, rule.id, rule.level, (rule.kinds & kOptIn) != 0);
}

void sort_findings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (!(a.region.start == b.region.start)) return a.region.start < b.region.start;
    if (a.rule != b.rule) return a.rule < b.rule;
    return a.message < b.message;
  });
}

namespace {

Finding located_finding(const char* rule, std::string message) {
  Finding f;
  f.rule = rule;
  f.message = std::move(message);
  f.located = true;
  f.region.start = f.region.end = Position{1, 1};
  return f;
}

// A file found by walking a folder is linted only if it is an ECS document. A file that does
// not even parse cannot be classified, so it is reported only when its text mentions what an
// ECS document would hold (tsconfig.json with comments is none of our business).
bool mentions_ecs(const std::string& text) {
  for (const char* word : {"containerDefinitions", "TargetService", "serviceName", "taskDefinition",
                           "AWS::ECS::Service", "AWS::ECS::TaskDefinition"})
    if (text.find(word) != std::string::npos) return true;
  return false;
}

}  // namespace

void run_rules(const Json& root, Kind kind, const LintOptions& options,
               std::vector<Finding>& findings, const Linked* linked) {
  for (const Rule* rule : options.rule_list ? *options.rule_list : all_rules()) {
    // Cross-file rules run only in the link pass, which has the linked task definition.
    const bool cross_file = (rule->kinds & kLinked) != 0;
    // A container-definition array is a task definition whose task level is unknown.
    const Kind runs_as = kind == kContainerDefinitions ? kTaskDefinition : kind;
    if (!rule->check || !(rule->kinds & runs_as) || cross_file != (linked != nullptr)) continue;
    if (options.rules.effective_level(*rule) == Level::none) continue;
    Context cx{root, kind, *rule, findings, linked};
    try {
      rule->check(cx);
    } catch (const std::exception& e) {
      Finding f;
      f.rule = "internal-error";
      f.message = fmt::format("rule {} failed: {}; please report this bug", rule->id, e.what());
      findings.push_back(std::move(f));
    }
  }
}

// The one place suppression happens: after levels (a disabled rule has nothing to suppress) and
// with pointers final (a comment or ignore names a node).
void finish(FileResult& result, const Document& doc, const LintOptions& options) {
  std::vector<Finding> kept;
  kept.reserve(result.findings.size());
  for (Finding& f : result.findings) {
    const Rule* rule = find_rule(f.rule);
    Level level = rule ? options.rules.effective_level(*rule)
                       : options.rules.effective_level(f.rule, f.level);
    if (level == Level::none) continue;
    f.level = level;
    if (!f.located) {
      f.region = resolve_region(result.source, doc, f.pointer, f.at_key);
      f.located = true;
    }
    kept.push_back(std::move(f));
  }
  result.findings = std::move(kept);
  apply_suppressions(result, doc, options);
  sort_findings(result.findings);
}

namespace {

// Lints one view (core/view.hpp) and adds its findings with pointers into the file. Findings of
// a Terraform or CloudFormation resource name it first; one inside the decoded
// container_definitions string is reported at that string and says where inside it. With
// `linked` (a template's service and the task definition it references), runs the cross-file
// rules instead of the single-file ones.
void lint_view(const View& view, const LintOptions& options, std::vector<Finding>& out,
               const Linked* linked = nullptr) {
  auto labelled = [&](std::string message) {
    return view.label.empty() ? message : fmt::format("{}: {}", view.label, message);
  };
  if (!linked) {
    for (const std::string& problem : view.problems) {
      Finding f;
      f.rule = view.problems_rule;
      f.message = labelled(problem);
      f.pointer = view.problems_at;
      out.push_back(std::move(f));
    }
  }
  if (!view.problems.empty()) return;  // e.g. no container definitions to lint
  std::vector<Finding> relative;
  if (!linked && options.rules.effective_level("schema-violation", Level::error) != Level::none)
    check_schema(view.root, view.kind, relative, view.spelling);
  run_rules(view.root, view.kind, options, relative, linked);
  for (Finding& f : relative) {
    // A linked pair's reference (TaskDefinition: !Ref TaskDef) is an intrinsic, yet known: it is
    // the linked resource, so cross-file findings at it stand.
    bool at_reference = linked && f.pointer == linked->reference.text;
    if (!at_reference &&
        std::find(view.unknown.begin(), view.unknown.end(), f.pointer) != view.unknown.end())
      continue;
    if (!f.located) {
      std::string rest;
      std::string to = map_pointer(view, f.pointer, rest);
      if (!rest.empty() && f.pointer.rfind("/containerDefinitions/", 0) == 0)
        f.message += fmt::format(" (container_definitions{})", rest);
      if (!rest.empty() || to == view.fallback) f.at_key = false;
      f.pointer = std::move(to);
    }
    f.message = labelled(std::move(f.message));
    out.push_back(std::move(f));
  }
}

// A template's services with the task definition resource they reference by `Ref`: the
// cross-file rules run on each pair, as the link pass does for separate files.
void link_template_views(const std::vector<View>& views, const FileResult& result,
                         const Document& doc, const LintOptions& options,
                         std::vector<Finding>& out) {
  for (const View& service : views) {
    if (service.kind != kService || service.task_reference.empty()) continue;
    for (const View& task : views) {
      if (task.kind != kTaskDefinition || task.label != service.task_reference ||
          !task.problems.empty())
        continue;
      Linked linked{task.root, result.source, doc, "", Pointer{"/taskDefinition"}, &task};
      lint_view(service, options, out, &linked);
    }
  }
}

void lint_document(FileResult& result, const LintOptions& options) {
  Document doc = load_document(result.source);
  result.format = doc.format;
  result.findings = std::move(doc.findings);
  if (!doc.ok) {
    if (!options.named_explicitly && options.forced_kind == kNoKind &&
        !mentions_ecs(result.source.text)) {
      result.skipped = true;
      result.findings.clear();
    }
    finish(result, doc, options);
    return;
  }
  Detection detection = options.forced_kind != kNoKind ? force_kind(doc.root, options.forced_kind)
                                                       : detect_kind(doc.root);
  result.kind = detection.kind;
  if (detection.kind == kNoKind || !detection.skip_reason.empty()) {
    if (!options.named_explicitly) {
      result.skipped = true;
      result.findings.clear();
      return;
    }
    if (detection.kind == kNoKind) {
      result.findings.push_back(located_finding(
          "unknown-kind",
          "not a task definition, service or AppSpec for ECS; use --kind to say which it is"));
    } else {
      result.findings.push_back(located_finding(
          "non-ecs-appspec", fmt::format("{}; ecslint checks AppSpecs for ECS only, so this "
                                         "file was not linted", detection.skip_reason)));
    }
    finish(result, doc, options);
    return;
  }
  if (detection.kind == kContainerDefinitions || detection.kind == kTerraformPlan ||
      detection.kind == kCloudFormation) {
    std::vector<View> views;
    if (detection.kind == kContainerDefinitions)
      views.push_back(container_definitions_view(doc.root));
    else if (detection.kind == kTerraformPlan)
      views = terraform_views(doc.root);
    else
      views = cloudformation_views(doc.root);
    if (views.empty() && !options.named_explicitly) {
      result.skipped = true;  // a plan or template without ECS resources, found by walking
      result.findings.clear();
      return;
    }
    for (const View& view : views) lint_view(view, options, result.findings);
    link_template_views(views, result, doc, options, result.findings);
    finish(result, doc, options);
    return;
  }
  const Json* root = &doc.root;
  if (!detection.base.empty()) {
    root = rapidjson::Pointer(detection.base.c_str()).Get(doc.root);
    if (!root) root = &doc.root;
  }
  record_link_key(result, *root, detection);
  std::vector<Finding> relative;
  if (options.rules.effective_level("schema-violation", Level::error) != Level::none)
    check_schema(*root, detection.kind, relative);
  run_rules(*root, detection.kind, options, relative, nullptr);
  for (Finding& f : relative) {
    if (!f.located) f.pointer = detection.base + f.pointer;
    result.findings.push_back(std::move(f));
  }
  finish(result, doc, options);
}

}  // namespace

FileResult lint_source(Source source, const LintOptions& options) {
  FileResult result;
  result.source = std::move(source);
  try {
    lint_document(result, options);
  } catch (const std::exception& e) {
    result.findings.clear();
    result.findings.push_back(
        located_finding("internal-error", fmt::format("ecslint failed on this file: {}; please "
                                                      "report this bug", e.what())));
  }
  return result;
}

}  // namespace ecslint
