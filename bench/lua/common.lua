-- Shared by every scenario (loaded with dofile): the bearer token, per-thread set-up, error
-- capture and the one machine-readable result line bench.sh parses.
--   BENCH_CHECK_ANSWERS 1: look at every answer (count those not 2xx, keep the first); see below
--   BENCH_TOKEN   access token sent as "Authorization: Bearer ..." on every request
--   BENCH_LIST    a file of lines the scenario picks from (ids), when the scenario needs one
local token = os.getenv("BENCH_TOKEN")
if token and #token > 0 then
  wrk.headers["Authorization"] = "Bearer " .. token
end
wrk.headers["Accept"] = "application/json"

function read_lines(path)
  local t = {}
  if not path or path == "" then return t end
  for l in io.lines(path) do
    if #l > 0 then t[#t + 1] = l end
  end
  return t
end

function words(s)
  local t = {}
  for w in s:gmatch("%S+") do t[#t + 1] = w end
  return t
end

local threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("tid", thread_count)
  threads[#threads + 1] = thread
end

-- Per thread (each has its own Lua state).
bad = 0
first_bad = nil

-- wrk hands a response's headers and body to Lua only while `response` is defined, and doing so
-- costs the load generator (on the same two cores as everything measured) in proportion to the
-- answer: 48 against 22 µs of wrk's CPU per participant-page call, against 14 either way for the
-- primary-key read. So only runs with BENCH_CHECK_ANSWERS=1 (bench.sh's warm-ups) look at every
-- answer, count any that is not 2xx and keep the first; a measured run relies on wrk's own count
-- (socket errors and answers of 400 and above).
if os.getenv("BENCH_CHECK_ANSWERS") == "1" then
  function response(status, headers, body)
    if status >= 300 then
      bad = bad + 1
      if first_bad == nil then
        first_bad = tostring(status) .. " " .. string.sub(body or "", 1, 300)
      end
    end
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local bad_total, sample = 0, nil
  for _, t in ipairs(threads) do
    bad_total = bad_total + (t:get("bad") or 0)
    sample = sample or t:get("first_bad")
  end
  local secs = summary.duration / 1e6
  -- non2xx only where the answers were checked (see response above).
  io.write(string.format(
    "BENCH_RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d%s\n",
    summary.requests, secs, summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.timeout + e.status, response and (" non2xx=" .. bad_total) or ""))
  if sample then
    io.write("BENCH_FIRST_ERROR " .. string.gsub(sample, "%s+", " ") .. "\n")
  end
end
