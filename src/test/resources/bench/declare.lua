-- wrk script for the declaration benchmark (docs/benchmarks.md): each line of the tasks file (written by
-- DeclarationLoadBenchmark in mode "tasks") is one signed-in session's declaration for one employee.
-- Usage: wrk -t2 -c32 -d30s --latency -s declare.lua http://127.0.0.1:18080 -- tasks.tsv FROM TO THREADS
-- Lines FROM..TO-1 are split between the wrk threads; a line is never sent twice unless the range runs out
-- (reported as "reused": a reused line replaces a declaration instead of adding one).
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  local file, from, to, n = args[1], tonumber(args[2]), tonumber(args[3]), tonumber(args[4])
  lines = {}
  local i = 0
  for line in io.lines(file) do
    if i >= from and i < to and (i - from) % n == id then
      local cookie, csrf, body = line:match("^([^\t]*)\t([^\t]*)\t(.*)$")
      table.insert(lines, wrk.format("POST", "/api/health/declarations",
        {["Cookie"] = cookie, ["X-CSRF-TOKEN"] = csrf, ["Content-Type"] = "application/json"}, body))
    end
    i = i + 1
  end
  pos = 0
  created = 0
  other = 0
  reused = 0
end

function request()
  pos = pos + 1
  if pos > #lines then reused = reused + 1 end
  return lines[((pos - 1) % #lines) + 1]
end

function response(status, headers, body)
  if status == 201 then created = created + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local c, o, r = 0, 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created"); o = o + t:get("other"); r = r + t:get("reused")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("answers 201: %d, other: %d, reused lines: %d, socket errors: %d\n", c, o, r,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("%d requests in %.1f s = %.0f declarations/s\n", summary.requests, seconds,
    summary.requests / seconds))
  io.write(string.format("latency ms p50 %.1f p90 %.1f p99 %.1f p99.9 %.1f max %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000))
end
