#pragma once
/// The link pass: once every file of a run is linted, each service and AppSpec is paired with
/// the task definition it names among the run's task definitions, and the cross-file rules
/// (kinds bit kLinked) run on each pair. Their findings land in the referencing file and go
/// through the same levels, suppression and sorting as the file's other findings.
#include <cstddef>
#include <string>
#include <vector>

#include "core/kind.hpp"
#include "core/pipeline.hpp"

namespace ecslint {

/// Records in `result.link` what the link pass needs from this document (`root` is the object
/// the rules check, `detection` how it was classified). Cheap: a few strings.
void record_link_key(FileResult& result, const Json& root, const Detection& detection);

/// The family a task-definition reference names: "web" for "web", "web:3" and
/// "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3"; "" when it names none.
std::string referenced_family(std::string_view reference);

/// Pairs services and AppSpecs with task definitions of the same run and runs the cross-file
/// rules on each pair. `options[i]` is how `results[i]` was linted (its rule settings and
/// ignores apply again). `explicit_task` is the index in `results` of the task definition
/// `--task-definition` names, paired with every service and AppSpec; SIZE_MAX to pair by name.
///
/// Pairing by name: a family (or family:revision, or ARN: the revision cannot be checked
/// offline) links to the task definition of that family, and when several share it, to the one
/// in the referencing file's folder, else to none. `<TASK_DEFINITION>` in an AppSpec, and a
/// service file without `taskDefinition` (ecspresso), link to the one task definition in their
/// folder, if there is exactly one. Only the files that take part are loaded again.
void link_results(std::vector<FileResult>& results, const std::vector<LintOptions>& options,
                  size_t explicit_task = SIZE_MAX);

}  // namespace ecslint
