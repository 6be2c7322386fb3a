// YAML loader (placeholder until the real one lands).
#include "core/load.hpp"

namespace ecslint {

Document load_yaml(const Source& source) {
  Document doc;
  doc.format = Format::yaml;
  Finding f;
  f.rule = "parse-error";
  f.message = "YAML is not supported yet";
  f.located = true;
  f.region.start = f.region.end = position_at(source, 0);
  doc.findings.push_back(std::move(f));
  return doc;
}

}  // namespace ecslint
