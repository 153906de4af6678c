#!/usr/bin/env bash
# `make test`: every test of the project against real servers started here — backend unit and
# integration tests (real MariaDB, real Keycloak tokens), the SPA's unit tests, and browser
# tests (Debian's Chromium) against the whole product with the demo data. Exits non-zero on any
# failure; each runner prints its own summary.
#
#   TEST_MARIADB_PORT (3317)  TEST_KEYCLOAK_PORT (8190)  E2E_BACKEND_PORT (8091)  E2E_SPA_PORT (8090)
#   TEST_PARTS="backend frontend e2e"   run only some parts
#   E2E_FILTER=groups                   run only the browser specs whose file name contains it
set -uo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=scripts/build.sh
source "$ROOT/scripts/build.sh"

export TEST_MARIADB_PORT="${TEST_MARIADB_PORT:-3317}"
export TEST_KEYCLOAK_PORT="${TEST_KEYCLOAK_PORT:-8190}"
E2E_BACKEND_PORT="${E2E_BACKEND_PORT:-8091}"
E2E_SPA_PORT="${E2E_SPA_PORT:-8090}"
TEST_PARTS="${TEST_PARTS:-backend frontend e2e}"
E2E_DB="stegvis_e2e"
mkdir -p "$DATA_DIR"

mariadb_env=(MARIADB_PORT="$TEST_MARIADB_PORT" MARIADB_DATA="$DATA_DIR/test-mariadb" MARIADB_DB="$E2E_DB")
keycloak_env=(KEYCLOAK_PORT="$TEST_KEYCLOAK_PORT" KEYCLOAK_MGMT_PORT="$((TEST_KEYCLOAK_PORT + 1000))" KEYCLOAK_DATA=mem)

started=()
backend_pid=""
spa_pid=""
failures=()

cleanup() {
  trap - EXIT INT TERM
  [[ -n "$spa_pid" ]] && kill -- "-$spa_pid" 2>/dev/null
  [[ -n "$backend_pid" ]] && kill "$backend_pid" 2>/dev/null && wait_gone "$backend_pid" 30
  for ((i = ${#started[@]} - 1; i >= 0; i--)); do
    case "${started[i]}" in
      mariadb) env "${mariadb_env[@]}" "$ROOT/scripts/mariadb.sh" stop ;;
      keycloak) env "${keycloak_env[@]}" "$ROOT/scripts/keycloak.sh" stop ;;
    esac
  done
}
trap cleanup EXIT INT TERM

part() { [[ " $TEST_PARTS " == *" $1 "* ]]; }

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pick_java

# The servers are started once here and shared by the backend and browser tests.
if ! listening "$TEST_MARIADB_PORT"; then
  env "${mariadb_env[@]}" "$ROOT/scripts/mariadb.sh" start || die "MariaDB did not start"
  started+=(mariadb)
fi
if ! listening "$TEST_KEYCLOAK_PORT"; then
  env "${keycloak_env[@]}" "$ROOT/scripts/keycloak.sh" start || die "Keycloak did not start"
  started+=(keycloak)
fi

# --- Backend: unit, integration and contract tests ----------------------------------------
if part backend; then
  log "backend tests (Maven Surefire)"
  (cd "$ROOT/backend" && "$MVNW" -B verify) || failures+=("backend")
fi

# --- SPA unit tests -------------------------------------------------------------------------
if part frontend; then
  log "SPA unit tests (Vitest)"
  (cd "$ROOT/frontend" && { [[ -d node_modules ]] || npm ci --no-audit --no-fund --loglevel=error; } && npm test) ||
    failures+=("frontend")
fi

# --- Browser tests against the whole product ----------------------------------------------
if part e2e; then
  log "browser tests (playwright-core + Chromium) against the whole product"
  oidc="http://localhost:$TEST_KEYCLOAK_PORT/realms/stegvis"
  build_backend
  build_frontend "$oidc" dist-e2e
  mdb="$CACHE_DIR/mariadb-11.4.5"
  LD_LIBRARY_PATH="$mdb/libs" "$mdb/bin/mariadb" --skip-ssl -h127.0.0.1 -P"$TEST_MARIADB_PORT" -uroot \
    -e "DROP DATABASE IF EXISTS $E2E_DB; CREATE DATABASE $E2E_DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" ||
    die "cannot create the browser-test database"
  export DB_URL="jdbc:mariadb://127.0.0.1:$TEST_MARIADB_PORT/$E2E_DB" DB_USER=root DB_PASSWORD="" OIDC_URL="$oidc"
  export CRYPTO_KEY_1 CRYPTO_HASH_KEY
  CRYPTO_KEY_1="$(head -c 32 /dev/urandom | base64)"
  CRYPTO_HASH_KEY="$(head -c 32 /dev/urandom | base64)"
  jar="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
  if java -Dquarkus.http.port=0 -Dquarkus.log.level=WARN -jar "$jar" load-demo-data >"$DATA_DIR/e2e-demo-data.log" 2>&1; then
    PORT="$E2E_BACKEND_PORT" SPA_ORIGIN="http://localhost:$E2E_SPA_PORT" java -jar "$jar" >"$DATA_DIR/e2e-backend.log" 2>&1 &
    backend_pid=$!
    (cd "$ROOT/frontend" && exec setsid env PORT="$E2E_SPA_PORT" API_URL="http://127.0.0.1:$E2E_BACKEND_PORT" \
      npx vite preview --host 127.0.0.1 --outDir dist-e2e >"$DATA_DIR/e2e-spa.log" 2>&1) &
    spa_pid=$!
    if wait_for_url "http://127.0.0.1:$E2E_BACKEND_PORT/q/health/ready" 120 "the backend" &&
      wait_for_url "http://127.0.0.1:$E2E_SPA_PORT/" 60 "the SPA"; then
      (cd "$ROOT/frontend" && E2E_BASE_URL="http://localhost:$E2E_SPA_PORT" npm run test:e2e -- ${E2E_FILTER:-}) || failures+=("e2e")
    else
      log "see $DATA_DIR/e2e-backend.log and $DATA_DIR/e2e-spa.log"
      failures+=("e2e (stack did not start)")
    fi
  else
    log "loading the demo data failed; see $DATA_DIR/e2e-demo-data.log"
    failures+=("e2e (demo data)")
  fi
fi

# --- No personal data in any log of the run ----------------------------------------------------
# Identity numbers have the shape YYYYMMDD-NNNN (or without the dash); none may appear in the
# backend's logs from the tests, the demo-data load or the browser-test server.
PIN_PATTERN='(^|[^0-9a-f-])(19|20)[0-9]{2}(0[1-9]|1[0-2])([0-2][0-9]|3[01]|[6-8][0-9]|9[01])[-+]?[0-9]{4}([^0-9]|$)'
logs=()
while IFS= read -r -d '' f; do logs+=("$f"); done < <(find "$ROOT/backend/target/surefire-reports" -name '*-output.txt' -print0 2>/dev/null)
for f in "$DATA_DIR/e2e-backend.log" "$DATA_DIR/e2e-demo-data.log"; do [[ -f "$f" ]] && logs+=("$f"); done
if ((${#logs[@]})); then
  if grep -EnH "$PIN_PATTERN" "${logs[@]}" | head -5 | grep -q .; then
    log "personal identity numbers found in the logs:"
    grep -EnH "$PIN_PATTERN" "${logs[@]}" | cut -d: -f1-2 | head -5
    failures+=("log scan")
  else
    log "log scan: no identity numbers in ${#logs[@]} log files"
  fi
fi

if ((${#failures[@]})); then
  log "FAILED: ${failures[*]}"
  exit 1
fi
log "all tests passed"
