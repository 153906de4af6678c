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
#   BENCH_WARMUP       10s            wrk warm-up before each scenario (not measured)
#   BENCH_DURATION     20s            measured time per scenario
#   BENCH_JVM_WARMUP   20s            mixed warm-up after each backend start (the JIT needs it)
#   BENCH_CONNECTIONS  32   BENCH_THREADS 2   wrk connections and threads
#   BENCH_SCENARIOS    all: ref_json ref_json_auth ref_pk ref_page ref_tx caseload participant_page assessment referral
#                      report_project report_federation (the period summary for a year; the naive SQL of the
#                      same figures is timed once per size, sequentially, and reported with the data)
#   BENCH_FLAT_SCENARIOS "caseload participant_page"
#   BENCH_JAVA_OPTS    "-XX:MaxRAM=512m -XX:MaxRAMPercentage=75"  (the Dockerfile's setting in a 512 MiB container)
#   BENCH_MARIADB_PORT 3327 (data .data/bench-mariadb)  BENCH_KEYCLOAK_PORT 8290 (in-memory realm)
#   BENCH_BACKEND_PORT 8281  BENCH_INNODB_BUFFER_POOL 1G
#   BENCH_TIME_LIMIT   870            seconds; scenarios that would start after it are skipped
#   BENCH_RESULTS      bench/RESULTS.md
set -uo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/lib.sh
source "$BENCH_DIR/../scripts/lib.sh"
# shellcheck source=scripts/build.sh
source "$ROOT/scripts/build.sh"

SIZES=(${BENCH_SIZES:-1000 100000})
SEED="${BENCH_SEED:-20261122}"
WARMUP="${BENCH_WARMUP:-10s}"
DURATION="${BENCH_DURATION:-20s}"
JVM_WARMUP="${BENCH_JVM_WARMUP:-20s}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-2}"
ALL_SCENARIOS=(${BENCH_SCENARIOS:-ref_json ref_json_auth ref_pk ref_page ref_tx caseload participant_page assessment referral report_project report_federation})
FLAT_SCENARIOS=(${BENCH_FLAT_SCENARIOS:-caseload participant_page})
JAVA_OPTS="${BENCH_JAVA_OPTS:--XX:MaxRAM=512m -XX:MaxRAMPercentage=75}"
MARIADB_PORT="${BENCH_MARIADB_PORT:-3327}"
KEYCLOAK_PORT="${BENCH_KEYCLOAK_PORT:-8290}"
BACKEND_PORT="${BENCH_BACKEND_PORT:-8281}"
BUFFER_POOL="${BENCH_INNODB_BUFFER_POOL:-1G}"
TIME_LIMIT="${BENCH_TIME_LIMIT:-870}"
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

mariadb_env=(MARIADB_PORT="$MARIADB_PORT" MARIADB_DATA="$DATA_DIR/bench-mariadb" MARIADB_DB=stegvis_bench)
keycloak_env=(KEYCLOAK_PORT="$KEYCLOAK_PORT" KEYCLOAK_MGMT_PORT="$((KEYCLOAK_PORT + 1000))" KEYCLOAK_DATA=mem)
started=()
backend_pid=""
wrk_pid=""

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
build_bench_backend
JAR="$BUILD_DIR/backend/target/quarkus-app/quarkus-run.jar"

# --- Servers -----------------------------------------------------------------------------------
if ! listening "$MARIADB_PORT"; then
  env "${mariadb_env[@]}" "$ROOT/scripts/mariadb.sh" start || die "MariaDB did not start"
  started+=(mariadb)
fi
sql -e "SET GLOBAL innodb_buffer_pool_size = $(numfmt --from=iec "$BUFFER_POOL")" || log "could not resize the buffer pool"
if ! listening "$KEYCLOAK_PORT"; then
  env "${keycloak_env[@]}" "$ROOT/scripts/keycloak.sh" start || die "Keycloak did not start"
  started+=(keycloak)
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
  DB_URL="jdbc:mariadb://127.0.0.1:$MARIADB_PORT/$db" DB_USER=root DB_PASSWORD="" OIDC_URL="$OIDC" \
    PORT="$BACKEND_PORT" HTTP_HOST=127.0.0.1 SPA_ORIGIN="http://localhost:$BACKEND_PORT" \
    CRYPTO_KEY_1="$(head -c 32 /dev/urandom | base64)" CRYPTO_HASH_KEY="$(head -c 32 /dev/urandom | base64)" \
    java $JAVA_OPTS -jar "$JAR" >"$WORK/backend-$db.log" 2>&1 </dev/null &
  backend_pid=$!
  wait_for_url "$BASE/q/health/ready" 180 "the backend" || {
    tail -n 30 "$WORK/backend-$db.log" >&2
    die "the backend did not become ready (log: $WORK/backend-$db.log)"
  }
}

rss_mib() { awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$backend_pid/status" 2>/dev/null; }
peak_mib() { awk '/^VmHWM/ {printf "%d", $2 / 1024}' "/proc/$backend_pid/status" 2>/dev/null; }

# run_wrk SCRIPT URL DURATION : wrk, bounded by timeout; prints its output.
run_wrk() {
  local script="$1" url="$2" dur="$3" out="$4"
  BENCH_LUA_DIR="$LUA" timeout $(($(seconds "$dur") + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"$dur" --latency \
    --timeout 10s -s "$LUA/$script" "$url" >"$out" 2>&1 &
  wrk_pid=$!
  wait "$wrk_pid"
  wrk_pid=""
}

# scenario NAME LISTS_DIR -> exports BENCH_TOKEN/BENCH_LIST/BENCH_BODY, sets S_SCRIPT S_URL S_PER
scenario_setup() {
  local name="$1" lists="$2" target_project target_mun today
  unset BENCH_LIST BENCH_BODY BENCH_WITH_CASELOAD BENCH_REPORT_PATH
  export BENCH_RUN_ID="$RUN_ID"
  today=$(TZ=Europe/Stockholm date +%F)
  S_PER=1
  case "$name" in
    ref_json) S_SCRIPT=plain.lua S_URL="$BASE/api/v1/_bench/json" S_USER=anna ;;
    ref_json_auth) S_SCRIPT=plain.lua S_URL="$BASE/api/v1/_bench/json-auth" S_USER=anna ;;
    ref_pk) S_SCRIPT=ref_pk.lua S_URL="$BASE" S_USER=anna BENCH_LIST="$lists/participants.txt" ;;
    ref_page) S_SCRIPT=ref_page.lua S_URL="$BASE" S_USER=anna BENCH_LIST="$lists/participants.txt" ;;
    ref_tx) S_SCRIPT=ref_tx.lua S_URL="$BASE" S_USER=anna BENCH_LIST="$lists/participants.txt" ;;
    caseload) S_SCRIPT=plain.lua S_URL="$BASE/api/v1/caseload" S_USER=anna ;;
    participant_page) S_SCRIPT=participant_page.lua S_URL="$BASE" S_USER=anna BENCH_LIST="$lists/pages.txt" S_PER=5 ;;
    warmup) S_SCRIPT=participant_page.lua S_URL="$BASE" S_USER=anna BENCH_LIST="$lists/pages.txt" BENCH_WITH_CASELOAD=1 ;;
    assessment)
      S_SCRIPT=assessment.lua S_URL="$BASE" S_USER=maria BENCH_LIST="$lists/open-enrollments.txt"
      BENCH_BODY="{\"instrumentId\":\"20000000-0000-0000-0000-000000000001\",\"assessedOn\":\"$today\",\"ratings\":$(cat "$lists/bip-ratings.json")}"
      ;;
    referral)
      read -r target_project target_mun <"$lists/referral-target.txt"
      S_SCRIPT=referral.lua S_URL="$BASE" S_USER="partner-af:dev-partner-af-secret"
      BENCH_BODY="{\"projectId\":\"$target_project\",\"municipalityCode\":\"$target_mun\",\"person\":{\"sex\":\"female\",\"birthYear\":1985,\"homeMunicipalityCode\":\"$target_mun\"},\"caseworker\":{\"name\":\"Lars Ek\",\"organisationId\":\"40000000-0000-0000-0000-000000000002\",\"email\":\"lars.ek@example.se\"},\"reason\":\"Långvarigt utanför arbetsmarknaden, behöver samordnat stöd från flera parter.\",\"knownToOrganisationIds\":[\"40000000-0000-0000-0000-000000000002\",\"40000000-0000-0000-0000-000000000003\"],\"consent\":{\"purposes\":[\"participation_sharing\",\"sus\"],\"givenOn\":\"$today\",\"organisationIds\":[\"40000000-0000-0000-0000-000000000002\"]}}"
      ;;
    report_project | report_federation)
      read -r target_project target_mun <"$lists/referral-target.txt"
      S_SCRIPT=report.lua S_URL="$BASE" S_USER=sara
      BENCH_REPORT_PATH="/api/v1/reports/summary?$(report_query "$name" "$target_project")"
      ;;
    *) die "unknown scenario $name" ;;
  esac
  export BENCH_LIST BENCH_BODY BENCH_WITH_CASELOAD BENCH_REPORT_PATH
  BENCH_TOKEN=$(token_for "$S_USER") || die "no token for $S_USER from $TOKEN_URL"
  export BENCH_TOKEN
}

# report_query SCENARIO PROJECT: the last year up to today, for the project or the whole federation.
report_query() {
  local today from
  today=$(TZ=Europe/Stockholm date +%F)
  from=$(date -d "$today -1 year +1 day" +%F)
  if [[ "$1" == report_project* ]]; then echo "projectId=$2&from=$from&to=$today"; else echo "from=$from&to=$today"; fi
}

# The reports read summary tables the backend rebuilds every few minutes: rebuild them after the
# bulk load, then time the naive SQL of the same figures (three sequential runs, median), which is
# too slow at national scale to drive with wrk.
report_reference() { # SIZE LISTS
  local size="$1" lists="$2" target_project target_mun name ms runs median out
  out=$(curl -fsS --max-time 1800 -X POST "$BASE/api/v1/_bench/reports/refresh") || { log "[$size] report summary rebuild failed"; return; }
  GEN_INFO+=("$size participants: report summary tables rebuilt in $(sed -n 's/.*"ms":\([0-9]*\).*/\1/p' <<<"$out") ms")
  read -r target_project target_mun <"$lists/referral-target.txt"
  for name in report_project report_federation; do
    runs=()
    # A run over 30 s is not repeated (BENCH_TIME_LIMIT), nor anything after a 120 s time-out.
    for _ in 1 2 3; do
      ms=$(curl -fsS -o /dev/null -w '%{time_total}' --max-time 120 \
        "$BASE/api/v1/_bench/reports/naive?$(report_query "$name" "$target_project")") || ms=">120"
      runs+=("$ms")
      [[ "$ms" == ">120" ]] || awk -v t="$ms" 'BEGIN {exit !(t > 30)}' && break
    done
    median=$(printf '%s\n' "${runs[@]}" | sort -g | sed -n "$(((${#runs[@]} + 1) / 2))p")
    GEN_INFO+=("$size participants: naive SQL for $name, median of ${#runs[@]} sequential run(s): $median s (${runs[*]})")
    log "[$size] naive $name: ${runs[*]} s"
  done
}

field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<"$2" | head -n 1; }

mkdir -p "$WORK"
RESULTS_TSV="$WORK/results-$RUN_ID.tsv"
printf 'size\tscenario\trps\tunit_rate\tp50_ms\tp99_ms\terrors\trss_mib\n' >"$RESULTS_TSV"
GEN_INFO=()
LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg)"
warm_s=$(seconds "$WARMUP")
dur_s=$(seconds "$DURATION")
skipped=()

last_size="${SIZES[${#SIZES[@]} - 1]}"
for size in "${SIZES[@]}"; do
  db="stegvis_bench_$size"
  lists="$WORK/lists-$size"
  sql -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" ||
    die "cannot create $db"
  rm -rf "$lists"
  start_backend "$db" # Flyway migrates the empty database
  BENCH_DB="$db" BENCH_MARIADB_PORT="$MARIADB_PORT" "$BENCH_DIR/generate.sh" "$size" "$SEED" "$lists" ||
    die "generating $size participants failed"
  GEN_INFO+=("$size participants: generated in $(cat "$lists/generate-seconds.txt") s — $(cat "$lists/counts.txt")")
  report_reference "$size" "$lists"

  if [[ "$size" == "$last_size" ]]; then scenarios=("${ALL_SCENARIOS[@]}"); else scenarios=("${FLAT_SCENARIOS[@]}"); fi
  scenario_setup warmup "$lists"
  log "[$size] JVM warm-up $JVM_WARMUP (participant pages + caseload)"
  run_wrk participant_page.lua "$BASE" "$JVM_WARMUP" "$WORK/wrk-$size-warmup.txt"
  for name in "${scenarios[@]}"; do
    if (($(elapsed) + warm_s + dur_s > TIME_LIMIT)); then
      log "[$size] skipping $name: the run would pass BENCH_TIME_LIMIT=${TIME_LIMIT}s"
      skipped+=("$size/$name")
      continue
    fi
    scenario_setup "$name" "$lists"
    run_wrk "$S_SCRIPT" "$S_URL" "$WARMUP" "$WORK/wrk-$size-$name-warmup.txt"
    scenario_setup "$name" "$lists" # a fresh token for the measured part
    out="$WORK/wrk-$size-$name.txt"
    run_wrk "$S_SCRIPT" "$S_URL" "$DURATION" "$out"
    line=$(grep '^BENCH_RESULT' "$out" || true)
    if [[ -z "$line" ]]; then
      log "[$size] $name: wrk gave no result; see $out"
      tail -n 5 "$out" >&2
      printf '%s\t%s\t0\t0\t-\t-\t-1\t%s\n' "$size" "$name" "$(rss_mib)" >>"$RESULTS_TSV"
      continue
    fi
    rps=$(field rps "$line")
    unit=$(awk -v r="$rps" -v p="$S_PER" 'BEGIN {printf "%.1f", r / p}')
    errors=$(($(field errors "$line") + 0))
    non2xx=$(($(field non2xx "$line") + 0))
    ((non2xx > errors)) && errors=$non2xx
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$name" "$rps" "$unit" "$(field p50_ms "$line")" \
      "$(field p99_ms "$line")" "$errors" "$(rss_mib)" >>"$RESULTS_TSV"
    log "[$size] $name: $rps req/s, p50 $(field p50_ms "$line") ms, p99 $(field p99_ms "$line") ms, errors $errors, RSS $(rss_mib) MiB"
    grep '^BENCH_FIRST_ERROR' "$out" | cut -c1-300 >&2 || true
  done
  PEAK_RSS="$(peak_mib)"
  printf '%s\t%s\n' "$size" "$PEAK_RSS" >>"$WORK/peak-$RUN_ID.tsv"
  stop_backend
done
LOAD_END="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- Report ------------------------------------------------------------------------------------
export RESULTS_TSV PEAK_TSV="$WORK/peak-$RUN_ID.tsv" RESULTS_MD LOAD_START LOAD_END SEED WARMUP DURATION JVM_WARMUP \
  CONNECTIONS THREADS JAVA_OPTS BUFFER_POOL MARIADB_PORT KEYCLOAK_PORT
export BENCH_GEN_INFO="$(printf '%s\n' "${GEN_INFO[@]}")" BENCH_SKIPPED="${skipped[*]:-}" BENCH_ELAPSED="$(elapsed)"
export BENCH_COMMAND="${BENCH_COMMAND:-make bench}" BENCH_SIZES_USED="${SIZES[*]}"
export JAVA_VERSION="$(java -version 2>&1 | head -n 1)" WRK_VERSION="$(wrk -v 2>&1 | head -n 1)"
export MARIADB_VERSION="$(sql -N -e 'SELECT VERSION()')" QUARKUS_VERSION="$(sed -n 's:.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*:\1:p' "$ROOT/backend/pom.xml" | head -n 1)"
export KEYCLOAK_VERSION="$(sed -n 's/^KC_VERSION=//p' "$ROOT/scripts/keycloak.sh")"
python3 "$BENCH_DIR/report.py" || die "writing the report failed"
log "done in $(elapsed)s; results in ${RESULTS_MD#"$ROOT"/}"
