#!/usr/bin/env bash
# Image build step: trains every model the app serves (NeuMF, the hybrid's sequential source and the taste autoencoder,
# next watch's own sequential model, the fine-tuned
# sentence encoder with the catalog's embeddings, the hybrid ranker), so a start only loads them. Each model
# prints a progress bar with its ETA. TRAIN_MODELS=false skips it: the app then trains at first start.
# Usage: deploy/train-models.sh APP_JAR DATA_DIR MODELS_DIR [DATASET [TrainAll options...]]    (run from the project root)
# TRAIN_HEAP sets the JVM heap (default 6g); options after DATASET go to TrainAll as they are (e.g. --models ncf).
set -euo pipefail
jar="${1:?usage: deploy/train-models.sh APP_JAR DATA_DIR MODELS_DIR [DATASET]}"
data="${2:?usage: deploy/train-models.sh APP_JAR DATA_DIR MODELS_DIR [DATASET]}"
models="${3:?usage: deploy/train-models.sh APP_JAR DATA_DIR MODELS_DIR [DATASET]}"
dataset="${4:-ml-latest-small}"
shift $(( $# < 4 ? $# : 4 ))
mkdir -p "$models"
if [ "${TRAIN_MODELS:-true}" = "false" ]; then
  echo "TRAIN_MODELS=false: no models in the image; the app trains them at first start"
  exit 0
fi
export DJL_OFFLINE=true OPT_OUT_TRACKING=true OMP_WAIT_POLICY=PASSIVE OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}"
# glibc gives every freed block over its mmap threshold back to the kernel and maps the next one afresh: a training
# step's optimiser temporaries (each as large as an embedding table) then pay page faults every step. Keeping them in
# the heap took NeuMF's epoch from 133k to 161k samples/s under PASSIVE (model-training/ncf/README.md, "against PyTorch").
export MALLOC_MMAP_THRESHOLD_="${MALLOC_MMAP_THRESHOLD_:-67108864}" MALLOC_TRIM_THRESHOLD_="${MALLOC_TRIM_THRESHOLD_:-268435456}"
export DJL_CACHE_DIR="${DJL_CACHE_DIR:-/tmp/djl-cache}"
# The same weights from the same seed on an AVX2 host and on an AVX-512 one (deploy/cpu-kernels.sh says why).
# shellcheck source=deploy/cpu-kernels.sh
source "$(dirname "$0")/cpu-kernels.sh"
started=$(date +%s)
# The Spring Boot jar's PropertiesLauncher runs another main class with the jar's own libraries.
java -Xmx"${TRAIN_HEAP:-6g}" -XX:+UseG1GC -Dai.djl.offline=true -DDJL_CACHE_DIR="$DJL_CACHE_DIR" \
  -Dai.djl.pytorch.num_threads="$OMP_NUM_THREADS" -Dai.djl.pytorch.num_interop_threads=1 \
  -Dloader.main=com.reelwise.training.TrainAll -cp "$jar" org.springframework.boot.loader.launch.PropertiesLauncher \
  --data "$data" --dataset "$dataset" --out "$models" "$@"
echo "Models trained in $(( $(date +%s) - started )) s into $models"
