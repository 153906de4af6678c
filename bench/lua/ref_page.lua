-- Reference: a 50-row page of participants after a random id (BENCH_LIST: participant ids).
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local ids

function init(args)
  ids = read_lines(os.getenv("BENCH_LIST"))
  math.randomseed(tid * 7919)
end

function request()
  return wrk.format("GET", "/api/v1/_bench/page?after=" .. ids[math.random(#ids)])
end
