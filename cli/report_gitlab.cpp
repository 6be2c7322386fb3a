// GitLab Code Quality report (the `codequality` artifact of a CI job). GitLab reads a JSON array
// of Code Climate issues and uses only description, check_name, fingerprint, severity and
// location (gitlab doc/ci/testing/code_quality.md, "Implement a custom tool"; ecosystem.md §3.3).
#include "cli/report.hpp"
#include "cli/report_util.hpp"

namespace ecslint {

namespace {

// The mapping ruff uses (ecosystem.md §0.1): GitLab's scale is info, minor, major, critical,
// blocker, and an ECS error (AWS rejects it) is a major problem, not a blocker of the review.
const char* severity(Level level) {
  switch (level) {
    case Level::error: return "major";
    case Level::warning: return "minor";
    default: return "info";
  }
}

}  // namespace

std::string format_gitlab(const Report& report) {
  // GitLab folds findings with one fingerprint into one entry, so it must tell findings apart:
  // the shared key is rule + path + JSON Pointer + occurrence, and never a line number, so an
  // unchanged finding on a moved line is not reported as fixed-and-new in the merge request.
  Fingerprints fingerprints;
  return pretty_json([&](JsonWriter& w) {
    w.StartArray();
    for (const FileResult& file : report.files) {
      for (const Finding& f : file.findings) {
        w.StartObject();
        // The merge request widget shows the description but not check_name, so the rule id
        // goes in both, last in brackets as in the text format.
        w.Key("description");
        write_string(w, f.message + " [" + f.rule + "]");
        w.Key("check_name");
        write_string(w, f.rule);
        w.Key("fingerprint");
        w.String(fingerprints.next(f.rule, file.source.path, f.pointer).c_str());
        w.Key("severity");
        w.String(severity(f.level));
        w.Key("location");
        w.StartObject();
        w.Key("path");
        write_string(w, file.source.path);
        w.Key("lines");
        w.StartObject();
        w.Key("begin");
        w.Uint(shown_region(f.region).start.line);
        w.EndObject();
        w.EndObject();
        w.EndObject();
      }
    }
    w.EndArray();
  });
}

}  // namespace ecslint
