-- Reference: one primary-key read of a random participant (BENCH_LIST: participant ids).
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local ids

function init(args)
  ids = read_lines(os.getenv("BENCH_LIST"))
  math.randomseed(tid * 7919)
end

function request()
  return wrk.format("GET", "/api/v1/_bench/pk/" .. ids[math.random(#ids)])
end
