#!/usr/bin/env bash
# Every model the app serves, trained on one synthetic release for the cost of serving it, then the packaged app on
# that release with those models (app-at-scale.sh: readiness, RSS, each method's p50/p99 over HTTP).
# Serving cost depends on the models' shapes (people, films, widths, trees), not on how well they learned, so each
# model trains ONE epoch, the encoder a short fine-tuning (PAIRS) and the ranker on a sample of people (RANKER_PEOPLE,
# 3,000: its serving cost is its trees), the sequential model and the taste autoencoder on the first HISTORY_PEOPLE
# (3,000: their shapes are the catalog's; at 16M one epoch of the autoencoder over everyone took 27 minutes):
# the lists are not worth judging, the costs are.
# THIN=0.1 trains on a thinned copy of the release instead (thin-release.py: every person and film, a tenth of the
# ratings; the same shapes for a tenth of the training), then serves the whole release with those models.
# NeuMF's tables update lazily (lazyEmbeddings): a dense Adam step costs the whole people x films tables.
# Needs the jar (mvn -q package -DskipTests -Pproduction) and the release (exec:java@synthesize).
#   [THIN=0.1] bash model-training/scale/models-at-scale.sh /tmp/scale 1m [MODELS_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
data="$1"; size="$2"; models="${3:-$data/models-$size}"
mkdir -p "$models"
# for the app run too (deploy/start.sh sets the same)
export DJL_OFFLINE=true OPT_OUT_TRACKING=true OMP_WAIT_POLICY=PASSIVE OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}"
train_data="$data"
if [ -n "${THIN:-}" ]; then
  train_data="$data/thin-$THIN"
  [ -f "$train_data/ml-synth-$size/ratings.csv" ] || python3 model-training/scale/thin-release.py "$data/ml-synth-$size" "$train_data/ml-synth-$size" "$THIN"
fi
started=$(date +%s)
# the image build's training command (environment, PyTorch threads, malloc thresholds), with a larger heap
TRAIN_HEAP="${TRAIN_HEAP:-12g}" /usr/bin/time -f "training peak RSS %M KB" bash deploy/train-models.sh \
  target/reelwise-0.1.0-SNAPSHOT.jar "$train_data" "$models" "ml-synth-$size" --models ncf,sequence,text,hybrid \
  --ncf epochs=1 --ncf lazyEmbeddings=true --sequence epochs=1 --taste epochs=1 --pairs "${PAIRS:-2000}" --ranker-people "${RANKER_PEOPLE:-3000}" \
  --history-people "${HISTORY_PEOPLE:-3000}"
echo "ml-synth-$size: every model trained (one epoch each${THIN:+, on a $THIN thinning}) in $(( $(date +%s) - started )) s into $models ($(du -sh "$models" | cut -f1))"
# The text model's training also builds the HNSW index and the clusters beside the catalog embeddings, where the
# app looks (TextModelManager.prebuild): without them the app built both after start, beside the requests (at 4M the
# cluster method answered 503 for the whole measured run).
bash model-training/scale/app-at-scale.sh "$data" "$size" "$models"
