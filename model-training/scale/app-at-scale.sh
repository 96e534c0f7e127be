#!/usr/bin/env bash
# The packaged app on one synthetic release alone, no trained models: time to readiness, RSS 20 s later, and the
# popular method's latency over HTTP (300 requests of 3-10 random picks after 50 warm-up ones). Needs the jar
# (mvn -q package -DskipTests -Pproduction) and the release (run-curves.sh or exec:java@synthesize).
#   bash model-training/scale/app-at-scale.sh /tmp/scale 32m
set -euo pipefail
cd "$(dirname "$0")/../.."
data="$1"; size="$2"; port="${PORT:-7862}"
work=$(mktemp -d)
mkdir -p "$work/data" "$work/models"
ln -s "$(realpath "$data/ml-synth-$size")" "$work/data/ml-synth-$size"
start=$(date +%s.%N)
java -XX:MaxRAMPercentage=50 -jar target/reelwise-0.1.0-SNAPSHOT.jar --server.port="$port" --reelwise.data-dir="$work/data" \
  --reelwise.models-dir="$work/models" --reelwise.train-on-start=false --reelwise.fetch-on-start=false \
  "--reelwise.db.url=jdbc:h2:file:$work/db/people;AUTO_SERVER=FALSE" > "$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf "http://localhost:$port/actuator/health/readiness" > /dev/null; do
  kill -0 $pid 2>/dev/null || { echo "the app stopped; see its log:"; tail -20 "$work/app.log"; exit 1; }
  sleep 0.5
done
echo "ml-synth-$size: ready after $(echo "$(date +%s.%N) - $start" | bc) s"
sleep 20
echo "RSS 20 s later: $(grep VmRSS /proc/$pid/status | awk '{printf "%.1f GB", $2 / 1048576}')"
PORT="$port" python3 - <<'PY'
import json, os, random, time, urllib.request
random.seed(42)
url = "http://localhost:%s/api/recommendations" % os.environ["PORT"]
times = []
for i in range(350):
    body = json.dumps({"liked": random.sample(range(1, 1000), random.randint(3, 10)), "method": "popular"}).encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    started = time.perf_counter()
    urllib.request.urlopen(request).read()
    if i >= 50:
        times.append((time.perf_counter() - started) * 1000)
times.sort()
print("popular over HTTP, 300 requests: p50 %.1f ms, p99 %.1f ms" % (times[len(times) // 2], times[int(len(times) * 0.99) - 1]))
PY
