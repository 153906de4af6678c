# shellcheck shell=bash
# Shared helpers for the scripts in this directory. Source it; do not run it.
#   ROOT       repo root (derived from this file's location unless already set)
#   CACHE_DIR  downloaded/unpacked tools ($ROOT/.cache)
#   DATA_DIR   local state of dev services ($ROOT/.data)

if [[ -z "${ROOT:-}" ]]; then
  ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fi
CACHE_DIR="${CACHE_DIR:-$ROOT/.cache}"
DATA_DIR="${DATA_DIR:-$ROOT/.data}"
export ROOT CACHE_DIR DATA_DIR

# log MESSAGE... : timestamped message on stderr, prefixed with the script name.
log() {
  printf '%s [%s] %s\n' "$(date +%H:%M:%S)" "$(basename "$0" .sh)" "$*" >&2
}

die() {
  log "ERROR: $*"
  exit 1
}

# wait_for_url URL TIMEOUT_SECONDS NAME : poll URL until it answers 2xx, printing a dot per try.
wait_for_url() {
  local url="$1" timeout="$2" name="${3:-$1}"
  local start now
  start=$(date +%s)
  printf '%s waiting for %s ' "$(date +%H:%M:%S)" "$name" >&2
  while true; do
    if curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null; then
      now=$(date +%s)
      printf ' up after %ss\n' "$((now - start))" >&2
      return 0
    fi
    now=$(date +%s)
    if ((now - start >= timeout)); then
      printf ' timed out after %ss\n' "$timeout" >&2
      return 1
    fi
    printf '.' >&2
    sleep 1
  done
}

# java_major JAVA_BIN : prints the major version of that java (e.g. 17, 21, 25), or nothing.
java_major() {
  local out
  out=$("$1" -version 2>&1 | head -n 1) || return 0
  # 'openjdk version "25.0.1" ...' / 'java version "1.8.0_..."'
  out=${out#*\"}
  out=${out%%\"*}
  if [[ "$out" == 1.* ]]; then
    out=${out#1.}
  fi
  printf '%s\n' "${out%%[.+-]*}"
}

# pick_java : export JAVA_HOME to a JDK >= 21 (JAVA_HOME itself if good enough, else the
# newest one under /usr/lib/jvm) and put its bin first on PATH.
pick_java() {
  local best="" best_major=0 dir major
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    major=$(java_major "$JAVA_HOME/bin/java")
    if [[ -n "$major" ]] && ((major >= 21)); then
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  fi
  for dir in /usr/lib/jvm/*; do
    [[ -x "$dir/bin/java" && ! -L "$dir" ]] || continue
    major=$(java_major "$dir/bin/java")
    [[ -n "$major" ]] || continue
    if ((major >= 21 && major > best_major)); then
      best="$dir"
      best_major=$major
    fi
  done
  [[ -n "$best" ]] || die "no JDK >= 21 found (JAVA_HOME or /usr/lib/jvm/*)"
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}

# maven_fetch GROUP:ARTIFACT:VERSION[:PACKAGING] : make sure the artifact is in the local
# Maven repository (no transitive dependencies) and print its path.
maven_fetch() {
  local coords="$1" g a v p repo
  IFS=: read -r g a v p <<<"$coords"
  p="${p:-jar}"
  repo="${MAVEN_REPO:-$HOME/.m2/repository}"
  local file="$repo/${g//.//}/$a/$v/$a-$v.$p"
  if [[ ! -f "$file" ]]; then
    log "fetching $coords through Maven"
    "${MVN:-$ROOT/backend/mvnw}" -q -B dependency:get -Dtransitive=false "-Dartifact=$g:$a:$v:$p" >&2 ||
      "${MVN:-$ROOT/backend/mvnw}" -q -B -U dependency:get -Dtransitive=false "-Dartifact=$g:$a:$v:$p" >&2 ||
      die "could not fetch $coords"
  fi
  [[ -f "$file" ]] || die "fetched $coords but $file is missing"
  printf '%s\n' "$file"
}

# pid_alive PIDFILE : true when the file names a running process.
pid_alive() {
  local pid
  [[ -f "$1" ]] || return 1
  pid=$(cat "$1")
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null
}

# wait_gone PID TIMEOUT_SECONDS : wait until the process has exited.
wait_gone() {
  local pid="$1" timeout="$2" i=0
  while kill -0 "$pid" 2>/dev/null; do
    if ((i >= timeout * 5)); then
      return 1
    fi
    sleep 0.2
    i=$((i + 1))
  done
}
