#pragma once
/// Helpers shared by the container-hardening, ulimit, capability, tag and role rules
/// (the "misc" area). As tolerant as rules/rule.hpp: wrong types and placeholders are skipped.

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include "rules/ecs.hpp"

namespace ecslint {

/// True when the task definition is for Windows: `runtimePlatform` names a Windows family, or,
/// since most Windows task definitions on EC2 carry no `runtimePlatform`, a container uses a
/// Windows image (windows, nanoserver, servercore, microsoft/iis), a `C:\` path, a PowerShell
/// command or a gMSA `credentialspec:` security option. Hardening notes about the Linux root
/// user and read-only root file systems do not apply to those.
bool looks_windows(const Json& task);

/// Calls f(item, item_pointer, container, container_pointer) for each item of the array member
/// `key` of each container: `ulimits`, `resourceRequirements`, `dockerSecurityOptions`...
template <class F>
void for_each_container_item(const Json& task, std::string_view key, F&& f) {
  for_each_container(task, [&](const Json& container, const Place& at) {
    for_each_item(array_member(container, key), at / key,
                  [&](const Json& item, const Place& item_at) { f(item, item_at, container, at); });
  });
}

/// Calls f(text, pointer) for each string item of `array` that holds no template placeholder.
template <class F>
void for_each_known_string(const Json* array, const Place& at, F&& f) {
  for_each_item(array, at, [&](const Json& item, const Place& item_at) {
    if (!item.IsString()) return;
    std::string_view text(item.GetString(), item.GetStringLength());
    if (!is_placeholder(text)) f(text, item_at);
  });
}

/// Calls f(value, pointer, first_index) for each item of `array` whose string member `key`
/// repeats the one of an earlier item (`pointer` is that member's); placeholders never repeat.
/// Used for the "one entry per name" rules: ulimit names, tag keys.
template <class F>
void for_each_repeated(const Json* array, const Place& at, std::string_view key, F&& f) {
  std::map<std::string, size_t, std::less<>> first;  // value -> index of the item that set it
  size_t index = 0;
  for_each_item(array, at, [&](const Json& item, const Place& item_at) {
    size_t i = index++;
    auto value = known_string(item, key);
    if (!value) return;
    auto [it, inserted] = first.emplace(std::string(*value), i);
    if (!inserted) f(*value, item_at / key, it->second);
  });
}

/// Names a container for these notes: `container "web"`, or `the container` when it has no name
/// (rules/ecs.hpp container_label is the one other rules use; the notes keep their wording).
std::string quoted_container_name(const Json& container);

/// True when `text` is a whole number above zero written in ASCII digits (no sign, no point).
bool is_positive_integer(std::string_view text);

}  // namespace ecslint
