#!/usr/bin/env bash
# The packaged app on one synthetic release: time to readiness, RSS 20 s later, and each method's latency over HTTP
# (300 requests of 3-10 random picks after 50 warm-up ones). Without MODELS_DIR only the popular method serves (no
# trained models); with it (models-at-scale.sh trains one) every method the app serves from it is measured.
# Needs the jar (mvn -q package -DskipTests -Pproduction) and the release (run-curves.sh or exec:java@synthesize).
#   [APP_HEAP=8g] bash model-training/scale/app-at-scale.sh /tmp/scale 32m [MODELS_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
data="$1"; size="$2"; port="${PORT:-7862}"
work=$(mktemp -d)
mkdir -p "$work/data"
if [ -n "${3:-}" ]; then ln -s "$(realpath "$3")" "$work/models"; else mkdir -p "$work/models"; fi
ln -s "$(realpath "$data/ml-synth-$size")" "$work/data/ml-synth-$size"
start=$(date +%s.%N)
# APP_HEAP=8g: the heap deploy/start.sh gives on a 16 GB Space (half the memory); default half of this machine's
java $([ -n "${APP_HEAP:-}" ] && echo "-Xmx$APP_HEAP" || echo "-XX:MaxRAMPercentage=50") -jar target/reelwise-0.1.0-SNAPSHOT.jar --server.port="$port" --reelwise.data-dir="$work/data" \
  --reelwise.models-dir="$work/models" --reelwise.train-on-start=false --reelwise.fetch-on-start=false \
  "--reelwise.db.url=jdbc:h2:file:$work/db/people;AUTO_SERVER=FALSE" > "$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -sf "http://localhost:$port/actuator/health/readiness" > /dev/null; do
  kill -0 $pid 2>/dev/null || { echo "the app stopped; see its log:"; tail -20 "$work/app.log"; exit 1; }
  sleep 0.5
done
echo "ml-synth-$size: ready after $(echo "$(date +%s.%N) - $start" | bc) s"
sleep 20
echo "RSS 20 s later: $(grep VmRSS /proc/$pid/status | awk '{printf "%.1f GB", $2 / 1048576}')"
METHODS="$([ -n "${3:-}" ] && echo popular,ncf,next,content,cluster,hybrid || echo popular)" PORT="$port" python3 - <<'PY'
import json, os, random, time, urllib.error, urllib.request
url = "http://localhost:%s/api/recommendations" % os.environ["PORT"]
for method in os.environ["METHODS"].split(","):
    random.seed(42)
    times, errors, first_error = [], 0, None
    for i in range(350):
        body = json.dumps({"liked": random.sample(range(1, 1000), random.randint(3, 10)), "method": method}).encode()
        request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
        started = time.perf_counter()
        try:
            urllib.request.urlopen(request).read()
        except urllib.error.HTTPError as e:
            errors += 1
            first_error = first_error or "%d %s" % (e.code, e.read()[:200].decode(errors="replace"))
        if i >= 50:
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    print("%-8s over HTTP, 300 requests: p50 %.1f ms, p99 %.1f ms, %d errors%s" % (method, times[len(times) // 2],
          times[int(len(times) * 0.99) - 1], errors, "" if first_error is None else " (first: %s)" % first_error))
PY
echo "RSS after the requests: $(grep VmRSS /proc/$pid/status | awk '{printf "%.1f GB", $2 / 1048576}'), peak $(grep VmHWM /proc/$pid/status | awk '{printf "%.1f GB", $2 / 1048576}')"
