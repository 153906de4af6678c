#!/usr/bin/env bash
# Reliability drills (issue #9): break things on purpose against a stack of the drill's own and
# check that nothing accepted is lost. Everything listens on 127.0.0.1; every loop is bounded in
# count and time; every process started here is stopped here, by PID, also on failure or Ctrl-C.
#
# Usage: scripts/drills.sh [all | two-instances | db-outage | keycloak-outage | shutdown | soak]...
#
# The stack (started once per invocation, stopped at the end):
#   MariaDB   127.0.0.1:3347, data in .data/drill-mariadb     (scripts/mariadb.sh)
#   Keycloak  127.0.0.1:8390 (management 9390), in memory      (scripts/keycloak.sh)
#   backend A 127.0.0.1:8101 and backend B 127.0.0.1:8102, one database, the demo data
#   HAProxy   127.0.0.1:8100, round robin over A and B with health checks on /q/health/ready
#             (Debian's package; installed when missing)
# The shared test servers (3317, 8190) are never touched.
#
# Environment: SOAK_SECONDS (600), DRILL_LOAD_SECONDS (40), DRILL_RESULTS (file to append a
# Markdown summary to; default .data/drills/results.md).
set -uo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=scripts/build.sh
source "$ROOT/scripts/build.sh"

DRILL_DIR="$DATA_DIR/drills"
MDB_PORT=3347
KC_PORT=8390
KC_MGMT=9390
LB_PORT=8100
A_PORT=8101
B_PORT=8102
HOOK_PORT=8103
SOAK_SECONDS="${SOAK_SECONDS:-600}"
LOAD_SECONDS="${DRILL_LOAD_SECONDS:-40}"
RESULTS="${DRILL_RESULTS:-$DRILL_DIR/results.md}"
LB="http://127.0.0.1:$LB_PORT"
API="$LB/api/v1"
KC_TOKEN="http://localhost:$KC_PORT/realms/stegvis/protocol/openid-connect/token"
MDB_HOME="$CACHE_DIR/mariadb-11.4.5"
mariadb_env=(MARIADB_PORT="$MDB_PORT" MARIADB_DATA="$DATA_DIR/drill-mariadb" MARIADB_DB=stegvis MARIADB_TIMEOUT=240)
keycloak_env=(KEYCLOAK_PORT="$KC_PORT" KEYCLOAK_MGMT_PORT="$KC_MGMT" KEYCLOAK_DATA=mem)

declare -A backend_pid=()
lb_pid=""
hook_pid=""
started_mariadb=""
started_keycloak=""
failures=()
passes=()

mkdir -p "$DRILL_DIR"

cleanup() {
  trap - EXIT INT TERM
  log "stopping what the drills started"
  for name in "${!backend_pid[@]}"; do stop_backend "$name"; done
  if [[ -n "$lb_pid" ]]; then
    kill -TERM "$lb_pid" 2>/dev/null
    wait_gone "$lb_pid" 10 || kill -KILL "$lb_pid" 2>/dev/null
  fi
  [[ -n "$hook_pid" ]] && kill "$hook_pid" 2>/dev/null
  [[ -n "$started_keycloak" ]] && env "${keycloak_env[@]}" "$ROOT/scripts/keycloak.sh" stop
  [[ -n "$started_mariadb" ]] && env "${mariadb_env[@]}" "$ROOT/scripts/mariadb.sh" stop
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pass() { passes+=("$1"); log "PASS: $1"; printf -- '- PASS %s\n' "$1" >>"$RESULTS"; }
fail() { failures+=("$1"); log "FAIL: $1"; printf -- '- **FAIL** %s\n' "$1" >>"$RESULTS"; }
check() { if eval "$2"; then pass "$1"; else fail "$1"; fi; }
note() { log "$*"; printf '  %s\n' "$*" >>"$RESULTS"; }

sql() {
  LD_LIBRARY_PATH="$MDB_HOME/libs" "$MDB_HOME/bin/mariadb" --no-defaults --skip-ssl --protocol=TCP -h 127.0.0.1 \
    -P "$MDB_PORT" -u root -N -B --connect-timeout=3 stegvis -e "$1"
}

token() {
  local form
  if [[ "$1" == partner ]]; then
    form="grant_type=client_credentials&client_id=partner-af&client_secret=dev-partner-af-secret"
  else
    form="grant_type=password&client_id=stegvis-dev-cli&username=$1&password=stegvis&scope=openid"
  fi
  curl -fsS --max-time 10 -d "$form" "$KC_TOKEN" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).access_token))'
}

# api TOKEN METHOD PATH [BODY] [extra curl args...] : prints "status upstream" on the first line, the body after.
api() {
  local tok="$1" method="$2" path="$3" body="${4:-}"
  shift 4 2>/dev/null || shift $#
  local out
  out=$(mktemp)
  local args=(-sS -o "$out" -D "$out.h" --max-time 30 -X "$method" -H "Authorization: Bearer $tok" -H 'Content-Type: application/json')
  [[ -n "$body" ]] && args+=(--data "$body")
  local status
  status=$(curl "${args[@]}" "$@" -w '%{http_code}' "$API$path")
  local upstream
  upstream=$(grep -i '^X-Stegvis-Upstream:' "$out.h" | tr -d '\r' | awk '{print $2}')
  local etag
  etag=$(grep -i '^ETag:' "$out.h" | tr -d '\r' | awk '{print $2}')
  printf '%s %s %s\n' "$status" "${upstream:-?}" "${etag:-}"
  cat "$out"
  echo
  rm -f "$out" "$out.h"
}

json() { node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const j=JSON.parse(s);console.log(eval('j'+process.argv[1]))})" "$1"; }

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# --------------------------------------------------------------------------------- the stack

ensure_haproxy() {
  command -v haproxy >/dev/null && return 0
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    log "installing Debian's haproxy (load balancer for the drills)"
    # The package's own service must not start: nothing here would stop it.
    local policy=/usr/sbin/policy-rc.d created_policy=""
    if [[ ! -e "$policy" ]]; then
      printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created_policy=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends haproxy >"$DRILL_DIR/apt.log" 2>&1 ||
      { apt-get update >>"$DRILL_DIR/apt.log" 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends haproxy >>"$DRILL_DIR/apt.log" 2>&1; }
    [[ -n "$created_policy" ]] && rm -f "$policy"
  fi
  command -v haproxy >/dev/null
}

start_haproxy() {
  # With no instance ready (the database is down) the balancer's own answer is a problem too.
  printf 'HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/problem+json\r\nRetry-After: 5\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n{"type":"https://stegvis.se/problems/unavailable","title":"Tjänsten är tillfälligt otillgänglig","status":503,"detail":"No backend instance is ready; try again shortly"}\n' \
    >"$DRILL_DIR/503.http"
  cat >"$DRILL_DIR/haproxy.cfg" <<CFG
global
  maxconn 1024
  pidfile $DRILL_DIR/haproxy.pid

defaults
  mode http
  timeout connect 2s
  timeout client 65s
  timeout server 65s
  timeout http-request 10s
  # A refused connection never reached an instance, so it is tried on the other one, even for
  # a POST; a request that reached an instance is never sent twice.
  retries 3
  option redispatch 1
  errorfile 503 $DRILL_DIR/503.http

frontend lb
  bind 127.0.0.1:$LB_PORT
  default_backend stegvis

backend stegvis
  balance roundrobin
  # An instance that is stopping (readiness DOWN during quarkus.shutdown.delay) or has lost its
  # database gets no new requests; it is back two good checks later.
  option httpchk GET /q/health/ready
  http-check expect status 200
  # Two failed checks, each given 3 s: one slow answer on a loaded machine must not take an
  # instance out (both at once would leave nobody to answer).
  timeout check 3s
  default-server inter 1s fastinter 500ms fall 2 rise 2
  server 127.0.0.1:$A_PORT 127.0.0.1:$A_PORT check
  server 127.0.0.1:$B_PORT 127.0.0.1:$B_PORT check
  http-response set-header X-Stegvis-Upstream %[srv_name]
CFG
  haproxy -c -q -f "$DRILL_DIR/haproxy.cfg" || return 1
  haproxy -db -f "$DRILL_DIR/haproxy.cfg" >"$DRILL_DIR/haproxy.log" 2>&1 &
  lb_pid=$!
  local i
  for i in $(seq 1 50); do listening "$LB_PORT" && return 0; sleep 0.2; done
  return 1
}

# start_backend NAME PORT
start_backend() {
  local name="$1" port="$2"
  # Short intervals so that background jobs run many times within a drill; retention every minute.
  PORT="$port" DB_URL="jdbc:mariadb://127.0.0.1:$MDB_PORT/stegvis" DB_USER=root DB_PASSWORD="" \
    OIDC_URL="http://localhost:$KC_PORT/realms/stegvis" SPA_ORIGIN="http://localhost:$LB_PORT" \
    RETENTION_CRON="0 * * * * ?" RATE_LIMIT_ENABLED=false DB_POOL_MAX=16 SHUTDOWN_DELAY=5s \
    java -Xmx384m -XX:+UseSerialGC \
    -Dstegvis.webhooks.poll-interval=1s -Dstegvis.webhooks.initial-backoff=2s -Dstegvis.webhooks.max-backoff=4s \
    -Dstegvis.webhooks.lease=20s -Dstegvis.audit.seal-after=10s \
    -Dstegvis.referrals.exit-scan-interval=2s -Dstegvis.audit.seal-interval=2s \
    -jar "$DRILL_DIR/app/quarkus-run.jar" >>"$DRILL_DIR/backend-$name.log" 2>&1 &
  backend_pid[$name]=$!
  wait_for_url "http://127.0.0.1:$port/q/health/ready" 180 "backend $name on :$port"
}

stop_backend() {
  local name="$1" pid="${backend_pid[$1]:-}"
  [[ -n "$pid" ]] || return 0
  kill -TERM "$pid" 2>/dev/null
  wait_gone "$pid" 30 || kill -KILL "$pid" 2>/dev/null
  unset "backend_pid[$name]"
}

start_stack() {
  pick_java
  if ! ensure_haproxy; then
    log "SKIPPED: haproxy is not installed and cannot be installed here (need root and apt-get); the drills need a load balancer"
    printf -- '- SKIPPED: no haproxy\n' >>"$RESULTS"
    exit 0
  fi
  for port in $MDB_PORT $KC_PORT $LB_PORT $A_PORT $B_PORT $HOOK_PORT; do
    listening "$port" && die "port $port is in use; is another drill running?"
  done
  build_backend
  # Run from a copy: a build during the drill (tests in another shell) must not swap the jar
  # under the running backends.
  rm -rf "$DRILL_DIR/app" && cp -a "$ROOT/backend/target/quarkus-app" "$DRILL_DIR/app"
  # Marked before starting, so that an interrupted start is stopped too (stop is a no-op when not running).
  started_mariadb=1
  env "${mariadb_env[@]}" "$ROOT/scripts/mariadb.sh" start || die "the drill's MariaDB did not start"
  sql "SELECT 1" >/dev/null
  LD_LIBRARY_PATH="$MDB_HOME/libs" "$MDB_HOME/bin/mariadb" --no-defaults --skip-ssl -h 127.0.0.1 -P "$MDB_PORT" -u root \
    -e "DROP DATABASE IF EXISTS stegvis; CREATE DATABASE stegvis CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  started_keycloak=1
  env "${keycloak_env[@]}" "$ROOT/scripts/keycloak.sh" start || die "the drill's Keycloak did not start"
  export CRYPTO_KEY_1 CRYPTO_HASH_KEY
  CRYPTO_KEY_1="$(head -c 32 /dev/urandom | base64)"
  CRYPTO_HASH_KEY="$(head -c 32 /dev/urandom | base64)"
  log "loading the demo data"
  DB_URL="jdbc:mariadb://127.0.0.1:$MDB_PORT/stegvis" DB_USER=root DB_PASSWORD="" OIDC_URL="http://localhost:$KC_PORT/realms/stegvis" \
    java -Dquarkus.http.port=0 -Dquarkus.log.level=WARN -jar "$DRILL_DIR/app/quarkus-run.jar" load-demo-data \
    >"$DRILL_DIR/demo-data.log" 2>&1 || die "loading the demo data failed (log: $DRILL_DIR/demo-data.log)"
  start_backend A "$A_PORT" || die "backend A did not start (log: $DRILL_DIR/backend-A.log)"
  start_backend B "$B_PORT" || die "backend B did not start (log: $DRILL_DIR/backend-B.log)"
  start_haproxy || die "haproxy did not start (log: $DRILL_DIR/haproxy.log)"
  local i
  for i in $(seq 1 20); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$LB/q/health/ready")" == 200 ]] && break
    sleep 0.5
  done
  log "stack up: haproxy :$LB_PORT -> A :$A_PORT, B :$B_PORT; MariaDB :$MDB_PORT; Keycloak :$KC_PORT"
}

# Receives webhooks on 127.0.0.1:8103 and appends each event id to a file (one line per delivery).
start_hook_receiver() {
  [[ -n "$hook_pid" ]] && kill -0 "$hook_pid" 2>/dev/null && return 0
  : >"$DRILL_DIR/hooks.txt"
  python3 - "$HOOK_PORT" "$DRILL_DIR/hooks.txt" >"$DRILL_DIR/hooks.log" 2>&1 <<'EOF' &
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer
port, out = int(sys.argv[1]), sys.argv[2]
class H(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get('Content-Length', 0)))
        with open(out, 'a') as f:
            f.write(self.headers.get('Stegvis-Event-Id', '?') + '\n')
        self.send_response(200); self.end_headers()
    def log_message(self, *a): pass
HTTPServer(('127.0.0.1', port), H).serve_forever()
EOF
  hook_pid=$!
  local i
  for i in $(seq 1 25); do listening "$HOOK_PORT" && return 0; sleep 0.2; done
  return 1
}

# ------------------------------------------------------------------------------- the drills

drill_two_instances() {
  printf '\n### Two instances behind HAProxy (%s)\n\n' "$(date -u +%FT%TZ)" >>"$RESULTS"
  local anna maria partner admin out status up
  anna=$(token anna); maria=$(token maria); partner=$(token partner); admin=$(token admin)

  # Every flow, alternating: a participant, an enrollment-free update with ETag, a referral from
  # submission to enrollment; each step notes which instance answered.
  local ups=() ok=1
  step() { # step NAME EXPECTED_STATUS OUTPUT
    local line
    line=$(head -n 1 <<<"$3")
    ups+=("$(awk '{print $2}' <<<"$line")")
    if [[ "$(awk '{print $1}' <<<"$line")" != "$2" ]]; then ok=0; note "$1 answered $line: $(sed -n 2p <<<"$3" | head -c 300)"; fi
  }
  out=$(api "$anna" POST /participants '{"firstName":"Tva","lastName":"Instanser","sex":"female","birthYear":1985}'); step "create participant" 201 "$out"
  local pid etag
  pid=$(sed -n 2p <<<"$out" | json .id)
  out=$(api "$anna" GET "/participants/$pid" ""); step "read participant" 200 "$out"
  etag=$(head -n 1 <<<"$out" | awk '{print $3}')
  out=$(api "$anna" PUT "/participants/$pid" '{"sex":"female","birthYear":1985,"lastName":"Instanserna"}' -H "If-Match: $etag"); step "update participant" 200 "$out"
  out=$(api "$anna" PUT "/participants/$pid" '{"sex":"female","birthYear":1985,"lastName":"Gammal"}' -H "If-Match: $etag"); step "stale update" 412 "$out"
  local key rid body
  key=$(cat /proc/sys/kernel/random/uuid)
  body=$(node -e '
    const l=n=>{let s=0;for(let i=0;i<n.length;i++){let d=+n[i]*(i%2?1:2);s+=d>9?d-9:d}return (10-s%10)%10};
    const m=String(1+Math.floor(Math.random()*12)).padStart(2,"0"),d=String(1+Math.floor(Math.random()*28)).padStart(2,"0"),s=String(Math.floor(Math.random()*1000)).padStart(3,"0");
    const today=new Date().toISOString().slice(0,10);
    console.log(JSON.stringify({projectId:"30000000-0000-0000-0000-000000000001",municipalityCode:"1496",
      person:{identityNumber:`1990${m}${d}-${s}${l("90"+m+d+s)}`,firstName:"Tva",lastName:"Instansson",sex:"male",homeMunicipalityCode:"1496"},
      caseworker:{name:"Lars Ek",email:"lars.ek@example.se"},reason:"Drill two instances "+Date.now(),
      knownToOrganisationIds:["40000000-0000-0000-0000-000000000002","40000000-0000-0000-0000-000000000004"],
      susEntry:{employmentStatus:"job_seeking",extentPct:0,incomeSources:["social_assistance"],monthsOnPublicSupport:26},
      consent:{purposes:["participation_sharing","sus"],givenOn:today,organisationIds:["40000000-0000-0000-0000-000000000002","40000000-0000-0000-0000-000000000004"],formReference:"Drill"}}))')
  out=$(api "$partner" POST /referrals "$body" -H "Idempotency-Key: $key"); step "submit referral" 201 "$out"
  rid=$(sed -n 2p <<<"$out" | json .id)
  etag=$(head -n 1 <<<"$out" | awk '{print $3}')
  out=$(api "$partner" POST /referrals "$body" -H "Idempotency-Key: $key"); step "resubmit, same key, other instance" 201 "$out"
  [[ "$(sed -n 2p <<<"$out" | json .id)" == "$rid" ]] || { ok=0; note "the retry made another referral"; }
  local today
  today=$(TZ=Europe/Stockholm date +%F)
  out=$(api "$maria" POST "/referrals/$rid/screening" "{\"boardMeetingDate\":\"$today\",\"note\":\"Ok\"}" -H "If-Match: $etag"); step "screen" 200 "$out"
  etag=$(head -n 1 <<<"$out" | awk '{print $3}')
  out=$(api "$maria" POST "/referrals/$rid/decision" "{\"outcome\":\"accepted\",\"decidedOn\":\"$today\",\"plannedStartDate\":\"$today\"}" -H "If-Match: $etag"); step "decide" 200 "$out"
  etag=$(head -n 1 <<<"$out" | awk '{print $3}')
  out=$(api "$maria" POST "/referrals/$rid/enrollment" "{\"startDate\":\"$today\",\"coordinatorUserId\":\"5e9f1a00-0000-4000-8000-000000000001\"}" -H "If-Match: $etag"); step "enroll" 201 "$out"
  local eid
  eid=$(sed -n 2p <<<"$out" | json .id)
  out=$(api "$anna" GET "/enrollments/$eid" ""); step "coordinator reads the enrollment" 200 "$out"
  out=$(api "$anna" POST "/enrollments/$eid/journal" "{\"noteDate\":\"$today\",\"category\":\"meeting\",\"text\":\"Första mötet, via två instanser.\"}"); step "journal note" 201 "$out"
  out=$(api "$anna" GET "/participants?limit=20" ""); step "caseload list" 200 "$out"
  out=$(api "" GET /me ""); step "no token is 401" 401 "$out"
  local distinct
  distinct=$(printf '%s\n' "${ups[@]}" | sort -u | grep -c 127.0.0.1)
  note "instances that answered the ${#ups[@]} steps: $(printf '%s\n' "${ups[@]}" | sort | uniq -c | tr '\n' ';')"
  check "every flow works with requests alternating between the two instances" '[[ $ok == 1 && $distinct == 2 ]]'

  # Idempotency across instances: 30 concurrent submissions, one key, through the balancer.
  key=$(cat /proc/sys/kernel/random/uuid)
  local reason="Drill concurrent $key"
  body=$(node -e 'const b=JSON.parse(process.argv[1]);b.reason=process.argv[2];b.person.lastName="Samtidig";console.log(JSON.stringify(b))' "$body" "$reason")
  # a fresh identity number: the earlier one is now enrolled
  body=$(node -e '
    const b=JSON.parse(process.argv[1]);const l=n=>{let s=0;for(let i=0;i<n.length;i++){let d=+n[i]*(i%2?1:2);s+=d>9?d-9:d}return (10-s%10)%10};
    const m=String(1+Math.floor(Math.random()*12)).padStart(2,"0"),d=String(1+Math.floor(Math.random()*28)).padStart(2,"0"),s=String(Math.floor(Math.random()*1000)).padStart(3,"0");
    b.person.identityNumber=`1990${m}${d}-${s}${l("90"+m+d+s)}`;console.log(JSON.stringify(b))' "$body")
  printf '%s' "$body" >"$DRILL_DIR/idem-body.json"
  seq 1 30 | xargs -P 30 -I{} curl -sS -o /dev/null -w '%{http_code}\n' --max-time 60 -X POST \
    -H "Authorization: Bearer $partner" -H 'Content-Type: application/json' -H "Idempotency-Key: $key" \
    --data @"$DRILL_DIR/idem-body.json" "$API/referrals" >"$DRILL_DIR/idem-statuses.txt"
  local made
  made=$(sql "SELECT COUNT(*) FROM referral WHERE reason = '$reason'")
  note "30 concurrent submissions with one key: statuses $(sort "$DRILL_DIR/idem-statuses.txt" | uniq -c | tr '\n' ' '); referrals made: $made"
  check "30 concurrent submissions with one Idempotency-Key across two instances make one referral" '[[ $made == 1 ]] && ! grep -qv "^201$" "$DRILL_DIR/idem-statuses.txt"'

  # The webhook outbox: each event delivered once, not once per instance.
  start_hook_receiver || { fail "webhook receiver did not start"; return; }
  out=$(api "$partner" POST /webhook-subscriptions "{\"url\":\"http://127.0.0.1:$HOOK_PORT/hook\"}")
  [[ "$(head -n 1 <<<"$out" | awk '{print $1}')" == 201 ]] || note "subscription: $out"
  local since
  since=$(sql "SELECT DATE_FORMAT(UTC_TIMESTAMP(3) - INTERVAL 1 SECOND, '%Y-%m-%d %H:%i:%s.%f')")
  local i
  for i in $(seq 1 10); do
    api "$partner" POST /referrals "$(node -e '
      const b=JSON.parse(process.argv[1]);const l=n=>{let s=0;for(let i=0;i<n.length;i++){let d=+n[i]*(i%2?1:2);s+=d>9?d-9:d}return (10-s%10)%10};
      const m=String(1+Math.floor(Math.random()*12)).padStart(2,"0"),d=String(1+Math.floor(Math.random()*28)).padStart(2,"0"),s=String(Math.floor(Math.random()*1000)).padStart(3,"0");
      b.person.identityNumber=`1990${m}${d}-${s}${l("90"+m+d+s)}`;b.reason="Drill webhook "+process.argv[2];console.log(JSON.stringify(b))' "$body" "$i")" \
      -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" >/dev/null
  done
  local pending delivered_lines distinct_lines
  for i in $(seq 1 30); do
    pending=$(sql "SELECT COUNT(*) FROM webhook_delivery WHERE state <> 'delivered'")
    [[ "$pending" == 0 ]] && break
    sleep 1
  done
  sleep 3
  delivered_lines=$(wc -l <"$DRILL_DIR/hooks.txt")
  distinct_lines=$(sort -u "$DRILL_DIR/hooks.txt" | wc -l)
  local deliveries
  deliveries=$(sql "SELECT COUNT(*) FROM webhook_delivery")
  note "webhook deliveries in the outbox: $deliveries, pending: $pending; received: $delivered_lines posts, $distinct_lines distinct event ids"
  check "the webhook outbox delivers each event once with two instances polling it" \
    '[[ $pending == 0 && $delivered_lines == $distinct_lines && $delivered_lines -ge 10 && $delivered_lines == $deliveries ]]'

  # Scheduled jobs: retention fires every minute in both instances; it must run once per minute.
  local waited=0
  while (( $(sql "SELECT COUNT(*) FROM retention_run WHERE triggered_by = 'scheduled'") < 2 && waited < 130 )); do
    sleep 5; waited=$((waited + 5))
  done
  local per_minute runs
  runs=$(sql "SELECT COUNT(*) FROM retention_run WHERE triggered_by = 'scheduled'")
  per_minute=$(sql "SELECT COALESCE(MAX(n),0) FROM (SELECT COUNT(*) n FROM retention_run WHERE triggered_by='scheduled' GROUP BY DATE_FORMAT(started_at, '%Y-%m-%d %H:%i')) t")
  note "scheduled retention runs: $runs over $(sql "SELECT COUNT(DISTINCT DATE_FORMAT(started_at, '%Y-%m-%d %H:%i')) FROM retention_run WHERE triggered_by='scheduled'") minutes; most in one minute: $per_minute"
  check "the nightly retention job (here every minute) runs once per tick, not once per instance" '[[ $runs -ge 1 && $per_minute == 1 ]]'
  local exited_dupes
  exited_dupes=$(sql "SELECT COUNT(*) FROM (SELECT referral_id FROM referral_event WHERE type = 'referral.exited' GROUP BY referral_id HAVING COUNT(*) > 1) t")
  out=$(api "$admin" GET /audit/integrity "")
  note "audit integrity: $(sed -n 2p <<<"$out" | head -c 200); duplicate referral.exited events: $exited_dupes"
  check "audit sealing by two instances leaves one intact chain; no event emitted twice" \
    '[[ "$(head -n 1 <<<"$out" | awk "{print \$1}")" == 200 && "$(sed -n 2p <<<"$out")" == *"\"intact\":true"* && "$(sed -n 2p <<<"$out")" != *"\"checkedEntries\":0,"* && $exited_dupes == 0 ]]'

  # Stopping one instance mid-load loses no accepted request.
  : >"$DRILL_DIR/accepted-stop.txt"
  BASE="$API" KC="$KC_TOKEN" DURATION="$LOAD_SECONDS" CONCURRENCY=6 RATE=40 MIX=writes \
    ACCEPTED="$DRILL_DIR/accepted-stop.txt" OUT="$DRILL_DIR/load-stop.json" node "$ROOT/scripts/drills/load.mjs" >/dev/null &
  local load=$!
  sleep $((LOAD_SECONDS / 3))
  log "stopping backend A mid-load (SIGTERM)"
  stop_backend A
  wait "$load"
  local accepted missing
  accepted=$(wc -l <"$DRILL_DIR/accepted-stop.txt")
  missing=$(missing_accepted "$DRILL_DIR/accepted-stop.txt")
  note "load while A stopped: $(node -e 'const j=require(process.argv[1]);console.log(JSON.stringify(j.byStatus), "unexpected", j.unexpected)' "$DRILL_DIR/load-stop.json"); accepted writes: $accepted, missing from the database: $missing"
  check "stopping one instance mid-load loses no accepted request" '[[ $accepted -gt 0 && $missing == 0 ]]'
  check "…and the clients saw no error while it stopped (the balancer moved them to B)" \
    '[[ "$(node -e "console.log(require(process.argv[1]).unexpected)" "$DRILL_DIR/load-stop.json")" == 0 ]]'
  start_backend A "$A_PORT" || fail "backend A did not come back"
}

# missing_accepted FILE : how many of the 2xx-answered writes in FILE are not in the database.
missing_accepted() {
  local file="$1" n=0 kind id table
  [[ -s "$file" ]] || { echo 0; return; }
  local ids_p ids_r
  ids_p=$(awk '$1=="participant"{printf "%s\x27%s\x27", (n++?",":""), $2}' "$file")
  ids_r=$(awk '$1=="referral"{printf "%s\x27%s\x27", (n++?",":""), $2}' "$file")
  local want_p want_r have_p=0 have_r=0
  want_p=$(grep -c '^participant ' "$file")
  want_r=$(grep -c '^referral ' "$file")
  [[ -n "$ids_p" ]] && have_p=$(sql "SELECT COUNT(*) FROM participant WHERE id IN ($ids_p)")
  [[ -n "$ids_r" ]] && have_r=$(sql "SELECT COUNT(*) FROM referral WHERE id IN ($ids_r)")
  echo $(( (want_p - have_p) + (want_r - have_r) ))
}

drill_db_outage() {
  printf '\n### Database outage (%s)\n\n' "$(date -u +%FT%TZ)" >>"$RESULTS"
  local partner
  partner=$(token partner)
  start_hook_receiver 2>/dev/null || true
  local a_threads_before
  a_threads_before=$(ls "/proc/${backend_pid[A]}/task" | wc -l)
  : >"$DRILL_DIR/accepted-outage.txt"
  BASE="$API" KC="$KC_TOKEN" DURATION=$((LOAD_SECONDS + 20)) CONCURRENCY=6 RATE=30 MIX=writes TIMEOUT_MS=20000 \
    ACCEPTED="$DRILL_DIR/accepted-outage.txt" OUT="$DRILL_DIR/load-outage.json" node "$ROOT/scripts/drills/load.mjs" >/dev/null &
  local load=$!
  sleep 5
  local mpid
  mpid=$(cat "$DATA_DIR/mariadb-$MDB_PORT.pid")
  log "killing the drill's MariaDB (pid $mpid, SIGKILL) under load"
  kill -KILL "$mpid"
  wait_gone "$mpid" 10
  sleep 3
  local t0 t1 status ready body
  t0=$(date +%s%N)
  # Straight to instance A: the balancer has taken both out by now and answers for them.
  body=$(curl -sS --max-time 30 -o - -w '\n%{http_code} %{content_type}' -H "Authorization: Bearer $partner" "http://127.0.0.1:$A_PORT/api/v1/referrals?limit=5")
  t1=$(date +%s%N)
  status=$(tail -n 1 <<<"$body")
  ready=$(curl -sS --max-time 15 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$A_PORT/q/health/ready")
  local ms=$(( (t1 - t0) / 1000000 ))
  local lb_status
  lb_status=$(curl -sS --max-time 30 -o /dev/null -w '%{http_code} %{content_type}' -H "Authorization: Bearer $partner" "$API/referrals?limit=5")
  note "through the balancer meanwhile: $lb_status"
  note "during the outage: GET /referrals on A answered $status in ${ms} ms: $(head -n 1 <<<"$body" | head -c 250); readiness of A: $ready"
  check "with MariaDB dead, requests fail fast (< 10 s) with 503 problem+json, no stack trace" \
    '[[ "$status" == "503 application/problem+json"* && $ms -lt 10000 && "$body" != *Exception* ]]'
  check "readiness turns DOWN (503) while the database is gone" '[[ $ready == 503 ]]'
  local threads_during
  threads_during=$(ls "/proc/${backend_pid[A]}/task" | wc -l)
  # The load above keeps running through the outage; a webhook event queued before the kill is
  # still due. Bring MariaDB back with the same data.
  sleep 10
  log "restarting the drill's MariaDB"
  env "${mariadb_env[@]}" "$ROOT/scripts/mariadb.sh" start >/dev/null 2>&1 || fail "MariaDB did not restart"
  local i up=""
  for i in $(seq 1 60); do
    if [[ "$(curl -sS --max-time 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$A_PORT/q/health/ready")" == 200 &&
      "$(curl -sS --max-time 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$B_PORT/q/health/ready")" == 200 ]]; then
      up=$i; break
    fi
    sleep 1
  done
  check "both instances recover by themselves when MariaDB returns (ready after ${up:-?} s, no restart)" '[[ -n "$up" ]]'
  wait "$load"
  local summary
  summary=$(node -e 'const j=require(process.argv[1]);console.log(JSON.stringify({byStatus:j.byStatus,maxLatencyByStatus:j.maxLatencyByStatus,notProblemJson:j.notProblemJson,stackTraces:j.stackTraces}))' "$DRILL_DIR/load-outage.json")
  note "load through the outage: $summary"
  check "no 500s, no hanging requests, every error problem+json during the outage" \
    "node -e 'const j=require(process.argv[1]);const s=j.byStatus;process.exit(!s[500]&&!s.timeout&&!j.notProblemJson&&!j.stackTraces?0:1)' '$DRILL_DIR/load-outage.json'"
  local missing
  missing=$(missing_accepted "$DRILL_DIR/accepted-outage.txt")
  local half
  half=$(sql "SELECT (SELECT COUNT(*) FROM referral r WHERE NOT EXISTS (SELECT 1 FROM referral_event e WHERE e.referral_id = r.id AND e.type = 'referral.submitted'))
              + (SELECT COUNT(*) FROM referral_event e WHERE e.type = 'referral.submitted' AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.event_id = e.id)
                 AND EXISTS (SELECT 1 FROM webhook_subscription s WHERE s.created_at < e.occurred_at))")
  note "accepted writes: $(wc -l <"$DRILL_DIR/accepted-outage.txt"), missing: $missing; referrals without their event or event without its delivery: $half"
  check "nothing accepted is lost and nothing is half-written" '[[ $missing == 0 && $half == 0 ]]'
  local pending
  # Deliveries claimed when the database died are retried once their lease (20 s here) is over.
  for i in $(seq 1 90); do
    pending=$(sql "SELECT COUNT(*) FROM webhook_delivery WHERE state = 'pending'")
    [[ "$pending" == 0 ]] && break
    sleep 1
  done
  note "webhook deliveries still pending after recovery: $pending (delivered: $(sql "SELECT COUNT(*) FROM webhook_delivery WHERE state='delivered'"))"
  check "queued webhooks go out once the database is back" '[[ $pending == 0 ]]'
  local threads_after
  threads_after=$(ls "/proc/${backend_pid[A]}/task" | wc -l)
  note "threads in A: before $a_threads_before, during $threads_during, after $threads_after"
  check "no threads left hanging after the outage" '[[ $threads_after -le $((a_threads_before + 20)) ]]'
}

drill_keycloak_outage() {
  printf '\n### Keycloak outage (%s)\n\n' "$(date -u +%FT%TZ)" >>"$RESULTS"
  local anna partner
  anna=$(token anna); partner=$(token partner)
  log "stopping the drill's Keycloak"
  env "${keycloak_env[@]}" "$ROOT/scripts/keycloak.sh" stop >/dev/null 2>&1
  started_keycloak=""
  local t0 t1 s1 s2 s3
  t0=$(date +%s%N)
  s1=$(curl -sS --max-time 20 -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $anna" "$API/participants?limit=5")
  s2=$(curl -sS --max-time 20 -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $partner" "$API/referrals?limit=5")
  t1=$(date +%s%N)
  note "with Keycloak down, tokens issued before: coordinator $s1, partner $s2 in $(( (t1 - t0) / 1000000 )) ms"
  check "tokens already issued keep working while Keycloak is down" '[[ $s1 == 200 && $s2 == 200 ]]'
  # A token the backend has no key for (signed by another key) must be refused quickly, not hang
  # on a Keycloak that does not answer.
  local forged
  forged="$(printf '{"alg":"RS256","kid":"unknown-key","typ":"JWT"}' | base64 -w0 | tr '+/' '-_' | tr -d '=').$(printf '{"sub":"x","exp":9999999999}' | base64 -w0 | tr '+/' '-_' | tr -d '=').c2ln"
  t0=$(date +%s%N)
  s3=$(curl -sS --max-time 30 -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $forged" "$API/me")
  t1=$(date +%s%N)
  local ms=$(( (t1 - t0) / 1000000 ))
  note "a token with an unknown key while Keycloak is down: $s3 in $ms ms"
  check "the API does not hang when it cannot reach Keycloak (401 within 10 s)" '[[ $s3 == 401 && $ms -lt 10000 ]]'
  local login
  login=$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' -d "grant_type=password&client_id=stegvis-dev-cli&username=anna&password=stegvis" "$KC_TOKEN" 2>/dev/null)
  note "a new login while Keycloak is down: HTTP $login (the web app shows a message, see frontend/src/lib/auth.ts)"
  check "new logins fail while Keycloak is down" '[[ $login == 000 ]]'
  log "starting the drill's Keycloak again"
  started_keycloak=1
  env "${keycloak_env[@]}" "$ROOT/scripts/keycloak.sh" start >/dev/null 2>&1
  # The in-memory Keycloak comes back with new signing keys; the backends fetch them on the first
  # token with an unknown key id (at most once a minute).
  local i s4="" fresh
  for i in $(seq 1 45); do
    fresh=$(token anna 2>/dev/null) &&
      s4=$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $fresh" "$API/me") &&
      [[ "$s4" == 200 ]] && break
    sleep 2
  done
  note "after Keycloak returned, a new login's token was accepted after about $((i * 2)) s (HTTP $s4)"
  check "when Keycloak returns, new logins work again without restarting the backend" '[[ $s4 == 200 ]]'
}

drill_shutdown() {
  printf '\n### Graceful shutdown (%s)\n\n' "$(date -u +%FT%TZ)" >>"$RESULTS"
  local anna out pid etag
  anna=$(token anna)
  out=$(api "$anna" POST /participants '{"firstName":"Stopp","lastName":"Mjukt","sex":"male","birthYear":1980}')
  pid=$(sed -n 2p <<<"$out" | json .id)
  etag=$(head -n 1 <<<"$out" | awk '{print $3}')
  # Hold the participant's row lock in MariaDB for 6 s, so that an update sent to B is in flight
  # (waiting for the lock) when B is told to stop.
  sql "START TRANSACTION; SELECT id FROM participant WHERE id = '$pid' FOR UPDATE; SELECT SLEEP(6); COMMIT;" >/dev/null &
  local locker=$!
  sleep 1
  local t0
  t0=$(date +%s%N)
  curl -sS --max-time 40 -o "$DRILL_DIR/inflight.json" -w '%{http_code}' -X PUT -H "Authorization: Bearer $anna" \
    -H 'Content-Type: application/json' -H "If-Match: $etag" --data '{"sex":"male","birthYear":1980,"lastName":"Klar"}' \
    "http://127.0.0.1:$B_PORT/api/v1/participants/$pid" >"$DRILL_DIR/inflight.status" &
  local client=$!
  sleep 1.5
  local bpid="${backend_pid[B]}"
  log "SIGTERM to backend B (pid $bpid) with a request in flight"
  kill -TERM "$bpid"
  sleep 0.5
  local refused
  refused=$(curl -sS --max-time 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$B_PORT/q/health/live" 2>/dev/null)
  wait "$client"
  wait "$locker"
  local status took stored
  status=$(cat "$DRILL_DIR/inflight.status")
  took=$(( ($(date +%s%N) - t0) / 1000000 ))
  wait_gone "$bpid" 30
  unset "backend_pid[B]"
  stored=$(sql "SELECT last_name IS NOT NULL FROM participant WHERE id = '$pid'")
  note "the in-flight update answered $status after ${took} ms (B was stopping); a new request to B meanwhile: ${refused}; B exited: $(kill -0 "$bpid" 2>/dev/null && echo no || echo yes)"
  check "a stop lets the in-flight request finish (200, stored) and then exits" '[[ $status == 200 && $stored == 1 ]] && ! kill -0 "$bpid" 2>/dev/null'
  start_backend B "$B_PORT" || fail "backend B did not come back"
}

drill_soak() {
  printf '\n### Soak, %s s mixed load (%s)\n\n' "$SOAK_SECONDS" "$(date -u +%FT%TZ)" >>"$RESULTS"
  local samples="$DRILL_DIR/soak-samples.tsv"
  printf 'second\tinstance\trss_kb\tthreads\tfds\tdb_connections\n' >"$samples"
  BASE="$API" KC="$KC_TOKEN" DURATION="$SOAK_SECONDS" CONCURRENCY=4 RATE=40 MIX=soak \
    OUT="$DRILL_DIR/load-soak.json" node "$ROOT/scripts/drills/load.mjs" >/dev/null &
  local load=$! t=0 name pid
  local step=$(( SOAK_SECONDS / 20 ))
  ((step < 5)) && step=5
  while kill -0 "$load" 2>/dev/null && ((t <= SOAK_SECONDS + 30)); do
    for name in A B; do
      pid="${backend_pid[$name]:-}"
      [[ -n "$pid" ]] || continue
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "$name" "$(awk '/VmRSS/{print $2}' "/proc/$pid/status")" \
        "$(ls "/proc/$pid/task" | wc -l)" "$(ls "/proc/$pid/fd" | wc -l)" \
        "$(sql "SELECT COUNT(*) FROM information_schema.processlist WHERE db = 'stegvis'")" >>"$samples"
    done
    sleep "$step"; t=$((t + step))
  done
  wait "$load"
  local verdict
  verdict=$(node - "$samples" "$DRILL_DIR/load-soak.json" <<'EOF'
const fs = require('fs');
const rows = fs.readFileSync(process.argv[2], 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const load = require(process.argv[3]);
const out = [];
let ok = load.unexpected === 0 && load.requests > 0;
for (const inst of ['A', 'B']) {
  const r = rows.filter((x) => x[1] === inst).map((x) => x.map(Number));
  if (r.length < 6) continue;
  const third = Math.floor(r.length / 3);
  const mid = r.slice(third, 2 * third), last = r.slice(2 * third);
  const avg = (a, i) => a.reduce((s, x) => s + x[i], 0) / a.length;
  const max = (a, i) => Math.max(...a.map((x) => x[i]));
  const rssGrowth = (avg(last, 2) - avg(mid, 2)) / avg(mid, 2);
  const threads = [max(mid, 3), max(last, 3)], fds = [max(mid, 4), max(last, 4)];
  out.push(`${inst}: RSS ${Math.round(avg(mid, 2) / 1024)} → ${Math.round(avg(last, 2) / 1024)} MB (${(rssGrowth * 100).toFixed(1)}%), threads max ${threads[0]} → ${threads[1]}, fds max ${fds[0]} → ${fds[1]}`);
  ok = ok && rssGrowth < 0.10 && threads[1] <= threads[0] + 5 && fds[1] <= fds[0] + 10;
}
const dbc = rows.map((x) => Number(x[5]));
out.push(`database connections ${Math.min(...dbc)}–${Math.max(...dbc)}`);
out.push(`requests ${load.requests}, by status ${JSON.stringify(load.byStatus)}, unexpected ${load.unexpected}, p50 ${load.p50ms} ms, p99 ${load.p99ms} ms`);
console.log((ok ? 'OK ' : 'BAD ') + out.join('; '));
EOF
)
  note "$verdict (samples: $samples)"
  check "soak: zero errors, memory flat after warm-up, no growth in threads or open files" '[[ "$verdict" == OK* ]]'
}

# -------------------------------------------------------------------------------------- main

drills=("$@")
((${#drills[@]})) || drills=(all)
# Keycloak last but the soak: a restarted in-memory Keycloak has new signing keys.
[[ " ${drills[*]} " == *" all "* ]] && drills=(two-instances db-outage shutdown keycloak-outage soak)
for d in "${drills[@]}"; do
  case "$d" in two-instances | db-outage | keycloak-outage | shutdown | soak) ;; *) die "unknown drill: $d" ;; esac
done

printf '\n## Drills %s (%s)\n' "${drills[*]}" "$(date -u +%FT%TZ)" >>"$RESULTS"
start_stack
for d in "${drills[@]}"; do
  log "=== drill: $d"
  "drill_${d//-/_}"
done

log "results appended to $RESULTS"
if ((${#failures[@]})); then
  log "FAILED (${#failures[@]}): ${failures[*]}"
  exit 1
fi
log "all ${#passes[@]} checks passed"
