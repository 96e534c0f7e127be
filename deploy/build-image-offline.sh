#!/usr/bin/env bash
# Builds the real Dockerfile on a machine without a Docker engine or Docker Hub (podman and buildah from
# Debian, base images made with mmdebstrap), then runs the image and smoke-tests it: the page answers, health
# is UP, every method returns a list, a like saved through the API survives a container restart with /data
# mounted as a volume, and the app runs as uid 1000. Prints the image size, the build time and the time from
# `podman run` to the first page. Local checks only: these base images are never pushed.
#
# Usage (as root, from anywhere): deploy/build-image-offline.sh [--skip-train] [--keep] [--port N]
#   --skip-train  build with TRAIN_MODELS=false (models train at first start; a much shorter build)
#   --keep        leave the container, volume and mirror folder for inspection
#   --port N      host port for the smoke test (default 7861)
# Environment: DATASETS (default ../shared/datasets beside the project), WORK (default /tmp/reelwise-image-build).
set -euo pipefail
cd "$(dirname "$0")/.."
project="$(pwd)"

train=true keep=false port=7861
while [ $# -gt 0 ]; do
  case "$1" in
    --skip-train) train=false; shift ;;
    --keep) keep=true; shift ;;
    --port) port="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
datasets="${DATASETS:-$project/../shared/datasets}"
work="${WORK:-/tmp/reelwise-image-build}"
mkdir -p "$work"
step() { printf '\n== %s (%s)\n' "$*" "$(date -u +%H:%M:%S)"; }

step "tools: podman, buildah, runc, mmdebstrap and their helpers (Debian), each only when missing"
missing=()
for pkg in podman buildah runc mmdebstrap uidmap slirp4netns iptables containernetworking-plugins catatonit; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# crun and the default ulimits fail here with setrlimit errors; runc with cgroupfs and these limits work.
export CONTAINERS_CONF="$work/containers.conf"
cat >"$CONTAINERS_CONF" <<'CONF'
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF

# Base images named as the Dockerfile names them, built from Debian packages. The machine reaches the
# registries through a proxy whose CA certificates are in its local store: the hook copies them in, or
# HTTPS fails inside the containers. Node.js comes from the host (Vaadin cannot download it here).
base_image() {  # tag packages with-node
  local tag="$1" packages="$2" node="$3" rootfs="$work/rootfs-${1//[:\/.]/-}.tar"
  if podman image exists "$tag"; then
    echo "$tag: present"
    return
  fi
  local hook="$work/hook-certs.sh"
  cat >"$hook" <<'HOOK'
#!/bin/sh
set -e
root="$1"
mkdir -p "$root/usr/local/share/ca-certificates"
cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/" 2>/dev/null || true
chroot "$root" update-ca-certificates >/dev/null 2>&1 || true
HOOK
  chmod +x "$hook"
  mmdebstrap --variant=minbase --include="$packages" --customize-hook="$hook \"\$1\"" bookworm "$rootfs"
  if [ "$node" = true ]; then
    local with_node="$work/with-node"
    rm -rf "$with_node" && mkdir -p "$with_node/usr/bin" "$with_node/usr/lib"
    cp -a "$(command -v node)" "$with_node/usr/bin/node"
    cp -a /usr/lib/node_modules "$with_node/usr/lib/"
    ln -s ../lib/node_modules/npm/bin/npm-cli.js "$with_node/usr/bin/npm"
    ln -s ../lib/node_modules/npm/bin/npx-cli.js "$with_node/usr/bin/npx"
    tar -rf "$rootfs" -C "$with_node" usr/bin/node usr/bin/npm usr/bin/npx usr/lib/node_modules
  fi
  # Node.js trusts only its own CA list unless told otherwise; npm needs the proxy's certificates too.
  local node_env=()
  [ "$node" = true ] && node_env=(--change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt')
  podman import --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' "${node_env[@]}" \
    --change 'CMD ["/bin/bash"]' "$rootfs" "$tag"
  rm -f "$rootfs"
}
step "base images (mmdebstrap bookworm, podman import)"
base_image "docker.io/library/maven:3.9-eclipse-temurin-17" \
  "openjdk-17-jdk-headless,maven,ca-certificates,ca-certificates-java,passwd,curl,git" true
base_image "docker.io/library/eclipse-temurin:17-jre" "openjdk-17-jre-headless,ca-certificates,ca-certificates-java,passwd,curl" false

# GroupLens is unreachable from here: a loopback mirror serves the same release, zipped from the shared copy,
# with its .md5 sidecar, which the fetch step checks as it checks GroupLens's own.
step "loopback mirror of ml-latest-small on 127.0.0.1:8799"
mirror="$work/mirror"
rm -rf "$mirror" && mkdir -p "$mirror"
(cd "$datasets" && zip -qr "$mirror/ml-latest-small.zip" ml-latest-small)
(cd "$mirror" && md5sum ml-latest-small.zip >ml-latest-small.zip.md5)
python3 -m http.server 8799 --bind 127.0.0.1 --directory "$mirror" >"$work/mirror.log" 2>&1 &
mirror_pid=$!
container=reelwise-smoke volume=reelwise-smoke-data
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
  kill "$mirror_pid" 2>/dev/null || true
  if [ "$keep" = false ]; then
    podman rm -f "$container" >/dev/null 2>&1 || true
    podman volume rm -f "$volume" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

step "podman build (TRAIN_MODELS=$train): the real Dockerfile, no pulls, host network for the mirror and Maven Central"
started=$(date +%s)
# The host's Maven cache is mounted read-write into the build so dependencies come from it, not the network.
podman build --pull=never --network=host -v "$HOME/.m2:/root/.m2" \
  --build-arg MOVIELENS_URL=http://127.0.0.1:8799/ --build-arg TRAIN_MODELS="$train" \
  -t reelwise:local .
build_seconds=$(( $(date +%s) - started ))
size=$(podman image inspect reelwise:local --format '{{.Size}}')

step "run: first start, then checks"
podman rm -f "$container" >/dev/null 2>&1 || true
podman volume rm -f "$volume" >/dev/null 2>&1 || true
podman volume create "$volume" >/dev/null
# the volume belongs to uid 1000, as a Space's /data does
podman run --rm -v "$volume:/data" --user 0 --entrypoint /bin/sh reelwise:local -c 'chown 1000:1000 /data'
base="http://127.0.0.1:$port"
run_app() {
  podman run -d --name "$container" -p "$port:7860" -v "$volume:/data" reelwise:local >/dev/null
  local t0 t
  t0=$(date +%s%N)
  for _ in $(seq 1 600); do
    if curl -fsS -o /dev/null "$base/" 2>/dev/null; then
      t=$(( ($(date +%s%N) - t0) / 1000000 ))
      echo "$t"
      return
    fi
    sleep 0.2
  done
  echo "no page after 120 s; log:" >&2
  podman logs "$container" | tail -40 >&2
  exit 1
}
first_page_ms=$(run_app)
fail=0
check() {  # name command...
  if "${@:2}" >/dev/null 2>&1; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi
}
# shellcheck disable=SC2317  # called through check
within() {  # seconds command...: true once the command succeeds, trying once a second
  local seconds="$1"
  shift
  for _ in $(seq 1 "$seconds"); do
    if "$@"; then return 0; fi
    sleep 1
  done
  return 1
}
# shellcheck disable=SC2317  # called through within
models_ready() {
  curl -fsS "$base/api/models" | grep -q '"state":"READY".*"state":"READY".*"state":"READY".*"state":"READY"'
}
# shellcheck disable=SC2317  # called through within
health_up() {
  curl -fsS "$base/actuator/health" | grep -q '^{"status":"UP"'
}
# shellcheck disable=SC2317  # called through within
method_answers() {
  curl -fsS -H 'Content-Type: application/json' -d "{\"liked\":[4993,5952,7153],\"method\":\"$1\",\"count\":5}" \
    "$base/api/recommendations" 2>/dev/null | grep -q '"movieId"'
}
check "page / answers" curl -fsS "$base/"
# The first page answers while the catalog still loads; health follows within seconds.
check "health is UP" within 120 health_up
check "every model ready (loaded, not trained, when the image carries them)" within 1800 models_ready
# The clusters come with the text model when the image carries it; without, they are grouped a few seconds after the
# content model loads (the method says "ready in a minute").
for method in hybrid next ncf content cluster popular; do
  check "method $method returns a list" within 90 method_answers "$method"
done
check "the app runs as uid 1000" sh -c "[ \"\$(podman exec $container id -u)\" = 1000 ]"
created=$(curl -fsS -X POST "$base/api/profiles" -H 'Content-Type: application/json' -d '{"name":"smoke"}')
profile=$(sed -n 's/.*"profileId":"\([^"]*\)".*/\1/p' <<<"$created")
key=$(sed -n 's/.*"key":"\([^"]*\)".*/\1/p' <<<"$created")
curl -fsS -X PUT "$base/api/profiles/$profile/feedback/296" -H "X-Profile-Key: $key" -H 'Content-Type: application/json' \
  -d '{"verdict":"like"}' >/dev/null || fail=1
step "restart the container with the same /data volume"
podman rm -f "$container" >/dev/null
second_page_ms=$(run_app)
check "the like saved before the restart is still there" sh -c "curl -fsS -H 'X-Profile-Key: $key' $base/api/profiles/$profile | grep -q '\"liked\":\[296\]'"

step "figures"
echo "image size: $(( size / 1000000 )) MB"
echo "build time: ${build_seconds} s (TRAIN_MODELS=$train)"
echo "podman run to first page: ${first_page_ms} ms (first start), ${second_page_ms} ms (restart)"
podman stats --no-stream --format '{{.Name}} {{.MemUsage}}' "$container" 2>/dev/null || true
exit $fail
