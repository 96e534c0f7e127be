#!/usr/bin/env bash
# The image's ENTRYPOINT. Every setting has a default here so the same script runs outside Docker
# (deploy/verify-outside-docker.sh); the Space can override any of them with variables or secrets.
set -euo pipefail
app_home="${APP_HOME:-$(cd "$(dirname "$0")" && pwd)}"
cd "$app_home"

export PORT="${PORT:-7860}"
export SPRING_PROFILES_ACTIVE="${SPRING_PROFILES_ACTIVE:-space}"
export REELWISE_DATA_DIR="${REELWISE_DATA_DIR:-$app_home/data}"
# A Space with persistent storage mounts it at /data: profiles and models go there and outlive restarts.
# Without it they live in the container, and the page says saved lists last until the Space restarts.
if [ -d /data ] && [ -w /data ]; then
  export REELWISE_DB_URL="${REELWISE_DB_URL:-jdbc:h2:file:/data/reelwise-db/reelwise;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE}"
  export REELWISE_MODELS_DIR="${REELWISE_MODELS_DIR:-/data/models}"
  export REELWISE_STORAGE="${REELWISE_STORAGE:-persistent}"
else
  export REELWISE_STORAGE="${REELWISE_STORAGE:-ephemeral}"
fi
export REELWISE_MODELS_DIR="${REELWISE_MODELS_DIR:-$app_home/models}"
# Models trained at image build seed an empty models folder elsewhere (persistent storage), so the first
# start there loads them instead of training again.
if [ "$REELWISE_MODELS_DIR" != "$app_home/models" ] && [ -d "$app_home/models" ] \
   && [ -z "$(ls -A "$REELWISE_MODELS_DIR" 2>/dev/null)" ] && [ -n "$(ls -A "$app_home/models" 2>/dev/null)" ]; then
  mkdir -p "$REELWISE_MODELS_DIR" && cp -r "$app_home/models/." "$REELWISE_MODELS_DIR/"
fi
# DJL never downloads: PyTorch's native library is unpacked from the pytorch-native-cpu jar inside app.jar into this cache.
export DJL_OFFLINE=true OPT_OUT_TRACKING=true
export DJL_CACHE_DIR="${DJL_CACHE_DIR:-$HOME/.djl.ai}"
# 2 vCPU: one OpenMP thread per core, sleeping (not spinning) between PyTorch ops so request threads get the CPU.
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}" OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
# Two malloc arenas instead of glibc's 8 per core: Tomcat threads calling PyTorch (the mood encoder)
# each grew an arena; measured under load with moods: RSS 155 MB lower and growing half as fast.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

# 16 GB: half for the Java heap (catalog, embeddings matrix, Vaadin sessions), half left for PyTorch's
# native memory, metaspace, thread stacks and the page cache. G1 keeps pauses short on a multi-GB heap
# for an interactive app; named explicitly because the JVM falls back to Serial GC when it sees < 2 CPUs.
# A heap exhausted once leaves the app half-working: exit instead, and the Space restarts it.
java_opts=(
  -XX:MaxRAMPercentage="${HEAP_PERCENT:-50}" -XX:InitialRAMPercentage=5
  -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError
  -Dai.djl.offline=true -DDJL_CACHE_DIR="$DJL_CACHE_DIR"
  -Dai.djl.pytorch.num_threads="$OMP_NUM_THREADS" -Dai.djl.pytorch.num_interop_threads=1
  -Djava.io.tmpdir="${TMPDIR:-/tmp}"
)
# JAVA_OPTS (word-split on purpose) adds or overrides flags, e.g. JAVA_OPTS="-XX:MaxRAMPercentage=40".
# shellcheck disable=SC2086
exec java "${java_opts[@]}" ${JAVA_OPTS:-} -jar "$app_home/app.jar" "$@"
