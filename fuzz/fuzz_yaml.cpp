// libFuzzer target: the YAML loader (yaml-cpp, core-schema typing, aliases and merge keys under a
// budget, depth limit, positions).
#include "core/load.hpp"
#include "fuzz/invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return ecslint::fuzz::fuzz_loader(data, size, "input.yaml", ecslint::load_yaml);
}
