#include "cli/discover.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <system_error>

#include <fmt/format.h>

namespace ecslint {
namespace fs = std::filesystem;

std::string display_path(const fs::path& path) {
  fs::path p = path.lexically_normal();
  if (p.is_absolute()) {
    // ecslint never changes its working folder, so it is asked once, not once per file.
    static const fs::path cwd = [] {
      std::error_code ec;
      fs::path here = fs::current_path(ec);
      return ec ? fs::path() : here;
    }();
    if (!cwd.empty()) {
      fs::path rel = p.lexically_relative(cwd);
      if (!rel.empty() && *rel.begin() != "..") p = rel;
    }
  }
  std::string s = p.generic_string();
  if (s.size() > 2 && s.compare(0, 2, "./") == 0) s = s.substr(2);
  return s;
}

namespace {

bool lintable_name(const fs::path& path) {
  std::string ext = path.extension().string();
  return ext == ".json" || ext == ".yaml" || ext == ".yml";
}

bool skipped_folder(const fs::path& path) {
  std::string name = path.filename().string();
  return name == ".git" || name == "node_modules" || name == ".terraform";
}

void walk(const fs::path& root, std::vector<Input>& out, std::vector<std::string>& errors) {
  std::error_code ec;
  std::vector<Input> found;
  fs::recursive_directory_iterator it(root, fs::directory_options::none, ec), end;
  if (ec) {
    errors.push_back(fmt::format("{}: cannot read folder: {}", display_path(root), ec.message()));
    return;
  }
  for (; it != end; it.increment(ec)) {
    if (ec) {
      errors.push_back(fmt::format("{}: cannot read folder: {}", display_path(it->path()),
                                   ec.message()));
      ec.clear();
      continue;
    }
    const fs::directory_entry& entry = *it;
    std::error_code type_ec;
    if (entry.is_directory(type_ec) && !entry.is_symlink(type_ec)) {
      if (skipped_folder(entry.path())) it.disable_recursion_pending();
      continue;
    }
    if (lintable_name(entry.path()) && entry.is_regular_file(type_ec))
      found.push_back({display_path(entry.path()), entry.path().string(), false});
  }
  std::sort(found.begin(), found.end(),
            [](const Input& a, const Input& b) { return a.display < b.display; });
  out.insert(out.end(), found.begin(), found.end());
}

}  // namespace

std::vector<Input> discover(const std::vector<std::string>& paths, std::vector<std::string>& errors) {
  std::vector<Input> inputs;
  for (const std::string& arg : paths) {
    if (arg == "-") {
      inputs.push_back({"<stdin>", "-", true});
      continue;
    }
    std::error_code ec;
    fs::file_status status = fs::status(arg, ec);
    if (ec || !fs::exists(status)) {
      errors.push_back(fmt::format("{}: no such file or folder", arg));
    } else if (fs::is_directory(status)) {
      walk(arg, inputs, errors);
    } else {
      inputs.push_back({display_path(arg), arg, true});
    }
  }
  return inputs;
}

bool read_input(const Input& input, std::string& text, std::string& error, size_t max_bytes) {
  if (input.real == "-") {
    // Read one byte past the limit, so that a limit breach is seen without reading it all.
    text.clear();
    char buffer[65536];
    while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
      text.append(buffer, static_cast<size_t>(std::cin.gcount()));
      if (text.size() > max_bytes) {
        error = fmt::format("{}: more than {} bytes on standard input; ecslint reads up to {} "
                            "bytes (--max-file-size)",
                            input.display, max_bytes, max_bytes);
        return false;
      }
    }
    return true;
  }
  std::error_code ec;
  if (!fs::is_regular_file(input.real, ec)) {
    error = fmt::format("{}: not a regular file", input.display);
    return false;
  }
  auto size = fs::file_size(input.real, ec);
  if (!ec && size > max_bytes) {
    error = fmt::format("{}: file is {} bytes; ecslint reads files up to {} bytes", input.display,
                        size, max_bytes);
    return false;
  }
  std::ifstream file(input.real, std::ios::binary);
  if (!file) {
    error = fmt::format("{}: cannot read: {}", input.display, std::strerror(errno));
    return false;
  }
  // One read of the size the file system reports (a file that grows meanwhile is read to its
  // new end below); reading through istreambuf_iterator cost a tenth of a whole lint.
  text.resize(ec ? 0 : static_cast<size_t>(size));
  file.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<size_t>(file.gcount()));
  if (file && file.peek() != std::ifstream::traits_type::eof())
    text.append(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  if (file.bad()) {
    error = fmt::format("{}: cannot read: {}", input.display, std::strerror(errno));
    return false;
  }
  return true;
}

}  // namespace ecslint
