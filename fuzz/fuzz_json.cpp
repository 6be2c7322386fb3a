// libFuzzer target: the JSON loader (positions, duplicate keys, depth limit, UTF-8 checks).
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/load.hpp"
#include "fuzz/invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace ecslint;
  Source source = make_source("input.json", std::string(reinterpret_cast<const char*>(data), size));
  Document doc = load_json(source);
  fuzz::check_document(source, doc);
  // Resolving every node's pointer exercises locate() the way findings do.
  if (doc.ok) resolve_region(source, doc, "/containerDefinitions/0/name", false);
  return 0;
}
