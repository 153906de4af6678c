-- Recording an assessment (createAssessment): BIP, all eleven items, on the open enrollments in
-- BENCH_LIST, taken in turn so that no enrollment collects many more than the others.
--   BENCH_BODY  the JSON body (instrument, today's date, ratings)
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local ids
local i
local body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = "application/json"

function init(args)
  ids = read_lines(os.getenv("BENCH_LIST"))
  i = (tid * 131) % #ids
end

function request()
  i = i % #ids + 1
  return wrk.format("POST", "/api/v1/enrollments/" .. ids[i] .. "/assessments", nil, body)
end
