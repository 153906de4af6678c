#!/usr/bin/env bash
# `make bench`: generates national-scale data, drives the production build of the backend with wrk
# (real Keycloak tokens), measures the ceiling of this stack on this machine in the same run
# (reference endpoints built only into the benchmark's own build), prints a table and writes
# bench/RESULTS.md. Everything listens on 127.0.0.1; every wait is bounded; everything this script
# starts, it stops.
#
# Environment (defaults):
#   BENCH_SIZES        "1000 100000"  participant counts, one database each; the LAST size runs every
#                      scenario, the others only BENCH_FLAT_SCENARIOS (latency flat with size)
#   BENCH_SEED         20261122       generator seed
#   BENCH_WARMUP       5s             wrk warm-up before each scenario (not measured)
#   BENCH_WRITE_WARMUP 45s            the same before the write scenarios (ref_tx assessment referral):
#                      the JVM warm-up runs none of their code. After 5 s the JIT was still compiling
#                      it (C2 took 40 % of the backend's CPU in the first 15 s of assessments), and
#                      assessments kept getting cheaper for minutes (backend 1.9 -> 0.75 ms each)
#   BENCH_DURATION     15s            measured time per scenario
#   BENCH_JVM_WARMUP   60s            mixed warm-up after each backend start: the JIT kept raising the
#                      participant page's throughput for about a minute (4,300 -> 8,400 req/s)
#   BENCH_CONNECTIONS  32   BENCH_THREADS 2   wrk connections and threads
#   BENCH_SCENARIOS    every scenario of SCENARIO_TABLE below (ref_json ref_json_auth ref_pk ref_page ref_tx
#                      caseload participant_page assessment referral report_project report_federation)
#   BENCH_FLAT_SCENARIOS the table's scenarios with a flat<= target (caseload participant_page)
#   BENCH_JAVA_OPTS    ""             JVM options added after the production run's backend/jvm.options
#                      (with MALLOC_ARENA_MAX=2, as the Dockerfile and scripts/run.sh start it)
#   BENCH_MARIADB_PORT 3327 (data .data/bench-mariadb)  BENCH_KEYCLOAK_PORT 8290 (in-memory realm)
#   BENCH_BACKEND_PORT 8281  BENCH_INNODB_BUFFER_POOL 1G
#   BENCH_TIME_LIMIT   1500           seconds; scenarios that would end after it are skipped (a bound for
#                      a badly overloaded machine: a quiet one runs everything in 10-12 minutes)
#   BENCH_REUSE_DATA   0              1: keep a size's database from an earlier run of the same seed and day
#                      instead of generating it again (saves the 3-4 minutes of 100,000; the earlier
#                      run's writes stay in it)
#   BENCH_RESULTS      bench/RESULTS.md
set -uo pipefail
# Read whole before running (the closing brace is at the end): editing this file during a run cannot change it.
{

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/lib.sh
source "$BENCH_DIR/../scripts/lib.sh"
# shellcheck source=scripts/build.sh
source "$ROOT/scripts/build.sh"

SIZES=(${BENCH_SIZES:-1000 100000})
SEED="${BENCH_SEED:-20261122}"
WARMUP="${BENCH_WARMUP:-5s}"
WRITE_WARMUP="${BENCH_WRITE_WARMUP:-45s}"
WRITE_SCENARIOS=" ref_tx assessment referral "
DURATION="${BENCH_DURATION:-15s}"
JVM_WARMUP="${BENCH_JVM_WARMUP:-60s}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-2}"
# The production run's options, spelled out so that RESULTS.md shows them.
JAVA_OPTS="$(grep -v '^#' "$ROOT/backend/jvm.options" | xargs) ${BENCH_JAVA_OPTS:-}"
MARIADB_PORT="${BENCH_MARIADB_PORT:-3327}"
KEYCLOAK_PORT="${BENCH_KEYCLOAK_PORT:-8290}"
BACKEND_PORT="${BENCH_BACKEND_PORT:-8281}"
BUFFER_POOL="${BENCH_INNODB_BUFFER_POOL:-1G}"
TIME_LIMIT="${BENCH_TIME_LIMIT:-1500}"
REUSE_DATA="${BENCH_REUSE_DATA:-0}"
RESULTS_MD="${BENCH_RESULTS:-$BENCH_DIR/RESULTS.md}"
BUILD_DIR="$BENCH_DIR/.build"
WORK="$BENCH_DIR/.work"
LUA="$BENCH_DIR/lua"
MDB_HOME="$CACHE_DIR/mariadb-11.4.5"
OIDC="http://localhost:$KEYCLOAK_PORT/realms/stegvis"
TOKEN_URL="$OIDC/protocol/openid-connect/token"
BASE="http://127.0.0.1:$BACKEND_PORT"
RUN_ID="$(date +%Y%m%d%H%M%S)-$$"
T_START=$(date +%s)

MARIADB_DATA_DIR="$DATA_DIR/bench-mariadb"
mariadb_env=(MARIADB_PORT="$MARIADB_PORT" MARIADB_DATA="$MARIADB_DATA_DIR" MARIADB_DB=stegvis_bench)
keycloak_env=(KEYCLOAK_PORT="$KEYCLOAK_PORT" KEYCLOAK_MGMT_PORT="$((KEYCLOAK_PORT + 1000))" KEYCLOAK_DATA=mem)
started=()
backend_pid=""
wrk_pid=""
keycloak_start_pid=""

stop_backend() {
  if [[ -n "$backend_pid" ]] && kill -0 "$backend_pid" 2>/dev/null; then
    kill -TERM "$backend_pid" 2>/dev/null
    local i=0
    # A child that has exited stays a zombie until waited for, so look at its state.
    while ((i < 150)) && [[ -e "/proc/$backend_pid" ]] && [[ "$(awk '{print $3}' "/proc/$backend_pid/stat" 2>/dev/null)" != Z ]]; do
      sleep 0.2
      i=$((i + 1))
    done
    ((i < 150)) || kill -KILL "$backend_pid" 2>/dev/null
    wait "$backend_pid" 2>/dev/null
  fi
  backend_pid=""
}

cleanup() {
  trap - EXIT INT TERM
  [[ -n "$wrk_pid" ]] && kill -TERM "$wrk_pid" 2>/dev/null
  # Keycloak's start may still be under way (it is bounded by KEYCLOAK_TIMEOUT): once it has ended,
  # its pid file names the process to stop.
  [[ -n "$keycloak_start_pid" ]] && wait "$keycloak_start_pid" 2>/dev/null
  stop_backend
  for ((i = ${#started[@]} - 1; i >= 0; i--)); do
    case "${started[i]}" in
      mariadb) env "${mariadb_env[@]}" "$ROOT/scripts/mariadb.sh" stop ;;
      keycloak) env "${keycloak_env[@]}" "$ROOT/scripts/keycloak.sh" stop ;;
    esac
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
sql() {
  LD_LIBRARY_PATH="$MDB_HOME/libs" timeout 120 "$MDB_HOME/bin/mariadb" --no-defaults --skip-ssl --protocol=TCP \
    -h 127.0.0.1 -P "$MARIADB_PORT" -u root "$@"
}
seconds() { # "20s" / "1m" / "20" -> seconds
  local v="$1"
  case "$v" in *m) echo $((${v%m} * 60)) ;; *s) echo "${v%s}" ;; *) echo "$v" ;; esac
}
elapsed() { echo $(($(date +%s) - T_START)); }

# --- Tools -------------------------------------------------------------------------------------
pick_java
if ! command -v wrk >/dev/null; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    log "installing wrk (Debian package)"
    apt-get install -y wrk >/dev/null || die "apt-get install wrk failed"
  else
    die "wrk is missing: apt-get install wrk"
  fi
fi

# The benchmark's own build: a copy of backend/ built with the reference endpoints
# (se.stegvis.bench, -Dstegvis.bench.enabled=true) into bench/.build — never backend/target.
build_bench_backend() {
  local jar="$BUILD_DIR/backend/target/quarkus-app/quarkus-run.jar"
  if newer_than "$jar" "$ROOT/backend/src/main" "$ROOT/backend/pom.xml" "$ROOT/openapi.yaml"; then
    log "benchmark build is up to date ($BUILD_DIR)"
    return 0
  fi
  log "building the backend with the reference endpoints into $BUILD_DIR (production build)"
  rm -rf "$BUILD_DIR/backend/src"
  mkdir -p "$BUILD_DIR/backend"
  tar -C "$ROOT/backend" --exclude=./target -cf - . | tar -C "$BUILD_DIR/backend" -xf - || die "copying backend/ failed"
  cp "$ROOT/openapi.yaml" "$BUILD_DIR/openapi.yaml"
  (cd "$BUILD_DIR/backend" && timeout 900 ./mvnw -B -q package -Dmaven.test.skip=true -Dstegvis.bench.enabled=true \
    >"$BUILD_DIR/build.log" 2>&1) || {
    tail -n 30 "$BUILD_DIR/build.log" >&2
    die "the benchmark build failed (log: $BUILD_DIR/build.log)"
  }
  touch "$jar"
}
JAR="$BUILD_DIR/backend/target/quarkus-app/quarkus-run.jar"

# --- Servers -----------------------------------------------------------------------------------
mkdir -p "$WORK"
if ! listening "$MARIADB_PORT"; then
  env "${mariadb_env[@]}" "$ROOT/scripts/mariadb.sh" start || die "MariaDB did not start"
  started+=(mariadb)
fi
sql -e "SET GLOBAL innodb_buffer_pool_size = $(numfmt --from=iec "$BUFFER_POOL")" || log "could not resize the buffer pool"
# Keycloak starts while the backend is built: each takes about half a minute, mostly waiting.
if ! listening "$KEYCLOAK_PORT"; then
  started+=(keycloak)
  env "${keycloak_env[@]}" "$ROOT/scripts/keycloak.sh" start >"$WORK/keycloak-start.log" 2>&1 &
  keycloak_start_pid=$!
fi
build_bench_backend
if [[ -n "$keycloak_start_pid" ]]; then
  wait "$keycloak_start_pid"
  keycloak_started=$?
  keycloak_start_pid=""
  cat "$WORK/keycloak-start.log" >&2
  ((keycloak_started == 0)) || die "Keycloak did not start"
fi

token_for() { # user (password grant through the development client) or client:secret
  local out
  if [[ "$1" == *:* ]]; then
    out=$(curl -fsS --max-time 20 -d grant_type=client_credentials -d "client_id=${1%%:*}" -d "client_secret=${1#*:}" "$TOKEN_URL")
  else
    out=$(curl -fsS --max-time 20 -d grant_type=password -d client_id=stegvis-dev-cli -d "username=$1" -d password=stegvis \
      -d scope=openid "$TOKEN_URL")
  fi || return 1
  python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])' <<<"$out"
}

start_backend() { # DB
  local db="$1"
  log "starting the backend (production build) on :$BACKEND_PORT against $db"
  # The partner rate limit (120 requests a minute per client) is a policy, not a capacity: the
  # referral scenario measures how fast intake is, so the limit is off for the benchmark.
  # The scheduled rebuild of the report summary tables is off too: it runs at start and every five
  # minutes, tens of seconds of heavy SQL at 100,000 participants that would land on whichever
  # scenarios run then (report_reference rebuilds the tables explicitly before the reports).
  # Audit entries are sealed into the hash chain 5 s after they are written instead of 90 s (the
  # production margin for transactions still in flight on other instances; here there is one
  # instance and no transaction lasts seconds), so that each scenario pays for sealing its own
  # entries instead of the next one: with 90 s the caseload's entries were sealed during the
  # participant page and the reference scenarios.
  STEGVIS_AUDIT_SEAL_AFTER=5s \
  DB_URL="jdbc:mariadb://127.0.0.1:$MARIADB_PORT/$db" DB_USER=root DB_PASSWORD="" OIDC_URL="$OIDC" \
    PORT="$BACKEND_PORT" HTTP_HOST=127.0.0.1 SPA_ORIGIN="http://localhost:$BACKEND_PORT" \
    CRYPTO_KEY_1="$(head -c 32 /dev/urandom | base64)" CRYPTO_HASH_KEY="$(head -c 32 /dev/urandom | base64)" \
    RATE_LIMIT_ENABLED=false REPORTS_REFRESH_EVERY=off MALLOC_ARENA_MAX=2 java $JAVA_OPTS -jar "$JAR" >"$WORK/backend-$db.log" 2>&1 </dev/null &
  backend_pid=$!
  wait_for_url "$BASE/q/health/ready" 180 "the backend" || {
    tail -n 30 "$WORK/backend-$db.log" >&2
    die "the backend did not become ready (log: $WORK/backend-$db.log)"
  }
}

# The warm-up writes an audit entry per request (hundreds of thousands in a minute); sealing them
# into the hash chain takes seconds of database work (tens of seconds before V100), which without
# this wait fell on the first scenarios measured (the references) and lowered them. Bounded to 180 s.
wait_for_seal() { # SIZE DB
  local size="$1" db="$2" left waited=0
  while ((waited < 180)); do
    left=$(sql -N "$db" -e "SELECT COUNT(*) FROM audit_event WHERE id > (SELECT COALESCE(MAX(event_id), 0) FROM audit_seal)" 2>/dev/null || echo 0)
    ((left < 1000)) && break
    sleep 2
    waited=$((waited + 2))
  done
  log "[$size] the warm-up's audit entries sealed (${waited}s; ${left} left)"
}

rss_mib() { awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$backend_pid/status" 2>/dev/null; }
peak_mib() { awk '/^VmHWM/ {printf "%d", $2 / 1024}' "/proc/$backend_pid/status" 2>/dev/null; }

# Where the CPU went during a measured part: the machine's busy and idle clock ticks (/proc/stat),
# and the ticks of the backend and of MariaDB (/proc/PID/stat). What is busy but neither is "rest":
# wrk, the kernel's network work not charged to a process, Keycloak and anything else running.
proc_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
cpu_snapshot() {
  local mariadb_pid
  mariadb_pid=$(cat "$MARIADB_DATA_DIR/mariadbd.pid" 2>/dev/null)
  echo "$(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6}' /proc/stat) $(proc_ticks "$backend_pid") $(proc_ticks "${mariadb_pid:-none}")"
}
# cpu_per_request BEFORE AFTER REQUESTS -> "backend_us mariadb_us rest_us idle_pct" (tab-separated)
cpu_per_request() {
  awk -v a="$1" -v b="$2" -v n="$3" -v hz="$(getconf CLK_TCK)" 'BEGIN {
    split(a, x, " "); split(b, y, " ")
    busy = y[1] - x[1]; idle = y[2] - x[2]; be = y[3] - x[3]; db = y[4] - x[4]
    if (n <= 0 || busy + idle <= 0) { print "-\t-\t-\t-"; exit }
    us = 1e6 / hz / n
    # The machine counters and the process counters are kept apart by the kernel and differ by a
    # little; with the cores half idle the rest can come out below zero, and is shown as 0.
    rest = busy - be - db
    printf "%.0f\t%.0f\t%.0f\t%.0f\n", be * us, db * us, (rest > 0 ? rest : 0) * us, 100 * idle / (busy + idle)
  }'
}

# run_wrk SCRIPT URL DURATION OUT [CONNECTIONS]: wrk, bounded by timeout; prints its output.
run_wrk() {
  local script="$1" url="$2" dur="$3" out="$4" conns="${5:-$CONNECTIONS}"
  BENCH_LUA_DIR="$LUA" timeout $(($(seconds "$dur") + 30)) wrk -t"$((conns < THREADS ? conns : THREADS))" -c"$conns" -d"$dur" --latency \
    --timeout 10s -s "$LUA/$script" "$url" >"$out" 2>&1 &
  wrk_pid=$!
  wait "$wrk_pid"
  wrk_pid=""
}

# --- Scenarios ---------------------------------------------------------------------------------
# One row per scenario; to add one, add a row (and, if it posts a body, a body_<name> function).
#   name     scenario id (BENCH_SCENARIOS picks from these; results and RESULTS.md use it)
#   lua      script in bench/lua (common.lua adds the token and the result line)
#   path     URL path the script is started with (scripts that build their own paths take "/")
#   user     who calls: a demo user (password grant) or client:secret (client credentials)
#   list     file of ids in the size's lists directory (bench/generate.sh writes them), or -
#   per      HTTP requests per unit (a participant page is five calls), for the units/s column
#   conns    wrk connections, or - for BENCH_CONNECTIONS. The reports run with 1: their target compares
#            medians with the naive SQL, which is timed one run at a time, so they are timed the same way
#   targets  comma-separated, or -:  rps>=R*REF  throughput at least R times scenario REF's;
#            p50<=R*REF  median latency at most R times REF's;  flat<=F  p50 at the largest size
#            at most F times that at the smallest (run at every size, see BENCH_SIZES)
#   label    the rest of the line: how RESULTS.md names it
# Scenarios run in the table's order. The reports come before the writes: the naive SQL they are
# compared with is timed on the generated data, and the write scenarios add thousands of referrals
# and assessments to one project in a minute, so both must see the same rows.
SCENARIO_TABLE="
ref_json          plain.lua             /api/v1/_bench/json       anna                              -                    1 - -                           ref: trivial JSON (no DB)
ref_json_auth     plain.lua             /api/v1/_bench/json-auth  anna                              -                    1 - -                           ref: trivial JSON + token check
ref_pk            ref_pk.lua            /                         anna                              participants.txt     1 - -                           ref: primary-key read
ref_page          ref_page.lua          /                         anna                              participants.txt     1 - -                           ref: 50-row page
ref_tx            ref_tx.lua            /                         anna                              participants.txt     1 - -                           ref: 1-row read+write transaction
caseload          plain.lua             /api/v1/caseload          anna                              -                    1 - rps>=0.60*ref_page,flat<=1.2  getCaseload (anna, ~40 + flags)
participant_page  participant_page.lua  /                         anna                              pages.txt            5 - rps>=0.40*ref_pk,flat<=1.2    participant page (5 calls)
report_project    report.lua            /                         sara                              -                    1 1 p50<=0.10*naive_report_project     period summary, one project, a year
report_federation report.lua            /                         sara                              -                    1 1 p50<=0.10*naive_report_federation  period summary, the federation, a year
assessment        assessment.lua        /                         maria                             open-enrollments.txt 1 - rps>=0.50*ref_tx            createAssessment (BIP, 11 items)
referral          referral.lua          /                         partner-af:dev-partner-af-secret  -                    1 - rps>=0.50*ref_tx            submitReferral + Idempotency-Key
"
# The JVM warm-up after each backend start: participant pages with a caseload call in each walk.
WARMUP_ROW="warmup participant_page.lua / anna pages.txt 1 - - JVM warm-up"

scenario_row() { # NAME -> the table's row
  awk -v n="$1" '$1 == n' <<<"$SCENARIO_TABLE" | head -n 1
}

body_assessment() { # LISTS_DIR
  echo "{\"instrumentId\":\"20000000-0000-0000-0000-000000000001\",\"assessedOn\":\"$TODAY\",\"ratings\":$(cat "$1/bip-ratings.json")}"
}

body_referral() { # LISTS_DIR
  local target_project target_mun
  read -r target_project target_mun <"$1/referral-target.txt"
  echo "{\"projectId\":\"$target_project\",\"municipalityCode\":\"$target_mun\",\"person\":{\"sex\":\"female\",\"birthYear\":1985,\"homeMunicipalityCode\":\"$target_mun\"},\"caseworker\":{\"name\":\"Lars Ek\",\"organisationId\":\"40000000-0000-0000-0000-000000000002\",\"email\":\"lars.ek@example.se\"},\"reason\":\"Långvarigt utanför arbetsmarknaden, behöver samordnat stöd från flera parter.\",\"knownToOrganisationIds\":[\"40000000-0000-0000-0000-000000000002\",\"40000000-0000-0000-0000-000000000003\"],\"consent\":{\"purposes\":[\"participation_sharing\",\"sus\"],\"givenOn\":\"$TODAY\",\"organisationIds\":[\"40000000-0000-0000-0000-000000000002\"]}}"
}

TABLE_NAMES=($(awk 'NF {print $1}' <<<"$SCENARIO_TABLE"))
ALL_SCENARIOS=(${BENCH_SCENARIOS:-${TABLE_NAMES[*]}})
FLAT_SCENARIOS=(${BENCH_FLAT_SCENARIOS:-$(awk 'NF && $8 ~ /flat/ {print $1}' <<<"$SCENARIO_TABLE")})
for name in "${ALL_SCENARIOS[@]}" "${FLAT_SCENARIOS[@]}"; do
  [[ -n "$(scenario_row "$name")" ]] || die "unknown scenario $name (see SCENARIO_TABLE in bench/bench.sh)"
done

# scenario_setup NAME LISTS_DIR -> exports BENCH_TOKEN/BENCH_LIST/BENCH_BODY, sets S_SCRIPT S_URL S_PER
scenario_setup() {
  local name="$1" lists="$2" row _n path list targets label
  unset BENCH_LIST BENCH_BODY BENCH_WITH_CASELOAD BENCH_REPORT_PATH
  export BENCH_RUN_ID="$RUN_ID"
  TODAY=$(TZ=Europe/Stockholm date +%F)
  if [[ "$name" == warmup ]]; then row="$WARMUP_ROW" BENCH_WITH_CASELOAD=1; else row=$(scenario_row "$name"); fi
  [[ -n "$row" ]] || die "unknown scenario $name (see SCENARIO_TABLE in bench/bench.sh)"
  read -r _n S_SCRIPT path S_USER list S_PER S_CONNS targets label <<<"$row"
  [[ "$S_CONNS" != - ]] || S_CONNS="$CONNECTIONS"
  S_URL="$BASE${path%/}"
  [[ "$list" == - ]] || BENCH_LIST="$lists/$list"
  if declare -F "body_$name" >/dev/null; then BENCH_BODY=$("body_$name" "$lists"); fi
  [[ "$name" != report_* ]] || BENCH_REPORT_PATH="/api/v1/reports/summary?$(report_query "$name" "$lists")"
  export BENCH_LIST BENCH_BODY BENCH_WITH_CASELOAD BENCH_REPORT_PATH
  BENCH_TOKEN=$(token_for "$S_USER") || die "no token for $S_USER from $TOKEN_URL"
  export BENCH_TOKEN
}

# report_query SCENARIO LISTS_DIR: the last year up to today, for one project or the whole federation,
# with the comparison period the SPA asks for by default ("previous": the equally long stretch that
# ends the day before, utils.ts previousPeriod). The naive reference ignores the comparison: it
# computes the period only, so the target is, if anything, harder than the ratio suggests.
report_query() {
  local target_project target_mun from cto cfrom
  read -r target_project target_mun <"$2/referral-target.txt"
  from=$(date -d "$TODAY -1 year +1 day" +%F)
  cto=$(date -d "$from -1 day" +%F)
  cfrom=$(date -d "$cto -$(( ($(date -d "$TODAY" +%s) - $(date -d "$from" +%s)) / 86400 )) days" +%F)
  if [[ "$1" == report_project ]]; then echo "projectId=$target_project&from=$from&to=$TODAY&compareFrom=$cfrom&compareTo=$cto"
  else echo "from=$from&to=$TODAY&compareFrom=$cfrom&compareTo=$cto"; fi
}

# The reports read summary tables the backend rebuilds every few minutes: rebuild them after the
# bulk load, then time the naive SQL of the same figures over the raw rows (up to three sequential
# runs, median), too slow at national scale to drive with wrk. Each median becomes the p50 of a
# reference row (naive_report_*) that the report scenarios' targets compare with.
report_reference() { # SIZE LISTS_DIR
  local size="$1" lists="$2" name ms runs median out
  TODAY=$(TZ=Europe/Stockholm date +%F)
  out=$(curl -fsS --max-time 1800 -X POST "$BASE/api/v1/_bench/reports/refresh") || { log "[$size] report summary rebuild failed"; return; }
  GEN_INFO+=("$size participants: report summary tables rebuilt in $(sed -n 's/.*"ms":\([0-9]*\).*/\1/p' <<<"$out") ms")
  for name in report_project report_federation; do
    runs=()
    for _ in 1 2 3; do
      ms=$(curl -fsS -o /dev/null -w '%{time_total}' --max-time 120 \
        "$BASE/api/v1/_bench/reports/naive?$(report_query "$name" "$lists")") || { runs+=(120); break; }
      runs+=("$ms")
      # A run over 3 s is not repeated: the federation's full scan (5-10 s at 100,000) varies by a
      # few percent between runs, against a target with a margin of half; the project's (40-90 ms)
      # varies by half, so it is timed three times and the median kept.
      awk -v t="$ms" 'BEGIN {exit !(t > 3)}' && break
    done
    median=$(printf '%s\n' "${runs[@]}" | sort -g | sed -n "$(((${#runs[@]} + 1) / 2))p")
    printf '%s\tnaive_%s\t-\t-\t%.1f\t-\t0\t-\t-\t-\t-\t-\n' "$size" "$name" "$(awk -v t="$median" 'BEGIN {print t * 1000}')" >>"$RESULTS_TSV"
    log "[$size] naive SQL for $name: ${runs[*]} s"
  done
}

field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<"$2" | head -n 1; }

RESULTS_TSV="$WORK/results-$RUN_ID.tsv"
printf 'size\tscenario\trps\tunit_rate\tp50_ms\tp99_ms\terrors\trss_mib\tbackend_us\tmariadb_us\trest_us\tidle_pct\n' >"$RESULTS_TSV"
GEN_INFO=()
LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg)"
dur_s=$(seconds "$DURATION")
skipped=()

last_size="${SIZES[${#SIZES[@]} - 1]}"
for size in "${SIZES[@]}"; do
  db="stegvis_bench_$size"
  lists="$WORK/lists-$size"
  if [[ "$REUSE_DATA" == 1 && -s "$lists/counts.txt" && -s "$lists/seed.txt" && "$(cat "$lists/seed.txt")" == "$SEED $(TZ=Europe/Stockholm date +%F)" ]] &&
    [[ -n "$(sql -N -e "SHOW DATABASES LIKE '$db'")" ]]; then
    log "[$size] reusing $db and its lists from an earlier run (BENCH_REUSE_DATA=1)"
    start_backend "$db"
    GEN_INFO+=("$size participants: reused from an earlier run of the same seed and day (generated then in $(cat "$lists/generate-seconds.txt") s) — $(cat "$lists/counts.txt")")
  else
    sql -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" ||
      die "cannot create $db"
    rm -rf "$lists"
    start_backend "$db" # Flyway migrates the empty database
    BENCH_DB="$db" BENCH_MARIADB_PORT="$MARIADB_PORT" "$BENCH_DIR/generate.sh" "$size" "$SEED" "$lists" ||
      die "generating $size participants failed"
    echo "$SEED $(TZ=Europe/Stockholm date +%F)" >"$lists/seed.txt"
    GEN_INFO+=("$size participants: generated in $(cat "$lists/generate-seconds.txt") s — $(cat "$lists/counts.txt")")
  fi

  if [[ "$size" == "$last_size" && " ${ALL_SCENARIOS[*]} " == *" report_"* ]]; then report_reference "$size" "$lists"; fi

  if [[ "$size" == "$last_size" ]]; then scenarios=("${ALL_SCENARIOS[@]}"); else scenarios=("${FLAT_SCENARIOS[@]}"); fi
  scenario_setup warmup "$lists"
  log "[$size] JVM warm-up $JVM_WARMUP (participant pages + caseload)"
  BENCH_CHECK_ANSWERS=1 run_wrk participant_page.lua "$BASE" "$JVM_WARMUP" "$WORK/wrk-$size-warmup.txt"
  wait_for_seal "$size" "$db"
  for name in "${scenarios[@]}"; do
    warmup="$WARMUP"
    [[ "$WRITE_SCENARIOS" != *" $name "* ]] || warmup="$WRITE_WARMUP"
    if (($(elapsed) + $(seconds "$warmup") + dur_s > TIME_LIMIT)); then
      log "[$size] skipping $name: the run would pass BENCH_TIME_LIMIT=${TIME_LIMIT}s"
      skipped+=("$size/$name")
      continue
    fi
    scenario_setup "$name" "$lists"
    # The warm-up checks every answer (bench/lua/common.lua): its failures count with the scenario's.
    BENCH_CHECK_ANSWERS=1 run_wrk "$S_SCRIPT" "$S_URL" "$warmup" "$WORK/wrk-$size-$name-warmup.txt" "$S_CONNS"
    scenario_setup "$name" "$lists" # a fresh token for the measured part
    out="$WORK/wrk-$size-$name.txt"
    cpu_before=$(cpu_snapshot)
    run_wrk "$S_SCRIPT" "$S_URL" "$DURATION" "$out" "$S_CONNS"
    cpu_after=$(cpu_snapshot)
    line=$(grep '^BENCH_RESULT' "$out" || true)
    if [[ -z "$line" ]]; then
      log "[$size] $name: wrk gave no result; see $out"
      tail -n 5 "$out" >&2
      printf '%s\t%s\t0\t0\t-\t-\t-1\t%s\t-\t-\t-\t-\n' "$size" "$name" "$(rss_mib)" >>"$RESULTS_TSV"
      continue
    fi
    rps=$(field rps "$line")
    unit=$(awk -v r="$rps" -v p="$S_PER" 'BEGIN {printf "%.1f", r / p}')
    warm_line=$(grep '^BENCH_RESULT' "$WORK/wrk-$size-$name-warmup.txt" || true)
    errors=$(($(field errors "$line") + $(field non2xx "$warm_line") + 0))
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$name" "$rps" "$unit" "$(field p50_ms "$line")" \
      "$(field p99_ms "$line")" "$errors" "$(rss_mib)" "$(cpu_per_request "$cpu_before" "$cpu_after" "$(field requests "$line")")" >>"$RESULTS_TSV"
    log "[$size] $name: $rps req/s, p50 $(field p50_ms "$line") ms, p99 $(field p99_ms "$line") ms, errors $errors, RSS $(rss_mib) MiB"
    grep -h '^BENCH_FIRST_ERROR' "$WORK/wrk-$size-$name-warmup.txt" "$out" | cut -c1-300 >&2 || true
  done
  PEAK_RSS="$(peak_mib)"
  printf '%s\t%s\n' "$size" "$PEAK_RSS" >>"$WORK/peak-$RUN_ID.tsv"
  stop_backend
done
LOAD_END="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- Report ------------------------------------------------------------------------------------
awk 'NF' <<<"$SCENARIO_TABLE" >"$WORK/scenarios-$RUN_ID.txt"
export SCENARIOS_TXT="$WORK/scenarios-$RUN_ID.txt"
export RESULTS_TSV PEAK_TSV="$WORK/peak-$RUN_ID.tsv" RESULTS_MD LOAD_START LOAD_END SEED WARMUP WRITE_WARMUP DURATION JVM_WARMUP \
  CONNECTIONS THREADS JAVA_OPTS BUFFER_POOL MARIADB_PORT KEYCLOAK_PORT
export BENCH_GEN_INFO="$(printf '%s\n' "${GEN_INFO[@]}")" BENCH_SKIPPED="${skipped[*]:-}" BENCH_ELAPSED="$(elapsed)"
export BENCH_COMMAND="${BENCH_COMMAND:-make bench}" BENCH_SIZES_USED="${SIZES[*]}"
export JAVA_VERSION="$(java -version 2>&1 | head -n 1)" WRK_VERSION="$(wrk -v 2>&1 | head -n 1)"
export MARIADB_VERSION="$(sql -N -e 'SELECT VERSION()')" QUARKUS_VERSION="$(sed -n 's:.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*:\1:p' "$ROOT/backend/pom.xml" | head -n 1)"
export KEYCLOAK_VERSION="$(sed -n 's/^KC_VERSION=//p' "$ROOT/scripts/keycloak.sh")"
python3 "$BENCH_DIR/report.py" || die "writing the report failed"
log "done in $(elapsed)s; results in ${RESULTS_MD#"$ROOT"/}"
exit
}
