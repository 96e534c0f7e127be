-- POST /api/recommendations with a different profile per request, for wrk (a C load generator that
-- costs the 2-core machine far less CPU than a Java client, so the server gets the cores).
-- Profiles: one JSON list of liked movie ids per line, written by RecommendBenchmark --write-profiles.
-- wrk itself reports answers other than 2xx/3xx ("Non-2xx or 3xx responses").
-- Usage: METHOD=hybrid PROFILES=profiles.txt wrk -t1 -c4 -d60s --latency -s bench/wrk-recommend.lua http://127.0.0.1:7860
local method = os.getenv("METHOD") or "hybrid"
local bodies = {}
for line in io.lines(os.getenv("PROFILES") or "profiles.txt") do
  bodies[#bodies + 1] = '{"liked":' .. line .. ',"method":"' .. method .. '","count":10}'
end
local next = 0

request = function()
  next = next % #bodies + 1
  return wrk.format("POST", "/api/recommendations", {["Content-Type"] = "application/json"}, bodies[next])
end
