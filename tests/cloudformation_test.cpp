// CloudFormation templates (core/cloudformation.cpp): how a resource's Properties become the
// API input the rules know, and where findings land in the template. Expectations follow the
// CloudFormation resource reference for AWS::ECS::TaskDefinition and AWS::ECS::Service and the
// ECS API reference; positions were counted by hand.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/kind.hpp"
#include "core/load.hpp"
#include "core/pipeline.hpp"
#include "core/view.hpp"
#include "rules/rule.hpp"

namespace ecslint {
namespace {

namespace fs = std::filesystem;

std::vector<View> views_of(const std::string& name, const std::string& text) {
  Document doc = load_document(make_source(name, text));
  EXPECT_TRUE(doc.ok) << text;
  EXPECT_EQ(detect_kind(doc.root).kind, kCloudFormation) << text;
  return cloudformation_views(doc.root);
}

std::string compact(const Json& value) {
  rapidjson::StringBuffer out;
  rapidjson::Writer<rapidjson::StringBuffer> writer(out);
  value.Accept(writer);
  return out.GetString();
}

bool is_unknown(const View& view, const std::string& pointer) {
  return std::find(view.unknown.begin(), view.unknown.end(), pointer) != view.unknown.end();
}

std::string mapped(const View& view, const std::string& pointer) {
  std::string rest;
  return map_pointer(view, pointer, rest);
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> lint_lines(const std::string& name, const std::string& text,
                                    bool named = true) {
  LintOptions options;
  options.named_explicitly = named;
  FileResult result = lint_source(make_source(name, text), options);
  std::vector<std::string> lines;
  for (const Finding& f : result.findings)
    lines.push_back(fmt::format("{}:{} {} {}", f.region.start.line, f.region.start.column, f.rule,
                                f.message));
  if (result.skipped) lines.push_back("skipped");
  return lines;
}

TEST(CloudFormation, KindDetection) {
  auto kind = [](const char* json) {
    Document doc = load_json(make_source("t.json", json));
    return detect_kind(doc.root).kind;
  };
  EXPECT_EQ(kind(R"({"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}})"), kCloudFormation);
  EXPECT_EQ(kind(R"({"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}})"), kCloudFormation);
  // An AppSpec's Resources is a list: still an AppSpec.
  EXPECT_EQ(kind(R"({"version": 0.0, "Resources": [{"S": {"Type": "AWS::ECS::Service"}}]})"),
            kAppSpec);
  Kind parsed = kNoKind;
  EXPECT_TRUE(parse_kind("cloudformation", parsed));
  EXPECT_EQ(parsed, kCloudFormation);
  EXPECT_STREQ(kind_name(kCloudFormation), "cloudformation");
}

// Names: case-insensitive matches against the API members, CloudFormation's own renames, map
// keys kept as written, unknown names kept for the schema to report.
TEST(CloudFormation, PropertyNamesBecomeApiMembers) {
  std::vector<View> views = views_of("t.yaml", R"(Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      ProxyConfiguration:
        ContainerName: envoy
        ProxyConfigurationProperties:
          - Name: AppPorts
            Value: "8080"
      Volumes:
        - Name: data
          EFSVolumeConfiguration:
            FilesystemId: fs-12345678
            TransitEncryption: ENABLED
            AuthorizationConfig:
              IAM: ENABLED
      ContainerDefinitions:
        - Name: web
          Image: nginx
          DockerLabels:
            Com.Example.Team: web
          LogConfiguration:
            LogDriver: awslogs
            Options:
              awslogs-group: g
          Bogus: 1
  Svc:
    Type: AWS::ECS::Service
    Properties:
      ServiceName: web
      PlacementStrategies:
        - Type: spread
          Field: attribute:ecs.availability-zone
      ForceNewDeployment:
        EnableForceNewDeployment: true
      EnableECSManagedTags: true
)");
  ASSERT_EQ(views.size(), 2u);
  EXPECT_EQ(views[0].label, "Task");
  EXPECT_EQ(views[0].kind, kTaskDefinition);
  EXPECT_EQ(compact(views[0].root),
            R"({"family":"web","proxyConfiguration":{"containerName":"envoy","properties":)"
            R"([{"name":"AppPorts","value":"8080"}]},"volumes":[{"name":"data",)"
            R"("efsVolumeConfiguration":{"fileSystemId":"fs-12345678","transitEncryption":)"
            R"("ENABLED","authorizationConfig":{"iam":"ENABLED"}}}],"containerDefinitions":)"
            R"([{"name":"web","image":"nginx","dockerLabels":{"Com.Example.Team":"web"},)"
            R"("logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":"g"}},)"
            R"("Bogus":1}]})");
  EXPECT_EQ(views[1].label, "Svc");
  EXPECT_EQ(views[1].kind, kService);
  // ForceNewDeployment has no CreateService member: CloudFormation acts on it itself.
  EXPECT_EQ(compact(views[1].root),
            R"({"serviceName":"web","placementStrategy":[{"type":"spread","field":)"
            R"("attribute:ecs.availability-zone"}],"enableECSManagedTags":true,)"
            R"("desiredCount":"${generated by CloudFormation}"})");
}

// CloudFormation's property names are case-sensitive ("Encountered unsupported property
// healthcheck"): a wrongly cased name is not the API member, and the schema reports it.
// FilesystemId is EFS's spelling; the FSx configuration writes FileSystemId.
TEST(CloudFormation, PropertyNamesAreCaseSensitive) {
  std::vector<View> views = views_of("t.yaml", R"(Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      family: web
      Volumes:
        - Name: efs
          EFSVolumeConfiguration:
            FileSystemId: fs-1
        - Name: fsx
          FSxWindowsFileServerVolumeConfiguration:
            FileSystemId: fs-2
            RootDirectory: share
      ContainerDefinitions:
        - Name: web
          healthcheck:
            Command: [CMD, "true"]
)");
  ASSERT_EQ(views.size(), 1u);
  EXPECT_EQ(compact(views[0].root),
            R"({"family":"web","volumes":[{"name":"efs","efsVolumeConfiguration":{)"
            R"("FileSystemId":"fs-1"}},{"name":"fsx","fsxWindowsFileServerVolumeConfiguration":)"
            R"({"fileSystemId":"fs-2","rootDirectory":"share"}}],"containerDefinitions":[{)"
            R"("name":"web","healthcheck":{"Command":["CMD","true"]}}]})");
  std::vector<std::string> lines = lint_lines("t.yaml", R"(Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: web
          Image: nginx
          Memory: 256
          healthcheck:
            Command: [CMD, "true"]
)");
  ASSERT_EQ(lines.size(), 1u) << ::testing::PrintToString(lines);
  EXPECT_EQ(lines[0], "9:11 schema-violation Task: `healthcheck` is not a container definition "
                      "parameter; did you mean `HealthCheck`?");
}

// CloudFormation converts scalars to the property's type: numbers and booleans to strings,
// numeric strings to integers, "true"/"false" to booleans.
TEST(CloudFormation, ScalarsTakeTheApiType) {
  std::vector<View> views = views_of("t.json", R"({"Resources": {"T": {
    "Type": "AWS::ECS::TaskDefinition",
    "Properties": {"Cpu": 256, "Memory": "512",
      "ContainerDefinitions": [{"Name": "a", "Image": "i", "Essential": "false", "Memory": "128",
        "PortMappings": [{"ContainerPort": "80", "Protocol": "tcp"}],
        "Environment": [{"Name": "PORT", "Value": 8080}, {"Name": "DEBUG", "Value": true},
                        {"Name": "RATIO", "Value": 0.5}]}]}}}})");
  ASSERT_EQ(views.size(), 1u);
  EXPECT_EQ(compact(views[0].root),
            R"({"cpu":"256","memory":"512","containerDefinitions":[{"name":"a","image":"i",)"
            R"("essential":false,"memory":128,"portMappings":[{"containerPort":80,"protocol":)"
            R"("tcp"}],"environment":[{"name":"PORT","value":"8080"},{"name":"DEBUG","value":)"
            R"("true"},{"name":"RATIO","value":"0.5"}]}],"family":)"
            R"("${generated by CloudFormation}"})");
  // The stack names a task definition without Family itself.
  EXPECT_TRUE(is_unknown(views[0], "/family"));
}

// Intrinsic functions are unknown until deployment; AWS::NoValue removes the value, and the
// places still lead to the right item of the template.
TEST(CloudFormation, IntrinsicsAreUnknownAndNoValueIsLeftOut) {
  std::vector<View> views = views_of("t.yaml", R"(Resources:
  T:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: !Sub "${AWS::StackName}-web"
      Cpu: !If [Big, 1024, !Ref AWS::NoValue]
      TaskRoleArn: !Ref AWS::NoValue
      ContainerDefinitions:
        - !If [WithSidecar, {Name: side, Image: s}, !Ref AWS::NoValue]
        - Name: app
          Image: !Ref Image
  S:
    Type: AWS::ECS::Service
    Properties:
      TaskDefinition: !Ref T
      Cluster: !ImportValue cluster
)");
  ASSERT_EQ(views.size(), 2u);
  const View& task = views[0];
  EXPECT_EQ(compact(task.root),
            R"({"family":"${Fn::Sub}","cpu":"${Fn::If}","containerDefinitions":)"
            R"(["${Fn::If}",{"name":"app","image":"${Ref}"}]})")
      << "an !If item is kept as unknown; only a bare AWS::NoValue is removed";
  EXPECT_TRUE(is_unknown(task, "/family"));
  EXPECT_TRUE(is_unknown(task, "/cpu"));
  EXPECT_TRUE(is_unknown(task, "/containerDefinitions/1/image"));
  EXPECT_FALSE(task.root.HasMember("taskRoleArn"));
  EXPECT_EQ(mapped(task, "/containerDefinitions/1/name"),
            "/Resources/T/Properties/ContainerDefinitions/1/Name");
  // A member the template lacks is reported at its object.
  EXPECT_EQ(mapped(task, "/containerDefinitions/1/memory"),
            "/Resources/T/Properties/ContainerDefinitions/1/memory");
  EXPECT_EQ(mapped(task, ""), "/Resources/T/Properties");
  const View& service = views[1];
  EXPECT_EQ(service.task_reference, "T");
  EXPECT_TRUE(is_unknown(service, "/serviceName"));
  EXPECT_TRUE(is_unknown(service, "/taskDefinition"));
}

// A service names its task definition with !Ref (the ARN) or with !GetAtt X.TaskDefinitionArn,
// in the short or the long form; other attributes or references name none.
TEST(CloudFormation, TaskDefinitionReferences) {
  std::vector<View> views = views_of("t.json", R"({"Resources": {
    "A": {"Type": "AWS::ECS::Service", "Properties": {"TaskDefinition": {"Ref": "T"}}},
    "B": {"Type": "AWS::ECS::Service", "Properties": {"TaskDefinition": {"Fn::GetAtt": "T.TaskDefinitionArn"}}},
    "C": {"Type": "AWS::ECS::Service", "Properties": {"TaskDefinition": {"Fn::GetAtt": ["T", "TaskDefinitionArn"]}}},
    "D": {"Type": "AWS::ECS::Service", "Properties": {"TaskDefinition": {"Fn::GetAtt": ["T", "Other"]}}},
    "E": {"Type": "AWS::ECS::Service", "Properties": {"TaskDefinition": {"Fn::ImportValue": "T"}}},
    "F": {"Type": "AWS::ECS::Service", "Properties": {"TaskDefinition": "arn:aws:ecs:us-east-1:1:task-definition/t:1"}},
    "G": {"Type": "AWS::ECS::Service", "Properties": {"TaskDefinition": {"Fn::GetAtt": {"odd": 1}}}}}})");
  ASSERT_EQ(views.size(), 7u);
  std::vector<std::string> references;
  for (const View& v : views) references.push_back(v.task_reference);
  EXPECT_EQ(references, (std::vector<std::string>{"T", "T", "T", "", "", "", ""}));
}

TEST(CloudFormation, NoValueItemShiftsLaterItems) {
  std::vector<View> views = views_of("t.yaml", R"(Resources:
  T:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - !Ref AWS::NoValue
        - Name: app
)");
  ASSERT_EQ(views.size(), 1u);
  EXPECT_EQ(compact(views[0].root["containerDefinitions"]), R"([{"name":"app"}])");
  EXPECT_EQ(mapped(views[0], "/containerDefinitions/0/name"),
            "/Resources/T/Properties/ContainerDefinitions/1/Name");
}

TEST(CloudFormation, OtherResourcesAndShapes) {
  std::vector<View> views = views_of("t.json", R"({"Resources": {
    "Q": {"Type": "AWS::SQS::Queue"},
    "Bare": {"Type": "AWS::ECS::Service"},
    "Chosen": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"Fn::If": ["c", {}, {}]}},
    "Odd": {"Type": "AWS::ECS::TaskDefinition", "Properties": "x"}}})");
  // The queue is not ECS; Properties chosen by !If are unknown, so that resource is skipped.
  ASSERT_EQ(views.size(), 2u);
  EXPECT_EQ(views[0].label, "Bare");
  EXPECT_EQ(compact(views[0].root), R"({"serviceName":"${generated by CloudFormation}",)"
                                    R"("desiredCount":"${generated by CloudFormation}"})");
  EXPECT_EQ(views[0].fallback, "/Resources/Bare");
  EXPECT_EQ(views[1].label, "Odd");
  ASSERT_EQ(views[1].problems.size(), 1u);
  EXPECT_EQ(views[1].problems[0], "Properties must be an object, not the string \"x\"");
  EXPECT_STREQ(views[1].problems_rule, "schema-violation");
}

// The issue's example: a bad Fargate size, a service naming a missing container, !Ref/!Sub
// values. Exactly the two real problems, at the template's lines (YAML and its JSON twin).
TEST(CloudFormation, TemplateReportsExactlyTheRealProblems) {
  const fs::path dir = fs::path(ECSLINT_SOURCE_DIR) / "tests/data/cloudformation";
  const std::string size =
      "fargate-cpu-memory TaskDef: memory 4096 MiB is not valid with .25 vCPU on Fargate; use "
      "512, 1024 or 2048";
  const std::string container =
      "service-load-balancer-container Service: container 'api' is not in resource TaskDef ";
  std::vector<std::string> yaml = lint_lines("template.yaml", slurp(dir / "template.yaml"));
  ASSERT_EQ(yaml.size(), 2u) << ::testing::PrintToString(yaml);
  EXPECT_EQ(yaml[0], "16:15 " + size);
  EXPECT_EQ(yaml[1], "49:26 " + container + "(template.yaml:11); its containers are 'web'");
  std::vector<std::string> json = lint_lines("template.json", slurp(dir / "template.json"));
  ASSERT_EQ(json.size(), 2u) << ::testing::PrintToString(json);
  EXPECT_EQ(json[0], "30:19 " + size);
  EXPECT_EQ(json[1], "109:30 " + container + "(template.json:23); its containers are 'web'");
}

TEST(CloudFormation, SchemaProblemsLandOnTheProperty) {
  std::vector<std::string> lines = lint_lines("t.yaml", R"(Resources:
  T:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      NetworkMode: awsvpcc
      ContainerDefinitions:
        - Name: app
          Image: nginx
          Memory: lots
          Essentail: true
)");
  ASSERT_EQ(lines.size(), 3u) << ::testing::PrintToString(lines);
  EXPECT_EQ(lines[0], "6:20 schema-violation T: `awsvpcc` is not a valid `networkMode`; expected "
                      "one of: awsvpc, bridge, host, none; did you mean `awsvpc`?");
  EXPECT_EQ(lines[1], "10:19 schema-violation T: expected an integer, got the string \"lots\"");
  // The suggestion is spelled as the template spells members.
  EXPECT_EQ(lines[2], "11:11 schema-violation T: `Essentail` is not a container definition "
                      "parameter; did you mean `Essential`?");
}

// A cross-file finding at the service's TaskDefinition (the !Ref naming the linked resource)
// is reported there, not dropped as a finding at an intrinsic.
TEST(CloudFormation, LinkedFindingAtTheReferenceStands) {
  std::vector<std::string> lines = lint_lines("t.yaml", R"(Resources:
  TaskDef:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: 256
      Memory: 512
      ContainerDefinitions:
        - Name: app
          Image: nginx
  Service:
    Type: AWS::ECS::Service
    Properties:
      Cluster: prod
      DesiredCount: 1
      TaskDefinition: !Ref TaskDef
      LaunchType: FARGATE
)");
  ASSERT_EQ(lines.size(), 1u) << ::testing::PrintToString(lines);
  EXPECT_EQ(lines[0].substr(0, lines[0].find(" uses awsvpc")),
            "18:23 service-network-configuration-required Service: Network Configuration must be "
            "provided when networkMode 'awsvpc' is specified: t.yaml:7");
}

// CloudFormation creates a service without DesiredCount with one task (AWS::ECS::Service
// DesiredCount), so a REPLICA service that leaves it out is not reported; a negative one is.
TEST(CloudFormation, DesiredCountHasADefault) {
  const char* head = "Resources:\n  S:\n    Type: AWS::ECS::Service\n    Properties:\n"
                     "      Cluster: prod\n      TaskDefinition: web:3\n";
  EXPECT_TRUE(lint_lines("s.yaml", head).empty());
  EXPECT_TRUE(lint_lines("s.yaml", std::string(head) + "      SchedulingStrategy: REPLICA\n").empty());
  std::vector<std::string> negative =
      lint_lines("s.yaml", std::string(head) + "      DesiredCount: -1\n");
  ASSERT_EQ(negative.size(), 1u) << ::testing::PrintToString(negative);
  EXPECT_EQ(negative[0], "7:21 desired-count S: desiredCount -1 is negative; use 0 or more tasks");
}

TEST(CloudFormation, TemplateWithoutEcsResources) {
  const char* text = "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n";
  EXPECT_TRUE(lint_lines("q.yaml", text, true).empty());
  EXPECT_EQ(lint_lines("q.yaml", text, false), std::vector<std::string>{"skipped"});
}

}  // namespace
}  // namespace ecslint
