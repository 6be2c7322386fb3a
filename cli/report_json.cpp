// ecslint's own JSON format, version 1. A stable contract for editors and scripts: new members
// may be added within version 1, but none is renamed, removed or changes meaning without a new
// "version". Pretty-printed with a 2-space indent:
//
// {
//   "version": 1,
//   "tool": {"name": "ecslint", "version": "0.1.0"},
//   "results": [{
//     "rule": "duplicate-key", "level": "warning", "message": "...",
//     "file": "deploy/task.json",           // as shown in text output: relative, '/'
//     "kind": "task-definition",            // or "service", "appspec", "unknown"
//     "pointer": "/cpu",                    // RFC 6901; "" is the whole document
//     "start": {"line": 4, "column": 3},    // 1-based; columns in UTF-16 code units
//     "end": {"line": 4, "column": 8},      // exclusive; equal to start when unknown
//     "related": [{"file": ..., "message": ..., "start": {...}, "end": {...}}],
//     "suppressed": true, "justification": "..."  // only on suppressed results, which appear
//   }],                                           // only with --include-suppressed
//   "summary": {"files": 1, "error": 0, "warning": 1, "note": 0},   // files = files linted;
//                                                 // "suppressed": N with --include-suppressed
//   "notifications": ["missing.json: no such file or directory"]   // problems outside files
// }
//
// Results come in report order (files as given, findings by position). docs/output-formats.md
// documents the same format for users.
#include "cli/report.hpp"
#include "cli/report_util.hpp"

namespace ecslint {

namespace {

void write_position(JsonWriter& w, const char* key, Position p) {
  w.Key(key);
  w.StartObject();
  w.Key("line");
  w.Uint(p.line);
  w.Key("column");
  w.Uint(p.column);
  w.EndObject();
}

void write_span(JsonWriter& w, const Region& region) {
  Region shown = shown_region(region);
  write_position(w, "start", shown.start);
  write_position(w, "end", shown.end);
}

void write_finding(JsonWriter& w, const FileResult& file, const Finding& f) {
  w.StartObject();
  w.Key("rule");
  write_string(w, f.rule);
  w.Key("level");
  w.String(level_name(f.level));
  w.Key("message");
  write_string(w, f.message);
  w.Key("file");
  write_string(w, file.source.path);
  w.Key("kind");
  w.String(kind_name(file.kind));
  w.Key("pointer");
  write_string(w, f.pointer);
  write_span(w, f.region);
  w.Key("related");
  w.StartArray();
  for (const Related& r : f.related) {
    w.StartObject();
    w.Key("file");
    write_string(w, r.path.empty() ? file.source.path : r.path);
    w.Key("message");
    write_string(w, r.message);
    write_span(w, r.region);
    w.EndObject();
  }
  w.EndArray();
  if (f.suppression) {
    w.Key("suppressed");
    w.Bool(true);
    w.Key("justification");
    write_string(w, f.suppression->justification);
  }
  w.EndObject();
}

}  // namespace

std::string format_json(const Report& report) {
  return pretty_json([&](JsonWriter& w) {
    w.StartObject();
    w.Key("version");
    w.Int(1);
    w.Key("tool");
    w.StartObject();
    w.Key("name");
    w.String("ecslint");
    w.Key("version");
    w.String(ECSLINT_VERSION);
    w.EndObject();

    size_t errors = 0, warnings = 0, notes = 0, suppressed = 0;
    w.Key("results");
    w.StartArray();
    for (const FileResult& file : report.files) {
      for (const Finding& f : written_findings(file, report.include_suppressed)) {
        write_finding(w, file, f);
        if (f.suppression) {
          ++suppressed;
          continue;
        }
        errors += f.level == Level::error;
        warnings += f.level == Level::warning;
        notes += f.level == Level::note;
      }
    }
    w.EndArray();

    w.Key("summary");
    w.StartObject();
    w.Key("files");
    w.Uint64(report.files.size());
    w.Key("error");
    w.Uint64(errors);
    w.Key("warning");
    w.Uint64(warnings);
    w.Key("note");
    w.Uint64(notes);
    if (report.include_suppressed) {
      w.Key("suppressed");
      w.Uint64(suppressed);
    }
    w.EndObject();

    w.Key("notifications");
    w.StartArray();
    for (const std::string& note : report.notifications) write_string(w, note);
    w.EndArray();
    w.EndObject();
  });
}

}  // namespace ecslint
