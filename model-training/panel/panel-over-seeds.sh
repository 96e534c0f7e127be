#!/usr/bin/env bash
# The taste panel over ranker seeds. A panel that passes at one seed may fail at the next (model-training/eval/README.md):
# for each seed this retrains only the hybrid's ranker, beside links to the newest NeuMF, sequential, taste, star and
# text models under MODELS_DIR, serves it from the packaged jar and runs the panel through the API. Extra arguments go
# to the training command (e.g. --ranker maxDepth=4). Needs the jar (mvn -q package -DskipTests -Pproduction).
#   bash model-training/panel/panel-over-seeds.sh ../shared/datasets models "42 43 44 45 46" [--ranker key=value ...]
# Prints one line per seed; each seed's lists stay in OUT (default: a new temporary folder, printed first).
set -euo pipefail
cd "$(dirname "$0")/../.."
data="$(realpath "$1")"; models="$(realpath "$2")"; seeds="$3"; shift 3
port="${PORT:-7863}"
out="${OUT:-$(mktemp -d)}"
mkdir -p "$out"
echo "panel over ranker seeds $seeds; lists and logs in $out"
export DJL_OFFLINE=true OPT_OUT_TRACKING=true
mvn -q compile
for seed in $seeds; do
  dir="$out/models-$seed"
  rm -rf "$dir"; mkdir -p "$dir"
  for m in ncf sequence next taste stars text; do if [ -e "$models/$m" ]; then ln -s "$models/$m" "$dir/$m"; fi; done
  mvn -q exec:java@train -Dexec.args="--data $data --dataset ml-latest-small --models hybrid --out $dir --seed $seed $*" \
    > "$out/train-$seed.log" 2>&1 || { echo "seed $seed: training failed, see $out/train-$seed.log"; exit 1; }
  java -XX:MaxRAMPercentage=50 -jar target/reelwise-0.1.0-SNAPSHOT.jar --server.port="$port" --reelwise.data-dir="$data" \
    --reelwise.models-dir="$dir" --reelwise.train-on-start=false --reelwise.fetch-on-start=false \
    "--reelwise.db.url=jdbc:h2:file:$out/db-$seed/people;AUTO_SERVER=FALSE" > "$out/app-$seed.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null || true' EXIT
  # ready when the hybrid ranker and the content model say so; a model the app cannot use (a jar older than the
  # ranker's features, say) ends the run with the app's reason instead of waiting forever
  while true; do
    state=$(curl -sf "http://localhost:$port/api/models" | python3 -c '
import json, sys
items = {i["model"]: i for i in json.load(sys.stdin)["items"]}
needed = ("Hybrid ranker", "Content (sentence encoder)")
broken = [m + ": " + items[m]["message"] for m in needed if items.get(m, {}).get("state") == "UNAVAILABLE"]
ready = all(items.get(m, {}).get("state") == "READY" for m in needed)
print("broken " + " | ".join(broken) if broken else "ready" if ready else "waiting")' 2>/dev/null || echo waiting)
    [ "$state" = ready ] && break
    case "$state" in broken*) echo "seed $seed: ${state#broken }"; exit 1;; esac
    kill -0 $pid 2>/dev/null || { echo "seed $seed: the app stopped, see $out/app-$seed.log"; exit 1; }
    sleep 1
  done
  mvn -q exec:java@taste-panel -Dexec.args="--url http://localhost:$port --method hybrid" > "$out/panel-$seed.txt" 2>&1 || true
  kill $pid; wait $pid 2>/dev/null || true
  echo "seed $seed: $(grep -ao 'best round [0-9]*' "$out/train-$seed.log"); $(grep -a 'profiles pass' "$out/panel-$seed.txt");" \
    "expected films found $(grep -oaE 'expected in top 20: [0-9]+' "$out/panel-$seed.txt" | awk '{s += $5} END {print s}');" \
    "failing: $(grep -a '^FAIL' "$out/panel-$seed.txt" | cut -c6-33 | sed 's/ *$//' | paste -sd ';' -)"
done
