#pragma once
#include "core/document.hpp"
#include "core/source.hpp"

namespace ecslint {

/// Parses JSON with positions. Never throws for bad input: syntax errors, invalid UTF-8,
/// nesting deeper than kMaxDepth become a `parse-error` finding (doc.ok == false); duplicate keys
/// become `duplicate-key` findings and only the last member is kept, as the AWS CLI does.
Document load_json(const Source& source);

/// Parses YAML into the same Document shape, with YAML 1.2 core-schema scalar typing
/// (quoted "256" is a string, plain 256 an integer, `yes` a string). Bounded depth and alias
/// expansion; a file holding several YAML documents is refused with a `parse-error`.
Document load_yaml(const Source& source);

/// Picks the loader from the extension (.json / .yaml / .yml); otherwise sniffs the first
/// non-blank byte ('{' or '[' means JSON).
Format guess_format(const Source& source);

/// Loads with the format guess_format picks.
Document load_document(const Source& source);

}  // namespace ecslint
