#!/usr/bin/env bash
# Cost curves at 1M-32M synthetic ratings: writes each release (if missing) and runs the scale benchmark on it in its
# own JVM, with the environment deploy/train-models.sh trains with. Results: model-training/scale/results/*.json.
#   bash model-training/scale/run-curves.sh [/tmp/scale] [1m 4m 16m 32m]
set -euo pipefail
cd "$(dirname "$0")/../.."
data="${1:-/tmp/scale}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1m 4m 16m 32m)
export DJL_OFFLINE=true OPT_OUT_TRACKING=true OMP_WAIT_POLICY=PASSIVE OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}"
export MALLOC_MMAP_THRESHOLD_=67108864 MALLOC_TRIM_THRESHOLD_=268435456
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx16g} -Dai.djl.pytorch.num_threads=$OMP_NUM_THREADS -Dai.djl.pytorch.num_interop_threads=1"
mvn -q test-compile
for size in "${sizes[@]}"; do
  if [ ! -f "$data/ml-synth-$size/ratings.csv" ]; then
    mvn -q exec:java@synthesize -Dexec.args="--data-dir $data --ratings $size"
  fi
  # NeuMF's Adam updates whole embedding tables every step: a full epoch at 16M-32M takes 30-80 minutes here, so those
  # sizes train a share of the epoch at full table size and extrapolate (said in the results)
  case "$size" in 16m) share=0.25 ;; 32m) share=0.1 ;; *) share=1 ;; esac
  mvn -q exec:java@bench-scale -Dexec.args="--data $data --dataset ml-synth-$size --neumf-share $share"
done
