-- A partner system submits referrals (submitReferral), each with its own Idempotency-Key.
--   BENCH_BODY    the JSON body
--   BENCH_RUN_ID  makes the keys unique across runs (the database keeps keys for 30 days)
-- The warm-up and the measured part are two wrk processes of the same run whose counters both
-- start at 1: the start time tells their keys apart (else the measured part would replay every
-- key the warm-up sent, and time replays instead of submissions).
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local body = os.getenv("BENCH_BODY")
local run = (os.getenv("BENCH_RUN_ID") or "") .. "-" .. tostring(os.time())
local n = 0
wrk.headers["Content-Type"] = "application/json"

function request()
  n = n + 1
  -- wrk.format uses the table given instead of wrk.headers, so copy them.
  local headers = {}
  for k, v in pairs(wrk.headers) do headers[k] = v end
  headers["Idempotency-Key"] = string.format("bench-%s-%d-%d", run, tid, n)
  return wrk.format("POST", "/api/v1/referrals", headers, body)
end
