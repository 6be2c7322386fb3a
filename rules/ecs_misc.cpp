#include "rules/ecs_misc.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace ecslint {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool is_windows_image(std::string_view image) {
  std::string text = lower(image);
  for (std::string_view marker : {"windows", "nanoserver", "servercore", "microsoft/iis"})
    if (text.find(marker) != std::string::npos) return true;
  return false;
}

// "C:\app", "c:/data": a drive letter only exists on Windows.
bool is_windows_path(std::string_view path) {
  return path.size() >= 3 && std::isalpha(static_cast<unsigned char>(path[0])) && path[1] == ':' &&
         (path[2] == '\\' || path[2] == '/');
}

bool container_looks_windows(const Json& container, const Place& at) {
  if (auto image = string_member(container, "image"); image && is_windows_image(*image)) return true;
  if (auto dir = string_member(container, "workingDirectory"); dir && is_windows_path(*dir))
    return true;
  bool found = false;
  for (std::string_view key : {"entryPoint", "command"})
    for_each_known_string(array_member(container, key), at, [&](std::string_view word, const Place&) {
      std::string text = lower(word);
      if (text.rfind("powershell", 0) == 0 || text == "cmd" || text == "cmd.exe" ||
          is_windows_path(text))
        found = true;
    });
  // gMSA through dockerSecurityOptions is the Windows form; Linux gMSA uses `credentialSpecs`.
  // The prefix is enough, whatever placeholder follows it.
  for_each_item(array_member(container, "dockerSecurityOptions"), at,
                [&](const Json& option, const Place&) {
                  if (option.IsString() && std::string_view(option.GetString()).rfind("credentialspec:", 0) == 0)
                    found = true;
                });
  for_each_item(array_member(container, "mountPoints"), at, [&](const Json& mount, const Place&) {
    if (auto path = string_member(mount, "containerPath"); path && is_windows_path(*path))
      found = true;
  });
  return found;
}

}  // namespace

bool looks_windows(const Json& task) {
  if (is_windows(task)) return true;
  bool found = false;
  for_each_container(task, [&](const Json& container, const Place& at) {
    if (container_looks_windows(container, at)) found = true;
  });
  return found;
}

std::string quoted_container_name(const Json& container) {
  auto name = string_member(container, "name");
  return name && !name->empty() ? fmt::format("container \"{}\"", *name) : "the container";
}

bool is_positive_integer(std::string_view text) {
  // Leading zeros are tolerated ("01" is read as 1); all zeros is not positive.
  return !text.empty() && text.size() <= 9 &&
         std::all_of(text.begin(), text.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
         text.find_first_not_of('0') != std::string_view::npos;
}

}  // namespace ecslint
