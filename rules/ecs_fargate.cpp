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


}  // namespace ecslint
