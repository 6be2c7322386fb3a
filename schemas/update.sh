#!/usr/bin/env bash
# Regenerates task-definition, service and update-service schemas from the pinned AWS SDK npm
# packages (Apache-2.0). For maintainers only: the build never downloads anything, it embeds
# the committed schemas. Needs npm, tar and python3.
#   schemas/update.sh            regenerate with the pinned versions below
# To move to a newer model, change the pins, run this, and review the diff of the schemas.
set -euo pipefail

V3_PACKAGE="@aws-sdk/client-ecs@3.1162.0"   # current ECS API model (structures, enums, docs)
V2_PACKAGE="aws-sdk@2.1693.0"               # integer vs floating-point numbers

here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fetch() {  # fetch PACKAGE DIR: npm pack PACKAGE and unpack it into DIR/package
  mkdir -p "$2"
  (cd "$2" && npm pack --silent "$1" >/dev/null && tar -xzf ./*.tgz)
}

fetch "$V3_PACKAGE" "$work/v3"
fetch "$V2_PACKAGE" "$work/v2"

python3 "$here/generate.py" --v3 "$work/v3/package" --v2 "$work/v2/package" --out "$here"

# Apache-2.0 attribution travels with the derived schemas.
{
  echo "The task-definition and service schemas in this folder are derived from the Amazon ECS"
  echo "API model in the npm packages $V3_PACKAGE and $V2_PACKAGE,"
  echo "licensed under the Apache License, Version 2.0 (see LICENSE-APACHE-2.0 in this folder)."
  echo "Their NOTICE files follow."
  echo
  echo "---- $V2_PACKAGE NOTICE.txt ----"
  cat "$work/v2/package/NOTICE.txt"
  if [ -f "$work/v3/package/NOTICE" ]; then
    echo
    echo "---- $V3_PACKAGE NOTICE ----"
    cat "$work/v3/package/NOTICE"
  fi
} > "$here/NOTICE"
cp "$work/v2/package/LICENSE.txt" "$here/LICENSE-APACHE-2.0"
echo "update.sh: wrote $here/{task-definition,service,update-service}.schema.json, NOTICE, LICENSE-APACHE-2.0"
