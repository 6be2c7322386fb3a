#include "rules/ecs_ports.hpp"

#include <cctype>

namespace ecslint {

size_t pointer_index(const Place& at) {
  if (auto item = at.item_index()) return *item;
  const std::string text = at.pointer().text;
  size_t index = 0;
  for (size_t i = text.rfind('/') + 1; i < text.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return 0;
    index = index * 10 + (text[i] - '0');
  }
  return index;
}

std::optional<std::string_view> port_protocol(const Json& mapping) {
  if (!member(mapping, "protocol")) return "tcp";
  return known_string(mapping, "protocol");
}

namespace {

// A decimal number of at most six digits (enough to see that 100000 is out of range).
std::optional<int64_t> parse_port(std::string_view text) {
  if (text.empty() || text.size() > 6) return std::nullopt;
  int64_t value = 0;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

std::optional<std::pair<int64_t, int64_t>> parse_port_range(std::string_view text) {
  size_t dash = text.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  auto first = parse_port(text.substr(0, dash));
  auto last = parse_port(text.substr(dash + 1));
  if (!first || !last) return std::nullopt;
  return std::make_pair(*first, *last);
}

}  // namespace ecslint
