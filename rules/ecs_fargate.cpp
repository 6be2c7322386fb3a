#include "rules/ecs_fargate.hpp"

namespace ecslint {

bool has_execution_role(const Json& task) {
  const Json* role = member(task, "executionRoleArn");
  if (!role || role->IsNull()) return false;
  return !role->IsString() || role->GetStringLength() > 0;
}

bool is_set(const Json* value, Shape shape) {
  if (!value) return false;
  if (shape == Shape::array) return value->IsArray() && !value->Empty();
  return value->IsObject() && value->MemberCount() > 0;
}


Pointer log_driver_at(const Pointer& container) {
  return container / "logConfiguration" / "logDriver";
}

bool is_ipc_sysctl(std::string_view name) {
  constexpr std::string_view kIpc[] = {"kernel.msgmax", "kernel.msgmnb", "kernel.msgmni",
                                       "kernel.sem",    "kernel.shmall", "kernel.shmmax",
                                       "kernel.shmmni", "kernel.shm_rmid_forced"};
  for (std::string_view ipc : kIpc)
    if (name == ipc) return true;
  return name.substr(0, 10) == "fs.mqueue.";
}

bool is_network_sysctl(std::string_view name) { return name.substr(0, 4) == "net."; }

}  // namespace ecslint
