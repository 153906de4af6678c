-- Reports (issue #7): GET the report path in BENCH_REPORT_PATH (query string included) on the URL
-- given on the command line, e.g. /api/v1/reports/summary?projectId=...&from=...&to=... for a
-- project's year, or without projectId for the whole federation, with the comparison period the
-- web app asks for by default (bench.sh report_query); the naive reference is
-- /api/v1/_bench/reports/naive with the same query. Every request is the same: the backend caches
-- no report answers, so each one computes its figures (a cache would need the period varied here).
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

local path = os.getenv("BENCH_REPORT_PATH")

function request()
  return wrk.format("GET", path)
end
