#!/usr/bin/env bash
# Image build step 1 (Dockerfile stage "build"): the production jar with the Vaadin frontend bundle.
# Usage: deploy/build-app.sh OUT_DIR    (run from the project root; writes OUT_DIR/app.jar)
set -euo pipefail
out="${1:?usage: deploy/build-app.sh OUT_DIR}"
mvn -B -q -Pproduction -DskipTests package
mkdir -p "$out"
jars=(target/reelwise-*.jar)
[ "${#jars[@]}" -eq 1 ] || { echo "expected one target/reelwise-*.jar, found: ${jars[*]}" >&2; exit 1; }
cp "${jars[0]}" "$out/app.jar"
