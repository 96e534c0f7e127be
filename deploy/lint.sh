#!/usr/bin/env bash
# Lints the Dockerfile, the scripts its RUN steps and ENTRYPOINT call, and the bench scripts; fails on any finding.
# Dockerfile: dockerfile-utils (npm; the linter of the Docker language server in VS Code), because
# hadolint is not packaged in Debian and its binaries come from GitHub, which CI cannot reach.
# Scripts: shellcheck (Debian).
set -euo pipefail
cd "$(dirname "$0")/.."
findings="$(npx --yes dockerfile-utils@0.16.3 lint Dockerfile)"
if [ -n "$findings" ]; then
  echo "$findings"
  exit 1
fi
shellcheck deploy/*.sh bench/*.sh .ci/run
echo "Dockerfile, deploy and bench scripts: no findings"
