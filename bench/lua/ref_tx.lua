-- Reference: one transaction reading a random participant row FOR UPDATE and writing it back.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local ids

function init(args)
  ids = read_lines(os.getenv("BENCH_LIST"))
  math.randomseed(tid * 7919)
end

function request()
  return wrk.format("POST", "/api/v1/_bench/tx/" .. ids[math.random(#ids)], nil, "")
end
