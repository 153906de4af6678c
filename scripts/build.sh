# shellcheck shell=bash
# Builds shared by run.sh, test.sh and bench: each is skipped when its output is newer than
# every input, so that a second `make run` starts in seconds. Source it after lib.sh.

MVNW="$ROOT/backend/mvnw"

# newer_than OUTPUT INPUT... : true when OUTPUT exists and no file under the INPUTs is newer.
newer_than() {
  local output="$1"
  shift
  [[ -e "$output" ]] || return 1
  [[ -z "$(find "$@" -newer "$output" -type f -not -path '*/node_modules/*' -print -quit 2>/dev/null)" ]]
}

build_backend() {
  local jar="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
  if newer_than "$jar" "$ROOT/backend/src/main" "$ROOT/backend/pom.xml" "$ROOT/openapi.yaml"; then
    log "backend is up to date"
    return 0
  fi
  log "building the backend (first time: downloads dependencies through Maven)"
  (cd "$ROOT/backend" && "$MVNW" -B -q package -Dmaven.test.skip=true) || die "the backend build failed"
}

# build_frontend OIDC_AUTHORITY OUT_DIR
build_frontend() {
  local authority="$1" out="$2"
  local stamp="$ROOT/frontend/$out/.built-for"
  (cd "$ROOT/frontend" && if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules ]]; then
    log "installing the SPA's packages (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
  fi) || die "npm ci failed"
  if newer_than "$stamp" "$ROOT/frontend/src" "$ROOT/frontend/index.html" "$ROOT/frontend/package-lock.json" \
    "$ROOT/frontend/vite.config.ts" "$ROOT/openapi.yaml" && [[ "$(cat "$stamp")" == "$authority" ]]; then
    log "SPA ($out) is up to date"
    return 0
  fi
  log "building the SPA into frontend/$out"
  (cd "$ROOT/frontend" && npm run generate --silent && npx tsc -b &&
    VITE_OIDC_AUTHORITY="$authority" npx vite build --outDir "$out" --emptyOutDir --logLevel warn) ||
    die "the SPA build failed"
  printf '%s' "$authority" >"$stamp"
}
