#pragma once
/// The one place RapidJSON is configured and included. Everything else includes this header.
///
/// RAPIDJSON_ASSERT throws instead of aborting, so a misuse of the RapidJSON API on bad input
/// becomes an `internal-error` finding for one file rather than a crash of the whole run.

#include <stdexcept>
#include <string>

#ifndef RAPIDJSON_ASSERT
#define RAPIDJSON_ASSERT(x) \
  ((x) ? static_cast<void>(0) : throw std::logic_error("RapidJSON assertion failed: " #x))
#endif
#ifndef RAPIDJSON_HAS_STDSTRING
#define RAPIDJSON_HAS_STDSTRING 1
#endif

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/pointer.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace ecslint {
/// A JSON value as rules see it.
using Json = rapidjson::Value;
}  // namespace ecslint
