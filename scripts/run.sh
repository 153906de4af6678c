#!/usr/bin/env bash
# `make run`: the whole product on this machine — MariaDB, Keycloak, the demo data, the backend
# and the built SPA — then waits; Ctrl-C stops everything it started.
#
# Environment (see the README):
#   DB_URL, DB_USER, DB_PASSWORD   an external MariaDB instead of the embedded one
#   OIDC_URL                       an external Keycloak realm (…/realms/stegvis) instead of the embedded one
#   SPA_PORT (8080)  BACKEND_PORT (8081)  KEYCLOAK_PORT (8180)  MARIADB_PORT (3307)
#   SKIP_DEMO_DATA=1               do not load the demo data
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=scripts/build.sh
source "$ROOT/scripts/build.sh"

SPA_PORT="${SPA_PORT:-8080}"
BACKEND_PORT="${BACKEND_PORT:-8081}"
export KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
export MARIADB_PORT="${MARIADB_PORT:-3307}"
mkdir -p "$DATA_DIR"

started=()
backend_pid=""
spa_pid=""

cleanup() {
  trap - EXIT INT TERM
  echo
  log "stopping what make run started"
  [[ -n "$spa_pid" ]] && kill -- "-$spa_pid" 2>/dev/null || true
  [[ -n "$backend_pid" ]] && kill "$backend_pid" 2>/dev/null && wait_gone "$backend_pid" 30 || true
  for ((i = ${#started[@]} - 1; i >= 0; i--)); do
    "$ROOT/scripts/${started[i]}.sh" stop || true
  done
  log "stopped"
}
trap cleanup EXIT INT TERM

pick_java
log "using Java in $JAVA_HOME"

# --- Infrastructure ----------------------------------------------------------------------
if [[ -z "${DB_URL:-}" ]]; then
  "$ROOT/scripts/mariadb.sh" start
  started+=(mariadb)
  export DB_URL="jdbc:mariadb://127.0.0.1:$MARIADB_PORT/stegvis" DB_USER=root DB_PASSWORD=""
else
  log "using the external database $DB_URL"
fi

if [[ -z "${OIDC_URL:-}" ]]; then
  log "starting Keycloak in the background while the rest builds (log $DATA_DIR/keycloak-start.log)"
  "$ROOT/scripts/keycloak.sh" start >"$DATA_DIR/keycloak-start.log" 2>&1 &
  keycloak_starter=$!
  started+=(keycloak)
  export OIDC_URL="http://localhost:$KEYCLOAK_PORT/realms/stegvis"
else
  keycloak_starter=""
  log "using the external identity provider $OIDC_URL"
fi

# --- Build (skipped when nothing changed since the last build) ---------------------------
build_backend
build_frontend "$OIDC_URL" dist

if [[ -n "$keycloak_starter" ]]; then
  log "waiting for Keycloak"
  if ! wait "$keycloak_starter"; then
    tail -n 5 "$DATA_DIR/keycloak-start.log" >&2
    die "Keycloak did not start"
  fi
  tail -n 1 "$DATA_DIR/keycloak-start.log" >&2
fi

# --- Secrets for local use: generated once, kept in the ignored data folder --------------
secrets="$DATA_DIR/secrets.env"
if [[ ! -f "$secrets" ]]; then
  log "generating local encryption keys in $secrets"
  umask 077
  printf 'CRYPTO_KEY_1=%s\nCRYPTO_HASH_KEY=%s\n' "$(head -c 32 /dev/urandom | base64)" "$(head -c 32 /dev/urandom | base64)" >"$secrets"
fi
set -a
# shellcheck source=/dev/null
source "$secrets"
set +a

BACKEND_JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"

# --- Demo data: an explicit step, never part of the server's start-up ---------------------
if [[ "${SKIP_DEMO_DATA:-}" != 1 ]]; then
  log "loading the demo data (skipped for rows that exist already)"
  java -Dquarkus.http.port=0 -Dquarkus.log.level=WARN -Dquarkus.log.category.\"se.stegvis\".level=INFO \
    -jar "$BACKEND_JAR" load-demo-data >"$DATA_DIR/demo-data.log" 2>&1 ||
    die "loading the demo data failed (log: $DATA_DIR/demo-data.log)"
fi

# --- Backend and SPA ----------------------------------------------------------------------
log "starting the backend on 127.0.0.1:$BACKEND_PORT, log $DATA_DIR/backend.log"
# The production run's JVM options (backend/jvm.options; the Dockerfile and make bench use them too).
PORT="$BACKEND_PORT" SPA_ORIGIN="http://localhost:$SPA_PORT" MALLOC_ARENA_MAX=2 \
  java @"$ROOT/backend/jvm.options" -jar "$BACKEND_JAR" >"$DATA_DIR/backend.log" 2>&1 &
backend_pid=$!
wait_for_url "http://127.0.0.1:$BACKEND_PORT/q/health/ready" 120 "the backend" ||
  die "the backend did not become ready (log: $DATA_DIR/backend.log)"

log "serving the SPA on localhost:$SPA_PORT, log $DATA_DIR/spa.log"
(cd "$ROOT/frontend" && exec setsid env PORT="$SPA_PORT" API_URL="http://127.0.0.1:$BACKEND_PORT" \
  npx vite preview --host 127.0.0.1 --outDir dist >"$DATA_DIR/spa.log" 2>&1) &
spa_pid=$!
wait_for_url "http://127.0.0.1:$SPA_PORT/" 60 "the SPA" || die "the SPA did not start (log: $DATA_DIR/spa.log)"

cat <<EOF

  Stegvis is running.  Open  http://localhost:$SPA_PORT

  Demo logins (password for all: stegvis)
    anna    Anna Lindqvist   samordnare (coordinator) – Cresco+ Skövde/Falköping, MAC
    erik    Erik Sandberg    samordnare (coordinator) – Cresco+ Lidköping/Mariestad, REBUS
    maria   Maria Holm       projektledare (project manager) – all three projects
    lars    Lars Ek          handläggare (partner caseworker), Arbetsförmedlingen
    karin   Karin Berg       handläggare (partner caseworker), Försäkringskassan
    sara    Sara Nyström     analytiker (analyst)
    admin   Ada Admin        administratör (admin)

  API           http://localhost:$SPA_PORT/api/v1   (contract: http://localhost:$SPA_PORT/q/openapi)
  API docs      http://localhost:$BACKEND_PORT/q/swagger-ui
  Keycloak      ${OIDC_URL%/realms/*}/admin  (master realm admin/admin)
  Partner API   client partner-af / dev-partner-af-secret (client credentials)

  Press Ctrl-C to stop.
EOF

wait "$backend_pid"
