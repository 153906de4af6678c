#!/usr/bin/env bash
# Fills a benchmark database with generated, national-scale data (bench/generate.sql: bulk
# INSERT ... SELECT over MariaDB's Sequence engine, no round trip per row), deterministic from the
# seed (and the day: due dates are relative to today), then writes the lists the load scenarios
# pick from.
#
# Usage: bench/generate.sh PARTICIPANTS SEED OUT_DIR
#
# The database must exist, be migrated (start the backend on it once: bench/bench.sh does) and
# have no participants yet. Environment (defaults):
#   BENCH_MARIADB_PORT 3327   BENCH_DB stegvis_bench   BENCH_TODAY today in Europe/Stockholm
#   BENCH_GENERATE_TIMEOUT 900 (seconds the SQL may run)
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/lib.sh
source "$BENCH_DIR/../scripts/lib.sh"

P="${1:?usage: $0 PARTICIPANTS SEED OUT_DIR}"
SEED="${2:?usage: $0 PARTICIPANTS SEED OUT_DIR}"
OUT="${3:?usage: $0 PARTICIPANTS SEED OUT_DIR}"
[[ "$P" =~ ^[0-9]+$ ]] && ((P >= 200 && P <= 2000000)) || die "PARTICIPANTS must be a number from 200 to 2000000"
[[ "$SEED" =~ ^[0-9]+$ ]] || die "SEED must be a non-negative number"
PORT="${BENCH_MARIADB_PORT:-3327}"
DB="${BENCH_DB:-stegvis_bench}"
TODAY="${BENCH_TODAY:-$(TZ=Europe/Stockholm date +%F)}"
[[ "$DB" =~ ^[A-Za-z0-9_]+$ ]] || die "BENCH_DB must be letters, digits and _ only"
[[ "$TODAY" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || die "BENCH_TODAY must be YYYY-MM-DD"
MDB_HOME="$CACHE_DIR/mariadb-11.4.5"
ANNA=5e9f1a00-0000-4000-8000-000000000001
MARIA=5e9f1a00-0000-4000-8000-000000000003

sql() {
  LD_LIBRARY_PATH="$MDB_HOME/libs" timeout "${BENCH_GENERATE_TIMEOUT:-900}" "$MDB_HOME/bin/mariadb" --no-defaults \
    --skip-ssl --protocol=TCP -h 127.0.0.1 -P "$PORT" -u root --default-character-set=utf8mb4 "$DB" "$@"
}

[[ "$(sql -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'enrollment'")" == 1 ]] ||
  die "database $DB on :$PORT has no schema: start the backend on it once (Flyway migrates it)"
[[ "$(sql -N -e 'SELECT COUNT(*) FROM participant')" == 0 ]] || die "database $DB already has participants"

t0=$(date +%s)
log "generating $P participants (seed $SEED, today $TODAY) into $DB on :$PORT"
sql <"$ROOT/backend/src/main/resources/demo/base.sql"
{
  printf "SET @P = %d, @SEED = %d, @TODAY = DATE '%s';\n" "$P" "$SEED" "$TODAY"
  cat "$BENCH_DIR/generate.sql"
} | sql
t1=$(date +%s)

mkdir -p "$OUT"
# The coordinator's (anna's) participants with the enrollment the page shows.
sql -N -e "SELECT participant_id, id FROM enrollment WHERE coordinator_id = '$ANNA' ORDER BY id" | tr '\t' ' ' >"$OUT/pages.txt"
# Open enrollments in the projects maria manages (the assessment scenario).
sql -N -e "SELECT e.id FROM enrollment e JOIN user_assignment ua ON ua.project_id = e.project_id
  AND ua.user_id = '$MARIA' AND ua.municipality_code IS NULL WHERE e.status = 'open' ORDER BY e.id" >"$OUT/open-enrollments.txt"
# A deterministic sample of participants from the whole table (the reference reads and writes).
sql -N -e "SELECT id FROM participant ORDER BY CRC32(CONCAT($SEED, id)) LIMIT 5000" >"$OUT/participants.txt"
# Where the partner refers people to: anna's project and municipality.
sql -N -e "SELECT project, mun FROM bench_slot WHERE s = 0" | tr '\t' ' ' >"$OUT/referral-target.txt"
# The assessment body's ratings: every item of BIP, the participant's only where they rate.
sql -N -e "SELECT CONCAT('[', GROUP_CONCAT(CONCAT('{\"itemKey\":\"', item_key, '\",\"coordinator\":3',
  IF(participant_rates, ',\"participant\":4', ''), '}') ORDER BY position SEPARATOR ','), ']')
  FROM instrument_item WHERE instrument_id = '20000000-0000-0000-0000-000000000001'" >"$OUT/bip-ratings.json"
sql -e "DROP TABLE IF EXISTS bench_pe, bench_slot"

counts=$(sql -N -e "SELECT CONCAT_WS(' ',
  CONCAT('participants=', (SELECT COUNT(*) FROM participant)), CONCAT('enrollments=', (SELECT COUNT(*) FROM enrollment)),
  CONCAT('open=', (SELECT COUNT(*) FROM enrollment WHERE status = 'open')),
  CONCAT('interventions=', (SELECT COUNT(*) FROM intervention)), CONCAT('assessments=', (SELECT COUNT(*) FROM assessment)),
  CONCAT('ratings=', (SELECT COUNT(*) FROM assessment_rating)), CONCAT('goals=', (SELECT COUNT(*) FROM plan_goal)),
  CONCAT('sub_goals=', (SELECT COUNT(*) FROM plan_sub_goal)), CONCAT('follow_ups=', (SELECT COUNT(*) FROM plan_follow_up)),
  CONCAT('referrals=', (SELECT COUNT(*) FROM referral)), CONCAT('projects=', (SELECT COUNT(*) FROM project)),
  CONCAT('coordinators=', (SELECT COUNT(DISTINCT user_id) FROM user_assignment)))")
t2=$(date +%s)
printf '%s\n' "$counts" >"$OUT/counts.txt"
printf '%s\n' "$((t1 - t0))" >"$OUT/generate-seconds.txt"
log "generated in $((t1 - t0))s (lists $((t2 - t1))s): $counts"
log "anna coordinates $(grep -c . "$OUT/pages.txt") participants; open enrollments for maria: $(grep -c . "$OUT/open-enrollments.txt")"
