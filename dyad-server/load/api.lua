-- wrk script for Dyad's API load check: rotates through the request paths named by the PATHS
-- environment variable (space-separated), counts answers that are not 200, and prints one line
-- with requests/s, p50, p95 and p99 latency and the error count.
local paths = {}
for path in string.gmatch(os.getenv("PATHS") or "/api/health", "%S+") do
  paths[#paths + 1] = path
end
local counter = 0
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  failures = 0
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function response(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("failures")
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f non200=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, failed, errors))
end
