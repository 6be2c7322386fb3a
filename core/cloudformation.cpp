// CloudFormation and SAM templates: each AWS::ECS::TaskDefinition and AWS::ECS::Service
// resource becomes a view in the API's shape (core/view.hpp), so that every task-definition and
// service rule applies to templates unchanged.
#include <cctype>
#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "core/document.hpp"
#include "core/schema.hpp"
#include "core/view.hpp"
#include "rules/rule.hpp"

namespace ecslint {

namespace {

using Allocator = rapidjson::Document::AllocatorType;

// "true" / "True" / "TRUE" and the like, as CloudFormation reads a Boolean property.
bool is_word(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (size_t i = 0; i < text.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != lower[i]) return false;
  return true;
}

// An intrinsic function: an object whose one member is `Ref`, `Condition` or `Fn::...`. Its
// value is known only when the stack is deployed. Returns the function's name, or "".
std::string_view intrinsic(const Json& value) {
  if (!value.IsObject() || value.MemberCount() != 1) return {};
  std::string_view name(value.MemberBegin()->name.GetString(),
                        value.MemberBegin()->name.GetStringLength());
  if (name == "Ref" || name == "Condition" || name.substr(0, 4) == "Fn::") return name;
  return {};
}

bool is_no_value(const Json& value) {
  return intrinsic(value) == "Ref" && string_member(value, "Ref") == "AWS::NoValue";
}

// API members CloudFormation does not spell by capitalising the first letter, by the API
// schema's definition that holds them ("" for the resource's Properties): the
// AWS::ECS::TaskDefinition and AWS::ECS::Service property references.
struct Spelling {
  std::string_view definition, member, property;
};
constexpr Spelling kSpellings[] = {
    {"Volume", "efsVolumeConfiguration", "EFSVolumeConfiguration"},
    {"Volume", "fsxWindowsFileServerVolumeConfiguration", "FSxWindowsFileServerVolumeConfiguration"},
    {"Volume", "s3filesVolumeConfiguration", "S3FilesVolumeConfiguration"},
    {"EFSVolumeConfiguration", "fileSystemId", "FilesystemId"},  // FSx keeps FileSystemId
    {"EFSAuthorizationConfig", "iam", "IAM"},
    {"ProxyConfiguration", "properties", "ProxyConfigurationProperties"},
    {"", "placementStrategy", "PlacementStrategies"},
};

// Number text as CloudFormation's string conversion writes it.
std::string number_text(const Json& value) {
  if (value.IsInt64()) return std::to_string(value.GetInt64());
  if (value.IsUint64()) return std::to_string(value.GetUint64());
  return fmt::format("{}", value.GetDouble());
}

bool parse_integer(std::string_view text, int64_t& out) {
  if (text.empty()) return false;
  auto r = std::from_chars(text.data(), text.data() + text.size(), out);
  return r.ec == std::errc() && r.ptr == text.data() + text.size();
}

// The API member that template property `key` spells, in an object of schema definition
// `definition` whose members are `properties`; `key` itself when it spells none (the schema then
// reports it unknown). CloudFormation's names are case-sensitive: `healthcheck` is not
// `HealthCheck`.
std::string api_name(std::string_view key, const Json& properties, std::string_view definition) {
  for (const Spelling& s : kSpellings)
    if (s.definition == definition && s.property == key) return std::string(s.member);
  std::string name(key);
  if (!name.empty())
    name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
  // The lower-cased name must be a member CloudFormation spells that way (not `iam` for `Iam`).
  if (member(properties, name) && template_spelling(name, definition) == key) return name;
  return std::string(key);
}

/// Copies one resource's Properties into a view, converting as CloudFormation does.
struct Converter {
  View& view;
  const Json& schema;  // the whole API schema, for "$ref"

  Allocator& alloc() { return view.root.GetAllocator(); }

  // A scalar in the type the API wants, where CloudFormation converts it.
  Json scalar(const Json& in, std::string_view type) {
    if (type == "string") {
      if (in.IsNumber()) return Json(number_text(in).c_str(), alloc());
      if (in.IsBool()) return Json(in.GetBool() ? "true" : "false", alloc());
    } else if (in.IsString() && (type == "integer" || type == "number")) {
      std::string_view text(in.GetString(), in.GetStringLength());
      int64_t whole = 0;
      if (parse_integer(text, whole)) return Json(whole);
      double real = 0;
      auto r = std::from_chars(text.data(), text.data() + text.size(), real);
      if (type == "number" && !text.empty() && r.ec == std::errc() &&
          r.ptr == text.data() + text.size())
        return Json(real);
    } else if (in.IsString() && type == "boolean") {
      std::string_view text(in.GetString(), in.GetStringLength());
      if (is_word(text, "true")) return Json(true);
      if (is_word(text, "false")) return Json(false);
    }
    return Json(in, alloc());
  }

  // Converts `in` (at `in_at` in the file) to `out` (at `out_at` in the view) under the API
  // schema node `node` (nullptr where the API has nothing: copied as written). False when the
  // value is AWS::NoValue, which CloudFormation leaves out.
  bool convert(const Json& in, const std::string& in_at, const std::string& out_at,
               const Json* node, std::string_view definition, Json& out) {
    if (is_no_value(in)) return false;
    view.places.push_back({out_at, in_at, true});
    if (!intrinsic(in).empty()) {
      out.SetString(fmt::format("${{{}}}", intrinsic(in)).c_str(), alloc());
      view.unknown.push_back(out_at);
      return true;
    }
    const SchemaAt at = follow_refs(schema, node);
    if (!at.definition.empty()) definition = at.definition;
    node = at.node;
    if (in.IsObject()) {
      out.SetObject();
      const Json* properties = node ? object_member(*node, "properties") : nullptr;
      const Json* values = node ? object_member(*node, "additionalProperties") : nullptr;
      for (auto m = in.MemberBegin(); m != in.MemberEnd(); ++m) {
        std::string_view key(m->name.GetString(), m->name.GetStringLength());
        // A map (DockerLabels, Options) keeps its keys; an object's members take API names.
        std::string name = properties ? api_name(key, *properties, definition) : std::string(key);
        const Json* child = properties ? member(*properties, name) : values;
        Json value;
        if (!convert(m->value, join(in_at, key), join(out_at, name), child, definition, value))
          continue;
        out.AddMember(Json(name.c_str(), alloc()), value, alloc());
      }
    } else if (in.IsArray()) {
      out.SetArray();
      const Json* items = node ? object_member(*node, "items") : nullptr;
      size_t i = 0;
      for (const Json& item : in.GetArray()) {
        Json value;
        if (convert(item, join(in_at, i), join(out_at, out.Size()), items, definition, value))
          out.PushBack(value, alloc());
        ++i;
      }
    } else {
      out = scalar(in, node ? string_member(*node, "type").value_or("") : "");
    }
    return true;
  }

  // Adds `key` as a placeholder for a value the stack fills in when the template leaves it out.
  void generated(const char* key) {
    if (view.root.HasMember(key)) return;
    view.root.AddMember(rapidjson::StringRef(key), "${generated by CloudFormation}", alloc());
    view.unknown.push_back(join("", key));
  }
};

// The logical id a service's TaskDefinition names: `!Ref TaskDef` (the ARN), or
// `!GetAtt TaskDef.TaskDefinitionArn` in either form; "" for anything else.
std::string referenced_resource(const Json& reference) {
  std::string_view function = intrinsic(reference);
  if (function == "Ref") return std::string(string_member(reference, "Ref").value_or(""));
  if (function != "Fn::GetAtt") return {};
  std::string_view id, attribute;
  if (auto text = string_member(reference, "Fn::GetAtt")) {  // "TaskDef.TaskDefinitionArn"
    size_t dot = text->find('.');
    if (dot == std::string_view::npos) return {};
    id = text->substr(0, dot);
    attribute = text->substr(dot + 1);
  } else if (const Json* pair = array_member(reference, "Fn::GetAtt");  // ["TaskDef", "..."]
             pair && pair->Size() == 2 && (*pair)[0].IsString() && (*pair)[1].IsString()) {
    id = (*pair)[0].GetString();
    attribute = (*pair)[1].GetString();
  }
  return attribute == "TaskDefinitionArn" ? std::string(id) : std::string();
}

void add_resource(std::string_view id, const Json& resource, std::vector<View>& views) {
  const Json* type = member(resource, "Type");
  if (!type || !type->IsString()) return;
  std::string_view type_name(type->GetString(), type->GetStringLength());
  View view;
  if (type_name == "AWS::ECS::TaskDefinition") view.kind = kTaskDefinition;
  else if (type_name == "AWS::ECS::Service") view.kind = kService;
  else return;
  view.label = std::string(id);
  view.spelling = template_spelling;
  const std::string resource_at = join("/Resources", id);
  const std::string properties_at = join(resource_at, "Properties");
  const Json* properties = member(resource, "Properties");
  view.fallback = properties ? properties_at : resource_at;
  view.resource_at = resource_at;
  view.root.SetObject();
  Converter c{view, *schema_json(view.kind)};
  if (properties && !intrinsic(*properties).empty()) return;  // chosen at deploy time: unknown
  if (properties && properties->IsObject()) {
    // The root's place maps the view's root, and members it lacks, to the Properties object.
    Json converted;
    c.convert(*properties, properties_at, "", &c.schema, "", converted);
    static_cast<Json&>(view.root).Swap(converted);  // same allocator
    if (view.kind == kService) view.root.RemoveMember("ForceNewDeployment");  // no API member
  } else if (properties) {
    view.problems.push_back(
        fmt::format("Properties must be an object, not {}", describe_value(*properties)));
    view.problems_at = properties_at;
    view.problems_rule = "schema-violation";
  }
  if (view.kind == kTaskDefinition) c.generated("family");
  if (view.kind == kService) {
    c.generated("serviceName");
    // CloudFormation creates a service without DesiredCount with a count of 1 and leaves the
    // count of an existing one as it is (AWS::ECS::Service DesiredCount); DAEMON computes its own.
    if (string_member(view.root, "schedulingStrategy") != "DAEMON") c.generated("desiredCount");
    const Json* reference = properties ? member(*properties, "TaskDefinition") : nullptr;
    if (reference) view.task_reference = referenced_resource(*reference);
  }
  views.push_back(std::move(view));
}

}  // namespace

std::string template_spelling(std::string_view member, std::string_view definition) {
  for (const Spelling& s : kSpellings)
    if (s.member == member && s.definition == definition)
      return std::string(s.property);
  std::string property(member);
  if (!property.empty())
    property[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(property[0])));
  return property;
}

std::vector<View> cloudformation_views(const Json& template_root) {
  std::vector<View> views;
  const Json* resources = member(template_root, "Resources");
  if (!resources || !resources->IsObject()) return views;
  for (auto m = resources->MemberBegin(); m != resources->MemberEnd(); ++m)
    add_resource(std::string_view(m->name.GetString(), m->name.GetStringLength()), m->value, views);
  return views;
}

}  // namespace ecslint
