#!/usr/bin/env bash
# Runs the image's steps without a Docker engine: build the jar (deploy/build-app.sh), fetch data
# (deploy/fetch-data.sh), lay the files out as the runtime stage does (deploy/layout.sh), start
# deploy/start.sh as the ENTRYPOINT does with the Dockerfile's ENV on a spare port, wait for
# readiness, fetch /, /api/catalog/stats and /actuator/health, then stop.
#
# Usage (from anywhere): deploy/verify-outside-docker.sh [--jar PATH] [--data-from DIR] [--port N] [--keep]
#   --jar PATH       use this jar instead of building one (the IT passes the one `mvn verify` just packaged)
#   --data-from DIR  seed the data dir from DIR/ml-latest-small so fetch-data finds it and downloads
#                    nothing (this machine has no internet); without it fetch-data downloads
#   --port N         port for the app (default 7866)
#   --keep           leave the laid-out folder for inspection
# Any REELWISE_* variable in the environment is passed on (the IT sets REELWISE_TRAIN_ON_START=false);
# TRAIN_MODELS=false skips the model training step, as the image's build argument does.
set -euo pipefail
cd "$(dirname "$0")/.."

jar="" data_from="" port=7866 keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) jar="$2"; shift 2 ;;
    --data-from) data_from="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --keep) keep=true; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done

root="$(mktemp -d "${TMPDIR:-/tmp}/reelwise-image.XXXXXX")"
out="$root/out"                 # the build stage's /out
home="$root/home/user"          # the runtime stage's HOME
pid=""
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  if [ "$keep" = true ]; then echo "kept $root"; else rm -rf "$root"; fi
}
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }

step "build stage: deploy/build-app.sh"
if [ -n "$jar" ]; then
  mkdir -p "$out" && cp "$jar" "$out/app.jar" && echo "using $jar"
else
  deploy/build-app.sh "$out"
fi

step "build stage: deploy/fetch-data.sh"
if [ -n "$data_from" ]; then
  mkdir -p "$out/data" && cp -r "$data_from/ml-latest-small" "$out/data/"
fi
deploy/fetch-data.sh "$out/data" ml-latest-small

step "build stage: deploy/train-models.sh (TRAIN_MODELS=${TRAIN_MODELS:-true})"
deploy/train-models.sh "$out/app.jar" "$out/data" "$out/models" ml-latest-small

step "build stage: deploy/layout.sh, then the runtime stage's COPY"
deploy/layout.sh "$out" "$out/home/app"
cp -r "$out/data/." "$out/home/app/data/"
cp -r "$out/models/." "$out/home/app/models/"
mkdir -p "$home" && cp -r "$out/home/app" "$home/app"
(cd "$home/app" && find . -maxdepth 3 -type d | sort)

step "runtime: ENTRYPOINT /home/user/app/start.sh with the Dockerfile's ENV (PORT=$port)"
log="$root/app.log"
# env -i: only what the Dockerfile sets (plus PATH and a JDK), so nothing from this shell leaks in.
mapfile -t passed < <(env | grep -E '^REELWISE_[A-Z_]+=' || true)
env -i PATH="$PATH" ${JAVA_HOME:+JAVA_HOME="$JAVA_HOME"} \
  HOME="$home" APP_HOME="$home/app" PORT="$port" SPRING_PROFILES_ACTIVE=space \
  "${passed[@]}" \
  "$home/app/start.sh" >"$log" 2>&1 &
pid=$!

step "waiting for readiness (/actuator/health/readiness)"
base="http://127.0.0.1:$port"
for _ in $(seq 1 240); do
  if curl -fsS "$base/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; then ready=true; break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "the app exited; log:" >&2; tail -50 "$log" >&2; exit 1; fi
  sleep 1
done
[ "${ready:-false}" = true ] || { echo "not ready after 240 s; log:" >&2; tail -50 "$log" >&2; exit 1; }

fail=0
check() {  # name url expected-substring
  local body
  if body="$(curl -fsS "$2")" && grep -q "$3" <<<"$body"; then echo "ok   $1"; else echo "FAIL $1: $(head -c 300 <<<"$body")"; fail=1; fi
}
check "page /" "$base/" "<body"
check "catalog stats" "$base/api/catalog/stats" '"movies"'
check "health" "$base/actuator/health" '"status":"UP"'
if find "$home/.djl.ai" -name 'libtorch*.so*' 2>/dev/null | grep -q .; then
  echo "ok   PyTorch native library in $home/.djl.ai (from the jar, offline)"
else
  echo "note PyTorch not loaded yet (no model touched it); see $log"
fi
if grep -q 'The following 1 profile is active: "space"' "$log"; then echo "ok   space profile active"; else echo "FAIL space profile not active"; fail=1; fi
exit $fail
