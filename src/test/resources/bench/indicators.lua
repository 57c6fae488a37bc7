-- wrk script for the indicators benchmark (docs/benchmarks.md): GETs one page with a signed-in session and prints
-- p50/p90/p95/p99/max and how many answers were not 200 (a sign-in page or an error would be counted there).
-- Usage: wrk -t1 -c4 -d30s -s indicators.lua -H "Cookie: SESSION=..." http://127.0.0.1:18081/resumption/indicators
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok = 0
  other = 0
end

function response(status, headers, body)
  if status == 200 then ok = ok + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local o, x = 0, 0
  for _, t in ipairs(threads) do
    o = o + t:get("ok"); x = x + t:get("other")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("answers 200: %d, other: %d, socket errors: %d; %.1f pages/s\n", o, x,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / seconds))
  io.write(string.format("latency ms p50 %.1f p90 %.1f p95 %.1f p99 %.1f max %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
