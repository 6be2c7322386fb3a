#pragma once
/// What every loaded Document must satisfy, checked by the fuzz targets. A violation aborts, so
/// libFuzzer saves the input: a wrong location table is as much a bug as a crash, since findings
/// would point at the wrong line.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/document.hpp"
#include "core/source.hpp"

namespace ecslint::fuzz {

/// Aborts with `what` when `ok` is false.
inline void require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "invariant broken: %s\n", what);
  std::abort();
}

/// Nodes in a tree: the root and everything below it.
inline size_t count_nodes(const Json& node) {
  size_t n = 1;
  if (node.IsObject())
    for (auto m = node.MemberBegin(); m != node.MemberEnd(); ++m) n += count_nodes(m->value);
  else if (node.IsArray())
    for (const Json& item : node.GetArray()) n += count_nodes(item);
  return n;
}

/// One location per node in preorder, every offset inside the text, and a finding whenever the
/// text did not load.
inline void check_document(const Source& source, const Document& doc) {
  if (!doc.ok) {
    require(!doc.findings.empty(), "a document that did not load has no finding");
    require(doc.locations.empty(), "a document that did not load keeps locations");
    return;
  }
  require(count_nodes(doc.root) == doc.locations.size(), "one location per node");
  require(doc.locations[0].subtree_size == doc.locations.size(), "root subtree covers all");
  const size_t size = source.text.size();
  for (size_t i = 0; i < doc.locations.size(); ++i) {
    const NodeLocation& loc = doc.locations[i];
    require(loc.subtree_size >= 1 && i + loc.subtree_size <= doc.locations.size(),
            "subtree inside the table");
    require(loc.value_begin <= loc.value_end && loc.value_end <= size, "value inside the text");
    if (loc.key_begin != NodeLocation::kNoOffset)
      require(loc.key_begin <= loc.key_end && loc.key_end <= size, "key inside the text");
  }
}

/// A loader target's whole body: loads the bytes as a file named `path`, checks the invariants,
/// and resolves a pointer through the location table as findings do.
inline int fuzz_loader(const uint8_t* data, size_t size, const char* path,
                       Document (*load)(const Source&)) {
  Source source = make_source(path, std::string(reinterpret_cast<const char*>(data), size));
  Document doc = load(source);
  check_document(source, doc);
  if (doc.ok) resolve_region(source, doc, "/containerDefinitions/0/name", false);
  return 0;
}

}  // namespace ecslint::fuzz
