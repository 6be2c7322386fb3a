// Kind detection (DESIGN §2) and the pipeline's handling of what it finds.
#include <gtest/gtest.h>

#include <stdexcept>

#include "core/kind.hpp"
#include "core/load.hpp"
#include "core/pipeline.hpp"
#include "rules/rule.hpp"

namespace ecslint {
namespace {

Detection detect(const char* json) {
  Document doc = load_json(make_source("x.json", json));
  EXPECT_TRUE(doc.ok) << json;
  return detect_kind(doc.root);
}

TEST(Kind, TaskDefinitionsIncludingTheDescribeWrapper) {
  EXPECT_EQ(detect(R"({"family": "web", "containerDefinitions": []})").kind, kTaskDefinition);
  Detection wrapped = detect(R"({"taskDefinition": {"containerDefinitions": []}, "tags": []})");
  EXPECT_EQ(wrapped.kind, kTaskDefinition);
  EXPECT_EQ(wrapped.base, "/taskDefinition");
  // A service naming its task definition is not a wrapper.
  EXPECT_EQ(detect(R"({"taskDefinition": "web:3", "cluster": "c"})").kind, kService);
}

TEST(Kind, ServicesIncludingEcspressoAndUpdateServiceFiles) {
  EXPECT_EQ(detect(R"({"serviceName": "web"})").kind, kService);
  EXPECT_EQ(detect(R"({"cluster": "c", "taskDefinition": "web"})").kind, kService);
  EXPECT_EQ(detect(R"({"desiredCount": 1, "launchType": "FARGATE"})").kind, kService);
  EXPECT_EQ(detect(R"({"desiredCount": 1})").kind, kNoKind);  // one common word is not enough
  EXPECT_EQ(detect(R"({"schedulingStrategy": "DAEMON"})").kind, kService);  // ecspresso DAEMON
  EXPECT_EQ(detect(R"({"cluster": "c", "service": "web", "taskDefinition": "web:4"})").kind,
            kService);
}

TEST(Kind, AppSpecsForEcsAndRecognisedOthers) {
  Detection ecs = detect(
      R"({"version": 0.0, "Resources": [{"TargetService": {"Type": "AWS::ECS::Service"}}]})");
  EXPECT_EQ(ecs.kind, kAppSpec);
  EXPECT_EQ(ecs.skip_reason, "");
  EXPECT_EQ(detect(R"({"version": 0.0, "resources": [], "hooks": []})").kind, kAppSpec);
  Detection ec2 = detect(R"({"version": 0.0, "os": "linux", "files": []})");
  EXPECT_EQ(ec2.kind, kAppSpec);
  EXPECT_NE(ec2.skip_reason.find("EC2"), std::string::npos);
  Detection lambda = detect(
      R"({"version": 0.0, "Resources": [{"f": {"Type": "AWS::Lambda::Function"}}]})");
  EXPECT_NE(lambda.skip_reason.find("Lambda"), std::string::npos);
}

TEST(Kind, ContainerDefinitionArrays) {
  EXPECT_EQ(detect(R"([{"name": "app", "image": "nginx", "essential": true}])").kind,
            kContainerDefinitions);
  EXPECT_EQ(detect(R"([{"image": "nginx", "portMappings": []}, {"name": "b", "memory": 64}])").kind,
            kContainerDefinitions);
  // Every item must look like a container definition.
  EXPECT_EQ(detect(R"([{"name": "app", "essential": true}, {"name": "x"}])").kind, kNoKind);
  EXPECT_EQ(detect(R"([{"essential": true}])").kind, kNoKind);  // neither name nor image
  EXPECT_EQ(detect("[]").kind, kNoKind);
}

TEST(Kind, TerraformPlanAndStateJson) {
  EXPECT_EQ(detect(R"({"format_version": "1.2", "planned_values": {}})").kind, kTerraformPlan);
  EXPECT_EQ(detect(R"({"format_version": "1.0", "values": {"root_module": {}}})").kind,
            kTerraformPlan);
  EXPECT_EQ(detect(R"({"format_version": "1.2", "resource_changes": []})").kind, kTerraformPlan);
  EXPECT_EQ(detect(R"({"format_version": "1.2"})").kind, kNoKind);
}

TEST(Kind, AnythingElseIsUnknown) {
  EXPECT_EQ(detect(R"({"name": "x", "version": "1.0.0"})").kind, kNoKind);
  EXPECT_EQ(detect(R"([{"name": "app", "image": "nginx"}])").kind, kNoKind);
  EXPECT_EQ(detect(R"("text")").kind, kNoKind);
}

TEST(Kind, ForcedKindStillUnwrapsTheDescribeOutput) {
  Document doc = load_json(make_source("x.json", R"({"taskDefinition": {"family": "x"}})"));
  Detection d = force_kind(doc.root, kTaskDefinition);
  EXPECT_EQ(d.kind, kTaskDefinition);
  EXPECT_EQ(d.base, "/taskDefinition");
  EXPECT_EQ(force_kind(doc.root, kService).base, "");
}

TEST(Kind, NamesRoundTrip) {
  for (Kind k : {kTaskDefinition, kService, kAppSpec, kContainerDefinitions, kTerraformPlan}) {
    Kind parsed = kNoKind;
    ASSERT_TRUE(parse_kind(kind_name(k), parsed));
    EXPECT_EQ(parsed, k);
  }
  Kind parsed = kNoKind;
  EXPECT_FALSE(parse_kind("taskdef", parsed));
}

// A rule that fails must become one internal-error finding for that file, not a crash, and the
// other rules' findings must survive.
void throwing_check(Context&) { throw std::runtime_error("boom"); }
void reporting_check(Context& cx) { cx.report(Pointer() / "family", "seen"); }
const Rule kThrowing = {"test-throwing", kTaskDefinition, Level::error, "t", "", throwing_check};
const Rule kReporting = {"test-reporting", kTaskDefinition, Level::warning, "t", "",
                         reporting_check};

TEST(Pipeline, AFailingRuleBecomesAnInternalErrorFinding) {
  std::vector<const Rule*> rules = {&kReporting, &kThrowing};
  LintOptions options;
  options.rule_list = &rules;
  options.rules.disabled.insert("schema-violation");
  FileResult r = lint_source(
      make_source("td.json", "{\n  \"family\": \"web\",\n  \"containerDefinitions\": []\n}\n"),
      options);
  ASSERT_EQ(r.findings.size(), 2u);
  EXPECT_EQ(r.findings[0].rule, "internal-error");
  EXPECT_EQ(r.findings[0].message, "rule test-throwing failed: boom; please report this bug");
  EXPECT_EQ(r.findings[0].region.start, (Position{1, 1}));
  EXPECT_EQ(r.findings[1].rule, "test-reporting");
  EXPECT_EQ(r.findings[1].region.start, (Position{2, 13}));
  EXPECT_EQ(r.findings[1].level, Level::warning);
}

TEST(Pipeline, WrapperFindingsAreRebasedIntoTheWrappedObject) {
  std::vector<const Rule*> rules = {&kReporting};
  LintOptions options;
  options.rule_list = &rules;
  options.rules.disabled.insert("schema-violation");
  FileResult r = lint_source(
      make_source("td.json", "{\"taskDefinition\": {\n  \"family\": \"web\",\n"
                             "  \"containerDefinitions\": []}}\n"),
      options);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].pointer, "/taskDefinition/family");
  EXPECT_EQ(r.findings[0].region.start, (Position{2, 13}));
}

// A task-level finding on a container array has no place in the file: it goes to the root. A
// container's finding keeps its path inside the array.
void container_check(Context& cx) {
  cx.report(Pointer() / "family", "task level");
  cx.report(Pointer() / "containerDefinitions" / 1 / "image", "second image");
}
const Rule kContainer = {"test-container", kTaskDefinition, Level::warning, "t", "",
                         container_check};

TEST(Pipeline, ContainerArrayFindingsPointIntoTheArray) {
  std::vector<const Rule*> rules = {&kContainer};
  LintOptions options;
  options.rule_list = &rules;
  FileResult r = lint_source(
      make_source("c.json", "[\n {\"name\": \"a\", \"essential\": true},\n"
                            " {\"name\": \"b\", \"image\": \"x\", \"memory\": 64}\n]\n"),
      options);
  EXPECT_EQ(r.kind, kContainerDefinitions);
  ASSERT_EQ(r.findings.size(), 2u);
  EXPECT_EQ(r.findings[0].pointer, "");
  EXPECT_EQ(r.findings[0].message, "task level");
  EXPECT_EQ(r.findings[1].pointer, "/1/image");
  EXPECT_EQ(r.findings[1].region.start, (Position{3, 25}));
}

TEST(Pipeline, PlanWithUndecodableContainerDefinitionsGetsOneParseError) {
  FileResult r = lint_source(
      make_source("plan.json",
                  R"({"format_version": "1.2", "planned_values": {"root_module": {"resources": [
  {"address": "aws_ecs_task_definition.a", "mode": "managed", "type": "aws_ecs_task_definition",
   "values": {"family": "a", "container_definitions": "[{"}}]}}})"),
      LintOptions{});
  EXPECT_EQ(r.kind, kTerraformPlan);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].rule, "parse-error");
  EXPECT_EQ(r.findings[0].pointer,
            "/planned_values/root_module/resources/0/values/container_definitions");
  EXPECT_EQ(r.findings[0].message.rfind("aws_ecs_task_definition.a: container_definitions is not "
                                        "valid JSON", 0), 0u);
}

}  // namespace
}  // namespace ecslint
