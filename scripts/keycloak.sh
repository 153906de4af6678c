#!/usr/bin/env bash
# Local Keycloak (no Docker) for development and tests, with the stegvis realm imported.
#
# Usage: scripts/keycloak.sh fetch|start|stop|status|restart
#
# Environment (defaults):
#   KEYCLOAK_PORT       8180   HTTP port, bound to 127.0.0.1
#   KEYCLOAK_MGMT_PORT  9180   management port (health: /health/ready)
#   KEYCLOAK_DATA       $ROOT/.data/keycloak   H2 database and import dir of this instance;
#                       the word "mem" runs with --db=dev-mem (nothing persists; for tests)
#   KEYCLOAK_HOSTNAME   unset  e.g. http://localhost:8180 to pin the token issuer; unset means
#                       the issuer follows the host the caller used
#   KEYCLOAK_TIMEOUT    180    seconds to wait for the realm to answer
#   KEYCLOAK_REALM_FILE $ROOT/docker/keycloak/stegvis-realm.json
#   MVN                 backend/mvnw
#
# Several instances can run at once (different ports): each gets its own database, import dir
# and transaction log dir, and each database mode (file/mem) runs from its own copy of the
# distribution because --db is a build option (a shared copy would be re-augmented by each).
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KC_VERSION=26.7.3
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_MGMT_PORT="${KEYCLOAK_MGMT_PORT:-9180}"
KEYCLOAK_DATA="${KEYCLOAK_DATA:-$DATA_DIR/keycloak}"
KEYCLOAK_TIMEOUT="${KEYCLOAK_TIMEOUT:-300}"
KEYCLOAK_REALM_FILE="${KEYCLOAK_REALM_FILE:-$ROOT/docker/keycloak/stegvis-realm.json}"
KC_DIST="$CACHE_DIR/keycloak-$KC_VERSION"
PID_FILE="$DATA_DIR/keycloak-$KEYCLOAK_PORT.pid"
LOG_FILE="$DATA_DIR/keycloak-$KEYCLOAK_PORT.log"

if [[ "$KEYCLOAK_DATA" == "mem" ]]; then
  KC_MODE="mem"
  # Per-instance scratch (import dir, transaction logs), wiped at every start.
  KC_STATE="$DATA_DIR/keycloak-$KEYCLOAK_PORT-mem"
else
  KC_MODE="file"
  KC_STATE="$KEYCLOAK_DATA"
fi
KC_HOME="$CACHE_DIR/keycloak-$KC_VERSION-run-$KC_MODE"
REALM_URL="http://localhost:$KEYCLOAK_PORT/realms/stegvis/.well-known/openid-configuration"

fetch() {
  if [[ -x "$KC_DIST/bin/kc.sh" ]]; then
    log "Keycloak $KC_VERSION already unpacked in $KC_DIST"
    return 0
  fi
  local zip
  zip=$(maven_fetch "org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip")
  mkdir -p "$CACHE_DIR"
  local tmp="$CACHE_DIR/.keycloak-unzip.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  log "unpacking $zip"
  unzip -q "$zip" -d "$tmp"
  mv "$tmp/keycloak-$KC_VERSION" "$KC_DIST"
  rm -rf "$tmp"
}

# The copy of the distribution this mode runs from (augmented on its first start, kept).
prepare_home() {
  if [[ ! -x "$KC_HOME/bin/kc.sh" ]]; then
    log "creating run copy $KC_HOME"
    rm -rf "$KC_HOME.tmp"
    cp -a "$KC_DIST" "$KC_HOME.tmp"
    mv "$KC_HOME.tmp" "$KC_HOME"
  fi
  # --import-realm would use <home>/data/import if it existed, overriding ours.
  rm -rf "$KC_HOME/data/import"
}

start() {
  if pid_alive "$PID_FILE"; then
    log "already running on port $KEYCLOAK_PORT (pid $(cat "$PID_FILE"))"
    return 0
  fi
  [[ -f "$KEYCLOAK_REALM_FILE" ]] || die "realm file $KEYCLOAK_REALM_FILE not found"
  fetch
  prepare_home
  pick_java
  mkdir -p "$DATA_DIR"
  if [[ "$KC_MODE" == mem ]]; then
    rm -rf "$KC_STATE"
  fi
  mkdir -p "$KC_STATE/import" "$KC_STATE/transaction-logs"
  cp "$KEYCLOAK_REALM_FILE" "$KC_STATE/import/stegvis-realm.json"

  local args=(start-dev
    --http-host=127.0.0.1
    "--http-port=$KEYCLOAK_PORT"
    "--http-management-port=$KEYCLOAK_MGMT_PORT"
    --health-enabled=true
    --import-realm)
  if [[ "$KC_MODE" == mem ]]; then
    args+=(--db=dev-mem)
  else
    args+=(--db=dev-file "--db-url=jdbc:h2:file:$KC_STATE/h2/keycloakdb;NON_KEYWORDS=VALUE")
  fi
  if [[ -n "${KEYCLOAK_HOSTNAME:-}" ]]; then
    args+=("--hostname=$KEYCLOAK_HOSTNAME")
  fi

  log "starting Keycloak $KC_VERSION ($KC_MODE) on 127.0.0.1:$KEYCLOAK_PORT, log $LOG_FILE"
  local t0
  t0=$(date +%s)
  # setsid: kc.sh and its java child get their own process group, so stop can end both.
  KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
    JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND:-} -Dkeycloak.migration.dir=$KC_STATE/import -Dquarkus.transaction-manager.object-store.directory=$KC_STATE/transaction-logs" \
    setsid "$KC_HOME/bin/kc.sh" "${args[@]}" >"$LOG_FILE" 2>&1 </dev/null &
  echo $! >"$PID_FILE"

  if ! wait_for_url "$REALM_URL" "$KEYCLOAK_TIMEOUT" "Keycloak realm stegvis on :$KEYCLOAK_PORT"; then
    if ! pid_alive "$PID_FILE"; then
      log "Keycloak exited; last log lines:"
      tail -n 30 "$LOG_FILE" >&2
    fi
    die "Keycloak did not answer $REALM_URL within ${KEYCLOAK_TIMEOUT}s (log: $LOG_FILE)"
  fi
  log "Keycloak ready in $(($(date +%s) - t0))s (pid $(cat "$PID_FILE")); admin console http://localhost:$KEYCLOAK_PORT/admin (admin/admin)"
}

stop() {
  if ! pid_alive "$PID_FILE"; then
    log "not running on port $KEYCLOAK_PORT"
    rm -f "$PID_FILE"
    return 0
  fi
  local pid
  pid=$(cat "$PID_FILE")
  log "stopping Keycloak on port $KEYCLOAK_PORT (pid $pid and its children)"
  # kc.sh was started as a session/group leader: signal the whole group (script + java).
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  pkill -TERM -P "$pid" 2>/dev/null || true
  if ! wait_gone "$pid" 30; then
    log "still running after 30s, killing"
    kill -KILL -- "-$pid" 2>/dev/null || true
    pkill -KILL -P "$pid" 2>/dev/null || true
    wait_gone "$pid" 10 || die "could not stop pid $pid"
  fi
  # Wait for any remaining member of the group (the java child) to be gone as well.
  local i=0
  while pgrep -g "$pid" >/dev/null 2>&1 && ((i < 100)); do
    sleep 0.2
    i=$((i + 1))
  done
  rm -f "$PID_FILE"
  log "stopped"
}

status() {
  if pid_alive "$PID_FILE"; then
    if curl -fsS -o /dev/null --max-time 5 "$REALM_URL"; then
      log "running on port $KEYCLOAK_PORT (pid $(cat "$PID_FILE")), realm stegvis answers"
    else
      log "process running on port $KEYCLOAK_PORT (pid $(cat "$PID_FILE")), realm not answering yet"
    fi
    return 0
  fi
  log "not running on port $KEYCLOAK_PORT"
  return 3
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  restart) stop && start ;;
  status) status ;;
  *)
    echo "usage: $0 fetch|start|stop|restart|status" >&2
    exit 2
    ;;
esac
