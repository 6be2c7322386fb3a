// The floors ecslint is measured against, built from our own code:
//   ecslint_floors read  PATH...   find the files as `ecslint check` does and read them
//   ecslint_floors parse PATH...   the same, plus make_source and load_json / load_yaml
// Everything after that (kind detection, schema, rules, locating, sorting, output) is what the
// full lint adds. Prints one summary line so no work can be optimised away.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "cli/discover.hpp"
#include "core/load.hpp"

int main(int argc, char** argv) {
  using namespace ecslint;
  if (argc < 3 || (std::strcmp(argv[1], "read") != 0 && std::strcmp(argv[1], "parse") != 0)) {
    std::fprintf(stderr, "usage: ecslint_floors read|parse PATH...\n");
    return 2;
  }
  const bool parse = std::strcmp(argv[1], "parse") == 0;
  std::vector<std::string> errors;
  std::vector<Input> inputs = discover({argv + 2, argv + argc}, errors);
  size_t bytes = 0, nodes = 0, failed = 0;
  for (const Input& input : inputs) {
    std::string text, error;
    if (!read_input(input, text, error)) {
      errors.push_back(error);
      continue;
    }
    bytes += text.size();
    if (!parse) continue;
    Document doc = load_document(make_source(input.display, std::move(text)));
    nodes += doc.locations.size();
    failed += doc.ok ? 0 : 1;
  }
  for (const std::string& e : errors) std::fprintf(stderr, "ecslint_floors: %s\n", e.c_str());
  std::printf("%zu files, %zu bytes, %zu nodes, %zu not loaded\n", inputs.size(), bytes, nodes,
              failed);
  return errors.empty() ? 0 : 2;
}
