// The shared ECS helpers: task-size parsing and the Fargate/Windows predicates.
#include <gtest/gtest.h>

#include "rules/ecs.hpp"

namespace ecslint {
namespace {

TEST(TaskCpu, AcceptsUnitsAndVcpuForms) {
  EXPECT_EQ(parse_task_cpu("1024"), 1024);
  EXPECT_EQ(parse_task_cpu("1 vCPU"), 1024);
  EXPECT_EQ(parse_task_cpu("1vcpu"), 1024);
  EXPECT_EQ(parse_task_cpu("16 VCPU"), 16384);
  EXPECT_EQ(parse_task_cpu(".25 vCPU"), 256);
  EXPECT_EQ(parse_task_cpu("0.5 vcpu"), 512);
}

TEST(TaskCpu, RejectsWhatIsNoSize) {
  EXPECT_EQ(parse_task_cpu(""), std::nullopt);
  EXPECT_EQ(parse_task_cpu("vCPU"), std::nullopt);
  EXPECT_EQ(parse_task_cpu("256.5"), std::nullopt);    // units are whole numbers
  EXPECT_EQ(parse_task_cpu("0.3 vCPU"), std::nullopt);  // 307.2 units
  EXPECT_EQ(parse_task_cpu("1 GB"), std::nullopt);
  EXPECT_EQ(parse_task_cpu("1 vCPU please"), std::nullopt);
  EXPECT_EQ(parse_task_cpu("12345678901234567890"), std::nullopt);
}

TEST(TaskMemory, AcceptsMibAndGbForms) {
  EXPECT_EQ(parse_task_memory("2048"), 2048);
  EXPECT_EQ(parse_task_memory("2 GB"), 2048);
  EXPECT_EQ(parse_task_memory("2GB"), 2048);
  EXPECT_EQ(parse_task_memory("2 gb"), 2048);
  EXPECT_EQ(parse_task_memory("0.5 GB"), 512);
  EXPECT_EQ(parse_task_memory("120 GB"), 122880);
  EXPECT_EQ(parse_task_memory("2 vCPU"), std::nullopt);
  EXPECT_EQ(parse_task_memory("2 GiB"), std::nullopt);
}

rapidjson::Document parse(const char* text) {
  rapidjson::Document doc;
  doc.Parse(text);
  return doc;
}

TEST(Fargate, AppliesWhenRequiresCompatibilitiesListsIt) {
  EXPECT_TRUE(fargate_applies(parse(R"({"requiresCompatibilities": ["FARGATE"]})")));
  EXPECT_TRUE(fargate_applies(parse(R"({"requiresCompatibilities": ["EC2", "FARGATE"]})")));
  EXPECT_FALSE(fargate_applies(parse(R"({"requiresCompatibilities": ["EC2"]})")));
  EXPECT_FALSE(fargate_applies(parse(R"({"requiresCompatibilities": "FARGATE"})")));
  EXPECT_FALSE(fargate_applies(parse(R"({"requiresCompatibilities": ["fargate", 1, null]})")));
  EXPECT_FALSE(fargate_applies(parse(R"([])")));
}

TEST(Windows, IsTheOperatingSystemFamily) {
  EXPECT_TRUE(is_windows(parse(R"({"runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"}})")));
  EXPECT_FALSE(is_windows(parse(R"({"runtimePlatform": {"operatingSystemFamily": "LINUX"}})")));
  EXPECT_FALSE(is_windows(parse(R"({"runtimePlatform": "WINDOWS_SERVER_2022_CORE"})")));
  EXPECT_FALSE(is_windows(parse(R"({})")));
}

TEST(Ec2, AppliesWithoutCompatibilitiesOrWhenListed) {
  EXPECT_TRUE(ec2_applies(parse(R"({})")));
  EXPECT_TRUE(ec2_applies(parse(R"({"requiresCompatibilities": []})")));
  EXPECT_TRUE(ec2_applies(parse(R"({"requiresCompatibilities": ["FARGATE", "EC2"]})")));
  EXPECT_FALSE(ec2_applies(parse(R"({"requiresCompatibilities": ["FARGATE"]})")));
  EXPECT_FALSE(ec2_applies(parse(R"({"requiresCompatibilities": ["EXTERNAL"]})")));
  EXPECT_TRUE(requires_compatibility(parse(R"({"requiresCompatibilities": ["EXTERNAL"]})"),
                                     "EXTERNAL"));
}

TEST(NetworkMode, DefaultsByOperatingSystemAndIsUnknownForPlaceholders) {
  EXPECT_EQ(network_mode(parse(R"({})")), "bridge");
  EXPECT_EQ(network_mode(parse(
                R"({"runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2019_FULL"}})")),
            "default");
  EXPECT_EQ(network_mode(parse(R"({"networkMode": "awsvpc"})")), "awsvpc");
  EXPECT_EQ(network_mode(parse(R"({"networkMode": "${MODE}"})")), "");
  EXPECT_EQ(network_mode(parse(R"({"networkMode": "AWSVPC"})")), "");
  EXPECT_EQ(network_mode(parse(R"({"networkMode": 1})")), "");
}

TEST(Containers, EssentialUnlessExplicitlyFalseAndFoundByName) {
  EXPECT_TRUE(is_essential(parse(R"({})")));
  EXPECT_TRUE(is_essential(parse(R"({"essential": "false"})")));  // wrong type: the default
  EXPECT_FALSE(is_essential(parse(R"({"essential": false})")));
  rapidjson::Document task = parse(
      R"({"containerDefinitions": [{"name": "a"}, 7, {"name": "b"}, {"name": "b", "x": 1}]})");
  Pointer at;
  const Json* b = find_container(task, "b", &at);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(at.text, "/containerDefinitions/2");
  EXPECT_EQ(find_container(task, "c"), nullptr);
}

}  // namespace
}  // namespace ecslint
