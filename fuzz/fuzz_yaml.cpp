// libFuzzer target: the YAML loader (yaml-cpp, core-schema typing, aliases and merge keys under a
// budget, depth limit, positions).
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/load.hpp"
#include "fuzz/invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace ecslint;
  Source source = make_source("input.yaml", std::string(reinterpret_cast<const char*>(data), size));
  Document doc = load_yaml(source);
  fuzz::check_document(source, doc);
  if (doc.ok) resolve_region(source, doc, "/containerDefinitions/0/name", false);
  return 0;
}
