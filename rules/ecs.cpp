#include "rules/ecs.hpp"

#include <cctype>

namespace ecslint {

bool requires_compatibility(const Json& task, std::string_view launch_type) {
  bool found = false;
  for_each_item(array_member(task, "requiresCompatibilities"), Pointer(),
                [&](const Json& item, const Place&) {
                  if (item.IsString() &&
                      std::string_view(item.GetString(), item.GetStringLength()) == launch_type)
                    found = true;
                });
  return found;
}

bool fargate_applies(const Json& task) { return requires_compatibility(task, "FARGATE"); }

bool ec2_applies(const Json& task) {
  const Json* list = array_member(task, "requiresCompatibilities");
  return !list || list->Empty() || requires_compatibility(task, "EC2");
}

std::string_view network_mode(const Json& task) {
  const Json* mode = member(task, "networkMode");
  if (!mode) return is_windows(task) ? "default" : "bridge";
  auto text = known_string(task, "networkMode");
  if (!text) return "";
  for (std::string_view known : {"bridge", "host", "awsvpc", "none"})
    if (*text == known) return known;
  return "";
}

std::string container_label(const Json& container, const Place& at) {
  if (auto name = known_string(container, "name"); name && !name->empty())
    return fmt::format("container '{}'", *name);
  // "/containerDefinitions/2" -> "containerDefinitions[2]"
  const std::string text = at.pointer().text;  // only for unnamed containers
  size_t slash = text.rfind('/');
  if (slash == std::string_view::npos) return "a container";
  return fmt::format("containerDefinitions[{}]", text.substr(slash + 1));
}

std::optional<std::string_view> log_driver(const Json& container) {
  const Json* config = object_member(container, "logConfiguration");
  if (!config) return std::nullopt;
  return known_string(*config, "logDriver");
}

bool takes_effect(const Json& value) {
  if (value.IsNull()) return false;
  if (value.IsBool()) return value.GetBool();
  if (value.IsArray()) return !value.Empty();
  if (value.IsObject()) return value.MemberCount() > 0;
  if (value.IsString())
    return value.GetStringLength() > 0 &&
           !is_placeholder(std::string_view(value.GetString(), value.GetStringLength()));
  return true;
}

bool takes_effect(const Json* value) { return value && takes_effect(*value); }

bool is_essential(const Json& container) {
  auto essential = bool_member(container, "essential");
  return !essential || *essential;
}

const Json* find_container(const Json& task, std::string_view name, Pointer* at) {
  const Json* found = nullptr;
  for_each_container(task, [&](const Json& container, const Place& where) {
    auto n = string_member(container, "name");
    if (!found && n && *n == name) {
      found = &container;
      if (at) *at = where;
    }
  });
  return found;
}

bool is_windows(const Json& task) {
  const Json* platform = object_member(task, "runtimePlatform");
  if (!platform) return false;
  auto family = string_member(*platform, "operatingSystemFamily");
  return family && family->substr(0, 14) == "WINDOWS_SERVER";
}

namespace {

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// "<number>" in base units, or "<number> <unit>" (space optional) in units of 1024. The number
// may have a fraction (".25 vCPU", "0.5 GB") only with the unit, and only when the product is a
// whole number: exact integer arithmetic, so ".25" is 256 and not 255.99.
std::optional<int64_t> parse_size(std::string_view text, std::string_view unit) {
  text = trim(text);
  size_t i = 0;
  int64_t whole = 0;
  size_t whole_digits = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) && whole_digits < 9) {
    whole = whole * 10 + (text[i++] - '0');
    ++whole_digits;
  }
  int64_t fraction = 0;
  int64_t scale = 1;
  bool has_point = i < text.size() && text[i] == '.';
  if (has_point) {
    ++i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) && scale < 1000000) {
      fraction = fraction * 10 + (text[i++] - '0');
      scale *= 10;
    }
  }
  if (whole_digits == 0 && scale == 1) return std::nullopt;  // no digits at all
  std::string_view rest = trim(text.substr(i));
  if (rest.empty()) {
    if (has_point) return std::nullopt;
    return whole;
  }
  if (!equals_ignoring_case(rest, unit)) return std::nullopt;
  if ((fraction * 1024) % scale != 0) return std::nullopt;
  return whole * 1024 + fraction * 1024 / scale;
}

}  // namespace

std::optional<int64_t> parse_task_cpu(std::string_view text) { return parse_size(text, "vcpu"); }

std::optional<int64_t> parse_task_memory(std::string_view text) { return parse_size(text, "gb"); }

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
