#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/json.hpp"
#include "core/schema.hpp"

namespace ecslint {
namespace {

// A cut-down RegisterTaskDefinition schema in the shape schemas/task-definition.schema.json
// takes: draft-07, titled definitions, additionalProperties false. Facts from the ECS API
// reference: family is 1-255 letters, digits, `_`, `-`; required members are family and
// containerDefinitions; networkMode is bridge|host|awsvpc|none; HealthCheck requires command,
// interval is 5-300; at most 50 tags; ports are 0-65535.
constexpr std::string_view kTaskSchema = R"json({
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://ecslint.dev/schemas/task-definition.schema.json",
  "$comment": "test schema",
  "title": "RegisterTaskDefinition",
  "type": "object",
  "additionalProperties": false,
  "required": ["family", "containerDefinitions"],
  "properties": {
    "family": {"type": "string", "minLength": 1, "maxLength": 255,
               "pattern": "^[a-zA-Z0-9_-]{1,255}$"},
    "networkMode": {"$ref": "#/definitions/NetworkMode"},
    "cpu": {"type": "string"},
    "memory": {"type": "string"},
    "requiresCompatibilities": {"type": "array",
                                "items": {"type": "string", "enum": ["EC2", "FARGATE", "EXTERNAL"]}},
    "containerDefinitions": {"type": "array", "minItems": 1,
                             "items": {"$ref": "#/definitions/ContainerDefinition"}},
    "tags": {"type": "array", "maxItems": 50, "items": {"$ref": "#/definitions/Tag"}}
  },
  "definitions": {
    "NetworkMode": {"title": "network mode", "type": "string",
                    "enum": ["bridge", "host", "awsvpc", "none"]},
    "ContainerDefinition": {
      "title": "container definition",
      "description": "A container in a task.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "name": {"type": "string"},
        "image": {"type": "string"},
        "cpu": {"type": "integer"},
        "memory": {"type": "integer"},
        "memoryReservation": {"type": "integer"},
        "essential": {"type": "boolean"},
        "portMappings": {"type": "array", "items": {"$ref": "#/definitions/PortMapping"}},
        "dockerLabels": {"type": "object", "additionalProperties": {"type": "string"}},
        "healthCheck": {"$ref": "#/definitions/HealthCheck"}
      }
    },
    "PortMapping": {
      "title": "port mapping",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "containerPort": {"title": "port", "type": "integer", "minimum": 0, "maximum": 65535},
        "hostPort": {"type": "integer", "minimum": 0, "maximum": 65535},
        "protocol": {"type": "string", "enum": ["tcp", "udp"]}
      }
    },
    "HealthCheck": {
      "title": "health check",
      "type": "object",
      "additionalProperties": false,
      "required": ["command"],
      "properties": {
        "command": {"type": "array", "items": {"type": "string"}},
        "interval": {"type": "integer", "minimum": 5, "maximum": 300}
      }
    },
    "Tag": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "key": {"type": "string", "minLength": 1, "maxLength": 128},
        "value": {"type": "string", "maxLength": 256}
      }
    }
  }
})json";

// CreateService requires serviceName only.
constexpr std::string_view kServiceSchema = R"json({
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "CreateService",
  "type": "object",
  "additionalProperties": false,
  "required": ["serviceName"],
  "properties": {
    "serviceName": {"type": "string"},
    "taskDefinition": {"type": "string"},
    "cluster": {"type": "string"},
    "desiredCount": {"type": "integer"}
  }
})json";

constexpr std::string_view kValidTask = R"json({
  "family": "web",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "256",
  "memory": "512",
  "containerDefinitions": [{
    "name": "app",
    "image": "nginx:1.27",
    "essential": true,
    "memoryReservation": 256,
    "portMappings": [{"containerPort": 80, "hostPort": 80, "protocol": "tcp"}],
    "dockerLabels": {"com.example/team": "web"},
    "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"],
                    "interval": 30}
  }],
  "tags": [{"key": "team", "value": "web"}]
})json";

std::vector<Finding> check(std::string_view json, std::string_view schema = kTaskSchema,
                           Kind kind = kTaskDefinition) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  EXPECT_FALSE(doc.HasParseError()) << json;
  std::vector<Finding> out;
  check_against_schema(doc, schema, kind, out);
  return out;
}

/// The task definition above with one member of the first container replaced or added.
std::string task_with_container(std::string_view container_members) {
  return std::string(R"({"family": "web", "containerDefinitions": [{"name": "app", )") +
         std::string(container_members) + "}]}";
}

void expect_one(const std::vector<Finding>& findings, const std::string& pointer,
                const std::string& message, bool at_key = false) {
  ASSERT_EQ(findings.size(), 1u) << (findings.empty() ? "" : findings[0].message);
  EXPECT_EQ(findings[0].rule, "schema-violation");
  EXPECT_EQ(findings[0].pointer, pointer);
  EXPECT_EQ(findings[0].message, message);
  EXPECT_EQ(findings[0].at_key, at_key);
}

TEST(Schema, ValidDocumentHasNoFindings) { EXPECT_TRUE(check(kValidTask).empty()); }

TEST(Schema, EmbeddedSchemaAcceptsAValidTaskDefinition) {
  rapidjson::Document doc;
  doc.Parse(kValidTask.data(), kValidTask.size());
  std::vector<Finding> out;
  check_schema(doc, kTaskDefinition, out);
  for (const Finding& f : out) ADD_FAILURE() << f.pointer << ": " << f.message;
}

TEST(Schema, WrongTypeSaysWhatWasExpectedAndWhatCame) {
  expect_one(check(R"({"family": "web", "cpu": 1024, "containerDefinitions": [{}]})"), "/cpu",
             "expected a string, got the number 1024");
  expect_one(check(task_with_container(R"("memory": "512")")), "/containerDefinitions/0/memory",
             "expected an integer, got the string \"512\"");
  expect_one(check(R"({"family": "web", "containerDefinitions": {}})"), "/containerDefinitions",
             "expected an array, got an object");
}

TEST(Schema, WrongTypeOutranksEnumAtTheSameValue) {
  // 1 is neither a string nor in the enum; only the type is worth saying.
  expect_one(check(R"({"family": "web", "networkMode": 1, "containerDefinitions": [{}]})"),
             "/networkMode", "expected a string, got the number 1");
}

TEST(Schema, NullIsNeverAccepted) {
  expect_one(check(R"({"family": null, "containerDefinitions": [{}]})"), "/family",
             "null is not allowed here; remove the member or give it a value");
}

TEST(Schema, UnknownMemberGetsSuggestionAtItsKey) {
  expect_one(check(task_with_container(R"("memoryReservaton": 256)")),
             "/containerDefinitions/0/memoryReservaton",
             "`memoryReservaton` is not a container definition parameter; did you mean "
             "`memoryReservation`?",
             true);
}

TEST(Schema, UnknownMemberWithNothingCloseGetsNoSuggestion) {
  expect_one(check(R"({"family": "web", "xyzzy": 1, "containerDefinitions": [{}]})"), "/xyzzy",
             "`xyzzy` is not a RegisterTaskDefinition parameter", true);
}

TEST(Schema, CaseOnlyDifferenceIsSuggested) {
  expect_one(check(task_with_container(R"("healthcheck": {"command": ["CMD", "true"]})")),
             "/containerDefinitions/0/healthcheck",
             "`healthcheck` is not a container definition parameter; did you mean `healthCheck`?",
             true);
}

TEST(Schema, EveryUnknownMemberOfAnObjectIsReported) {
  // valijson 1.0 names only the first unknown member of an object.
  auto findings = check(task_with_container(R"("imag": "nginx", "portMapings": [])"));
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].pointer, "/containerDefinitions/0/imag");
  EXPECT_EQ(findings[0].message,
            "`imag` is not a container definition parameter; did you mean `image`?");
  EXPECT_EQ(findings[1].pointer, "/containerDefinitions/0/portMapings");
  EXPECT_EQ(findings[1].message,
            "`portMapings` is not a container definition parameter; did you mean `portMappings`?");
  EXPECT_TRUE(findings[0].at_key && findings[1].at_key);
}

TEST(Schema, UntitledDefinitionIsNamedByItsDefinition) {
  expect_one(check(R"({"family": "web", "containerDefinitions": [{}], "tags": [{"Key": "a"}]})"),
             "/tags/0/Key", "`Key` is not a Tag parameter; did you mean `key`?", true);
}

TEST(Schema, MissingRequiredMemberIsReportedAtTheObject) {
  expect_one(check(R"({"containerDefinitions": [{}]})"), "", "missing required member `family`");
  expect_one(check(task_with_container(R"("healthCheck": {"interval": 30})")),
             "/containerDefinitions/0/healthCheck", "missing required member `command`");
}

TEST(Schema, EnumListsTheAllowedValues) {
  expect_one(check(R"({"family": "web", "networkMode": "overlay", "containerDefinitions": [{}]})"),
             "/networkMode",
             "`overlay` is not a valid network mode; expected one of: bridge, host, awsvpc, none");
}

TEST(Schema, EnumSuggestsTheValueThatDiffersOnlyInCase) {
  expect_one(check(R"({"family": "web", "networkMode": "AWSVPC", "containerDefinitions": [{}]})"),
             "/networkMode",
             "`AWSVPC` is not a valid network mode; expected one of: bridge, host, awsvpc, none; "
             "did you mean `awsvpc`?");
}

TEST(Schema, UntitledEnumItemIsNamedByItsArray) {
  expect_one(check(R"({"family": "web", "requiresCompatibilities": ["FARGATE", "EC3"],
                       "containerDefinitions": [{}]})"),
             "/requiresCompatibilities/1",
             "`EC3` is not a valid `requiresCompatibilities` item; expected one of: EC2, FARGATE, "
             "EXTERNAL; did you mean `EC2`?");
}

TEST(Schema, NumericBoundsNameTheValueAndTheBound) {
  expect_one(check(task_with_container(R"("portMappings": [{"containerPort": 70000}])")),
             "/containerDefinitions/0/portMappings/0/containerPort",
             "port 70000 is above the maximum 65535");
  expect_one(check(task_with_container(R"("portMappings": [{"hostPort": -1}])")),
             "/containerDefinitions/0/portMappings/0/hostPort",
             "`hostPort` -1 is below the minimum 0");
  expect_one(check(task_with_container(R"("healthCheck": {"command": [], "interval": 301})")),
             "/containerDefinitions/0/healthCheck/interval",
             "`interval` 301 is above the maximum 300");
  // valijson 1.0 reads this as -1 and calls it below the minimum.
  expect_one(check(task_with_container(R"("portMappings": [{"hostPort": 18446744073709551615}])")),
             "/containerDefinitions/0/portMappings/0/hostPort",
             "`hostPort` 18446744073709551615 is above the maximum 65535");
}

TEST(Schema, LengthBoundsCountCharacters) {
  // 256 characters; the pattern fails too, but the length says it better.
  std::string family(256, 'a');
  expect_one(check(R"({"family": ")" + family + R"(", "containerDefinitions": [{}]})"), "/family",
             "`family` is 256 characters long; at most 255 characters are allowed");
  expect_one(check(R"({"family": "", "containerDefinitions": [{}]})"), "/family",
             "`family` is empty; at least 1 character is required");
  // "é" is two bytes and one character: 129 characters in 258 bytes.
  std::string key;
  for (int i = 0; i < 129; ++i) key += "\xC3\xA9";
  expect_one(check(R"({"family": "web", "containerDefinitions": [{}], "tags": [{"key": ")" + key +
                   R"("}]})"),
             "/tags/0/key", "`key` is 129 characters long; at most 128 characters are allowed");
}

TEST(Schema, ItemCountBounds) {
  std::string tags;
  for (int i = 0; i < 51; ++i) tags += std::string(i ? "," : "") + R"({"key": "k"})";
  expect_one(check(R"({"family": "web", "containerDefinitions": [{}], "tags": [)" + tags + "]}"),
             "/tags", "`tags` has 51 items; at most 50 items are allowed");
  expect_one(check(R"({"family": "web", "containerDefinitions": []})"), "/containerDefinitions",
             "`containerDefinitions` is empty; at least 1 item is required");
}

TEST(Schema, PatternNamesThePattern) {
  expect_one(check(R"({"family": "my app", "containerDefinitions": [{}]})"), "/family",
             "`my app` does not match the pattern `^[a-zA-Z0-9_-]{1,255}$` required for `family`");
}

TEST(Schema, PointersEscapeTildeAndSlash) {
  auto findings = check(task_with_container(
      R"("dockerLabels": {"com.example/x": 5, "a~b": true, "0": "fine", "1": null})"));
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0].pointer, "/containerDefinitions/0/dockerLabels/1");
  EXPECT_EQ(findings[0].message, "null is not allowed here; remove the member or give it a value");
  EXPECT_EQ(findings[1].pointer, "/containerDefinitions/0/dockerLabels/a~0b");
  EXPECT_EQ(findings[1].message, "expected a string, got the boolean true");
  EXPECT_EQ(findings[2].pointer, "/containerDefinitions/0/dockerLabels/com.example~1x");
  EXPECT_EQ(findings[2].message, "expected a string, got the number 5");
}

TEST(Schema, UnknownKeyPointerIsEscaped) {
  expect_one(check(task_with_container(R"("x/y~z": 1)")), "/containerDefinitions/0/x~1y~0z",
             "`x/y~z` is not a container definition parameter", true);
}

TEST(Schema, ControlCharactersInQuotedKeysAreEscaped) {
  expect_one(check(task_with_container(R"("na\nme": 1)")), "/containerDefinitions/0/na\nme",
             "`na\\u000ame` is not a container definition parameter; did you mean `name`?", true);
}

TEST(Schema, OnlyTheDeepestErrorIsReported) {
  // valijson also reports "Failed to validate item #0 in array" on portMappings and
  // containerDefinitions, and "...property name..." on each object on the way.
  expect_one(check(R"({"family": "web", "containerDefinitions": [
                {"name": "a"},
                {"name": "b", "portMappings": [{"containerPort": "80"}]}]})"),
             "/containerDefinitions/1/portMappings/0/containerPort",
             "expected an integer, got the string \"80\"");
}

TEST(Schema, ObjectProblemsAndDeeperProblemsAreBothKept) {
  auto findings = check(R"({"containerDefinitions": [{"memory": "512"}]})");
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].pointer, "");
  EXPECT_EQ(findings[0].message, "missing required member `family`");
  EXPECT_EQ(findings[1].pointer, "/containerDefinitions/0/memory");
}

TEST(Schema, PlaceholdersAreUnknownAndSilent) {
  EXPECT_TRUE(check(R"({"family": "{{ must_env `FAMILY` }}", "networkMode": "${MODE}",
                        "cpu": "${CPU}", "containerDefinitions": [{
                          "name": "app", "image": "<IMAGE1_NAME>", "memory": "$$$MEMORY$$$",
                          "portMappings": [{"containerPort": "${PORT}"}]}]})")
                  .empty());
  // A placeholder value does not hide a problem elsewhere in its object.
  expect_one(check(task_with_container(R"("memory": "${MEMORY}", "memroy": 512)")),
             "/containerDefinitions/0/memroy",
             "`memroy` is not a container definition parameter; did you mean `memory`?", true);
}

TEST(Schema, EcspressoServiceFileNeedsNoServiceName) {
  const char* ecspresso = R"({"cluster": "prod", "desiredCount": 2})";
  EXPECT_TRUE(check(ecspresso, kServiceSchema, kService).empty());
  // The same file checked as anything else lacks the required member.
  expect_one(check(ecspresso, kServiceSchema, kNoKind), "",
             "missing required member `serviceName`");
  // With a taskDefinition it is a CreateService input, which must name the service.
  expect_one(check(R"({"cluster": "prod", "taskDefinition": "web:3"})", kServiceSchema, kService),
             "", "missing required member `serviceName`");
  // Other problems of an ecspresso file are still reported.
  expect_one(check(R"({"cluster": "prod", "desiredCount": "2"})", kServiceSchema, kService),
             "/desiredCount", "expected an integer, got the string \"2\"");
}

TEST(Schema, EcspressoWaivesTaskDefinitionToo) {
  std::string schema(kServiceSchema);
  schema.replace(schema.find(R"(["serviceName"])"), 15, R"(["serviceName", "taskDefinition"])");
  EXPECT_TRUE(check(R"({"cluster": "prod"})", schema, kService).empty());
  EXPECT_EQ(check(R"({"cluster": "prod"})", schema, kNoKind).size(), 2u);
}

TEST(Schema, SilentValidationFailureGivesOneFindingAtTheRoot) {
  // valijson 1.0 fails propertyNames without saying why.
  expect_one(check(R"({"abcd": 1})", R"({"propertyNames": {"maxLength": 3}})"), "",
             "the document does not match the schema");
}

TEST(Schema, OverlongStringsNeverReachTheRegex) {
  // std::regex overflows the stack on ^[a-z]*$ at some 30,000 characters.
  std::string long_text(40000, 'a');
  expect_one(check(R"({"x": ")" + long_text + R"("})",
                   R"({"properties": {"x": {"type": "string", "pattern": "^[a-z]*$"}}})"),
             "/x",
             "`x` is 40000 characters long, too long to check against its pattern `^[a-z]*$`");
  // With a maxLength, that is the problem to report.
  expect_one(check(R"({"family": ")" + long_text + R"(", "containerDefinitions": [{}]})"),
             "/family", "`family` is 40000 characters long; at most 255 characters are allowed");
}

TEST(Schema, FindingsAreSortedByPointer) {
  auto findings =
      check(R"({"tags": [{"key": ""}], "cpu": 1, "containerDefinitions": [{"cpu": "1"}]})");
  std::vector<std::string> pointers;
  for (const Finding& f : findings) pointers.push_back(f.pointer);
  EXPECT_EQ(pointers,
            (std::vector<std::string>{"", "/containerDefinitions/0/cpu", "/cpu", "/tags/0/key"}));
}

TEST(Schema, TextThatIsNotASchemaIsAnInternalError) {
  EXPECT_THROW(check(R"({})", "not json"), std::runtime_error);
}

}  // namespace
}  // namespace ecslint
