// libFuzzer target: the JSON loader (positions, duplicate keys, depth limit, UTF-8 checks).
#include "core/load.hpp"
#include "fuzz/invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return ecslint::fuzz::fuzz_loader(data, size, "input.json", ecslint::load_json);
}
