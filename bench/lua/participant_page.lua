-- A coordinator opens participants' pages: each page is five calls, walked in order —
-- getParticipant, listParticipantEnrollments, and for the participant's enrollment listInterventions,
-- listAssessments and getActionPlan. BENCH_LIST: "participantId enrollmentId" lines (the
-- coordinator's participants). With BENCH_WITH_CASELOAD=1 a getCaseload call is added to each walk
-- (the JVM warm-up uses that).
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local pages
local page, step = 1, 0
local with_caseload = os.getenv("BENCH_WITH_CASELOAD") == "1"

function init(args)
  pages = {}
  for _, l in ipairs(read_lines(os.getenv("BENCH_LIST"))) do
    pages[#pages + 1] = words(l)
  end
  page = 1 + (tid * 17) % #pages
end

function request()
  local p = pages[page]
  step = step + 1
  local path
  if step == 1 then
    path = "/api/v1/participants/" .. p[1]
  elseif step == 2 then
    path = "/api/v1/participants/" .. p[1] .. "/enrollments"
  elseif step == 3 then
    path = "/api/v1/enrollments/" .. p[2] .. "/interventions"
  elseif step == 4 then
    path = "/api/v1/enrollments/" .. p[2] .. "/assessments"
  elseif step == 5 then
    path = "/api/v1/enrollments/" .. p[2] .. "/plan"
  else
    path = "/api/v1/caseload"
  end
  if step >= (with_caseload and 6 or 5) then
    step = 0
    page = page % #pages + 1
  end
  return wrk.format("GET", path)
end
