#!/usr/bin/env python3
"""Validates a corpus of ECS files against the schemas in this folder and lists every failure,
so a schema change can be reviewed against real files (a maintainer tool, not a test).

    check_corpus.py [CORPUS]        CORPUS defaults to /work/shared/corpus

Needs python3-jsonschema (and python3-yaml for AppSpec YAML). A failure on a string holding a
template placeholder is shown as "placeholder": ecslint does not report those.
"""

import json
import os
import re
import sys

import jsonschema

try:
    import yaml
except ImportError:  # YAML AppSpecs are then skipped
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
PLACEHOLDER = re.compile(r"\{\{.*\}\}|\$\{[^}]*\}|<[A-Z0-9_]+>|\$\$\$\w+\$\$\$|@\w+@")


def load_schema(name):
    with open(os.path.join(HERE, name + ".schema.json"), encoding="utf-8") as f:
        return jsonschema.Draft7Validator(json.load(f))


def read(path):
    with open(path, encoding="utf-8-sig") as f:
        text = f.read()
    if path.endswith(".json"):
        return json.loads(text)
    if yaml is None:
        raise ValueError("python3-yaml missing")
    return yaml.safe_load(text)


def failures(validator, doc):
    out = []
    for err in sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path))):
        pointer = "/" + "/".join(str(p) for p in err.absolute_path)
        tag = ""
        if isinstance(err.instance, str) and PLACEHOLDER.search(err.instance):
            tag = " [placeholder]"
        out.append("%s: %s%s" % (pointer, err.message[:160], tag))
    return out


def check(folder, schema, select):
    validator = load_schema(schema)
    total = bad = 0
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not os.path.isfile(path):
            continue
        try:
            doc = read(path)
        except Exception as e:  # not parseable: a parse-error finding, not a schema matter
            print("  SKIP %s (does not parse: %s)" % (name, str(e).splitlines()[0][:80]))
            continue
        doc = select(doc)
        if doc is None:
            print("  SKIP %s (not this kind)" % name)
            continue
        total += 1
        errs = failures(validator, doc)
        if errs:
            bad += 1
            print("  FAIL %s" % name)
            for e in errs:
                print("       " + e)
    print("  %s: %d checked, %d fail" % (schema, total, bad))


def taskdef(doc):
    if isinstance(doc, dict) and isinstance(doc.get("taskDefinition"), dict) \
            and "containerDefinitions" in doc["taskDefinition"]:
        return doc["taskDefinition"]
    if isinstance(doc, dict) and "containerDefinitions" in doc:
        return doc
    return None


def service(doc):
    return doc if isinstance(doc, dict) else None


def appspec(doc):
    return doc if isinstance(doc, dict) and ("Resources" in doc or "resources" in doc) else None


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus"
    for sub, schema, select in (("taskdef", "task-definition", taskdef),
                                ("service", "service", service),
                                ("appspec", "appspec", appspec)):
        print("%s/" % sub)
        check(os.path.join(corpus, sub), schema, select)


if __name__ == "__main__":
    main()
