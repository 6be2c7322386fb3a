#include "cli/glob.hpp"

#include <vector>

namespace ecslint {

namespace {

std::vector<std::string_view> split_segments(std::string_view text) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t slash = text.find('/', start);
    out.push_back(text.substr(start, slash == std::string_view::npos ? slash : slash - start));
    if (slash == std::string_view::npos) return out;
    start = slash + 1;
  }
}

// Matches one character against the set starting at glob[at] == '['; `end` is set to the index
// after the closing ']'. False (end = npos) when the set is not closed.
bool match_set(std::string_view glob, size_t at, char c, size_t& end) {
  size_t i = at + 1;
  bool negated = i < glob.size() && (glob[i] == '!' || glob[i] == '^');
  if (negated) ++i;
  bool found = false;
  bool first = true;
  for (; i < glob.size(); first = false) {
    char lo = glob[i];
    if (lo == ']' && !first) {
      end = i + 1;
      return found != negated;
    }
    if (lo == '\\' && i + 1 < glob.size()) lo = glob[++i];
    char hi = lo;
    if (i + 2 < glob.size() && glob[i + 1] == '-' && glob[i + 2] != ']') {
      hi = glob[i + 2];
      if (hi == '\\' && i + 3 < glob.size()) hi = glob[++i + 2];
      i += 2;
    }
    if (lo <= c && c <= hi) found = true;
    ++i;
  }
  end = std::string_view::npos;
  return false;
}

// One segment against one glob segment (no '/' on either side), backtracking over the last `*`.
bool match_segment(std::string_view glob, std::string_view name) {
  size_t g = 0, n = 0;
  size_t star = std::string_view::npos, star_n = 0;
  while (n < name.size()) {
    if (g < glob.size() && glob[g] == '*') {
      star = ++g;
      star_n = n;
      continue;
    }
    if (g < glob.size()) {
      size_t next = g + 1;
      bool ok = false;
      if (glob[g] == '?') {
        ok = true;
      } else if (glob[g] == '[') {
        ok = match_set(glob, g, name[n], next);
        if (next == std::string_view::npos) return false;
      } else if (glob[g] == '\\' && g + 1 < glob.size()) {
        ok = glob[g + 1] == name[n];
        next = g + 2;
      } else {
        ok = glob[g] == name[n];
      }
      if (ok) {
        g = next;
        ++n;
        continue;
      }
    }
    if (star == std::string_view::npos) return false;
    g = star;
    n = ++star_n;
  }
  while (g < glob.size() && glob[g] == '*') ++g;
  return g == glob.size();
}

bool match_from(const std::vector<std::string_view>& glob, size_t g,
                const std::vector<std::string_view>& path, size_t p) {
  for (; g < glob.size(); ++g, ++p) {
    if (glob[g] == "**") {
      // Any number of segments, none included; consecutive `**` are one.
      while (g + 1 < glob.size() && glob[g + 1] == "**") ++g;
      if (g + 1 == glob.size()) return true;
      for (size_t skip = p; skip < path.size(); ++skip)
        if (match_from(glob, g + 1, path, skip)) return true;
      return false;
    }
    if (p >= path.size() || !match_segment(glob[g], path[p])) return false;
  }
  return p == path.size();
}

}  // namespace

std::string check_glob(std::string_view glob) {
  if (glob.empty()) return "the glob is empty";
  if (glob.front() == '/')
    return "globs are relative to the configuration file's folder; remove the leading `/`";
  for (std::string_view segment : split_segments(glob)) {
    if (segment.empty()) return "the glob has an empty path segment (`//` or a trailing `/`)";
    if (segment != "**" && segment.find("**") != std::string_view::npos)
      return "`**` must be a whole path segment, as in `**/x.json` or `deploy/**`";
  }
  for (size_t i = 0; i < glob.size(); ++i) {
    if (glob[i] == '\\') {
      if (i + 1 == glob.size()) return "the glob ends with a lone `\\`";
      ++i;
    } else if (glob[i] == '[') {
      size_t end = 0;
      match_set(glob, i, '\0', end);
      if (end == std::string_view::npos) return "`[` opens a character set that is not closed";
      if (glob.substr(i, end - i).find('/') != std::string_view::npos)
        return "a character set cannot hold `/`";
      i = end - 1;
    }
  }
  return {};
}

bool glob_match(std::string_view glob, std::string_view path) {
  if (!check_glob(glob).empty()) return false;
  return match_from(split_segments(glob), 0, split_segments(path), 0);
}

}  // namespace ecslint
