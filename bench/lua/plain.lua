-- GET the URL given on the command line (trivial JSON, caseload): only the token is added.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
