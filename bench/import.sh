#!/usr/bin/env bash
# A bulk import of published fact-checks through the packaged app, as a desk moving its archive in would run it:
# the CheckThat! 2020 collection of Snopes fact-checks (claim and headline, ~10,000 rows, read from the shared
# datasets folder and never copied into the project) as one CSV upload, approved by a second admin, imported in the
# background, and embedded for claim matching (claim text and headline). Times the upload, the import until the
# job is DONE, and until every imported claim has its stored embedding; samples the app's RSS and CPU.
#
#   bench/import.sh                       the first 10,000 rows of the collection (the most one import takes)
#   ROWS=500 bench/import.sh              the first 500 rows (a quick check of the script)
#
# Settings (environment): ROWS, DATASETS (default ../shared/datasets next to the project), BENCH_WORK (default
# /tmp/factdesk-import, its own PostgreSQL on PG_PORT 55433 and app on APP_PORT 18081 so it can run beside
# bench/run.sh), APP_JAR, APP_JAVA_OPTS, IMPORT_REPORT (default $BENCH_WORK/results/import.txt).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DATASETS="${DATASETS:-$ROOT/../shared/datasets}"
COLLECTION="$DATASETS/checkthat2020-claim-retrieval/v3.0/verified_claims.docs.tsv"
ROWS="${ROWS:-10000}"
BENCH_WORK="${BENCH_WORK:-/tmp/factdesk-import}"
PG_PORT="${PG_PORT:-55433}"
APP_PORT="${APP_PORT:-18081}"
RESULTS="$BENCH_WORK/results"
IMPORT_REPORT="${IMPORT_REPORT:-$RESULTS/import.txt}"
ORG=bench-import
# Keycloak users (password = name): "importer" uploads, "approver" approves (nobody approves their own import),
# "platform" creates the organisation.
KC_USERS="importer:$ORG:reviewer,editor approver:$ORG:reviewer,editor,admin platform::platform-admin"
mkdir -p "$BENCH_WORK" "$RESULTS"

. "$ROOT/bench/lib/pg.sh"
PG_DB=factdesk_import
JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB"
. "$ROOT/bench/lib/app.sh"
. "$ROOT/bench/lib/keycloak.sh"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

cleanup() {
  app_stop bench-import || true
  kc_stop || true
  pg_stop || true
}
trap cleanup EXIT

[ -f "$COLLECTION" ] || { echo "no collection at $COLLECTION (set DATASETS)" >&2; exit 1; }
[ -f "$APP_JAR" ] || { echo "no packaged app at $APP_JAR: run ./mvnw -B -DskipTests package first" >&2; exit 1; }

# The collection as the import's CSV: claim, headline and the rating "False" (the collection carries no rating;
# Snopes' own labels are not in it). The URL is the natural key, so every row is a new fact-check.
python3 - "$COLLECTION" "$ROWS" "$BENCH_WORK/import.rows" > "$BENCH_WORK/import.csv" <<'EOF'
import csv, sys
rows = int(sys.argv[2])
written = 0
out = csv.writer(sys.stdout, lineterminator="\r\n")
out.writerow(["claim", "headline", "rating", "url", "published"])
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    reader = csv.reader(f, delimiter="\t")
    next(reader)
    for i, (vclaim_id, claim, title) in enumerate(reader):
        if i >= rows:
            break
        out.writerow([claim, title, "False", "https://bench.example/fact-check/" + vclaim_id, "2020-01-01"])
        written += 1
open(sys.argv[3], "w").write(str(written))
EOF
ROWS_IN_FILE=$(cat "$BENCH_WORK/import.rows")

log "starting Keycloak $KC_VERSION"
kc_start "$KC_USERS"
log "starting PostgreSQL on port $PG_PORT with an empty database"
pg_start
pg_drop_db > /dev/null
pg_create_db > /dev/null
app_start "$APP_PORT" bench-import
app_wait "$APP_PORT" 300 > /dev/null
PID=$(app_pid bench-import)
API="http://127.0.0.1:$APP_PORT/api/v1"

curl -sf -o /dev/null -H "Authorization: Bearer $(kc_token platform)" -H 'Content-Type: application/json' \
  -d "{\"name\": \"Bench Import\", \"slug\": \"$ORG\"}" "$API/organisations" \
  || { echo "creating the organisation $ORG failed" >&2; exit 1; }
IMPORTER=$(kc_token importer)
APPROVER=$(kc_token approver)

cpu_ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
# The database holds only this import's claims; a row stores its embeddings in its own transaction.
claims_embedded() {
  pg_psql -d "$PG_DB" -tAc "select count(*) from claim_embedding"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
TICKS0=$(cpu_ticks)
START=$(date +%s%N)
LOCATION=$(curl -sf -D - -o /dev/null -H "Authorization: Bearer $IMPORTER" -H 'Content-Type: text/csv' \
  --data-binary "@$BENCH_WORK/import.csv" "$API/imports/csv?publisher=Snopes" | tr -d '\r' | awk 'tolower($1) == "location:" {print $2}')
UPLOADED=$(date +%s%N)
JOB=${LOCATION##*/}
log "uploaded $ROWS_IN_FILE rows as import $JOB; approving"
curl -sf -o /dev/null -X POST -H "Authorization: Bearer $APPROVER" "$API/imports/$JOB/approve"

RSS_MAX=0
status=""
while :; do
  read -r status processed imported skipped < <(curl -sf -H "Authorization: Bearer $APPROVER" "$API/imports/$JOB" \
    | python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["status"], j["processedRows"], j["importedRows"], j["skippedRows"])')
  rss=$(rss_mib "$PID"); [ "$rss" -gt "$RSS_MAX" ] && RSS_MAX=$rss
  [ "$status" = RUNNING ] || [ "$status" = AWAITING_APPROVAL ] || break
  sleep 1
done
IMPORTED_AT=$(date +%s%N)
log "import $status: $imported imported, $skipped skipped; waiting for the embeddings"
[ "$status" = DONE ] || { echo "import ended $status" >&2; exit 1; }
if [ "$skipped" -gt 0 ]; then
  log "skipped rows' reasons (first page):"
  curl -sf -H "Authorization: Bearer $APPROVER" "$API/imports/$JOB/rows?size=5" >&2 || true
  echo >&2
fi
[ "$imported" -gt 0 ] || { echo "nothing was imported" >&2; exit 1; }
deadline=$((SECONDS + 1800))
while [ "$(claims_embedded)" -lt "$imported" ]; do
  rss=$(rss_mib "$PID"); [ "$rss" -gt "$RSS_MAX" ] && RSS_MAX=$rss
  [ $SECONDS -lt $deadline ] || { echo "embeddings incomplete after 30 min" >&2; exit 1; }
  sleep 1
done
DONE_AT=$(date +%s%N)
TICKS1=$(cpu_ticks)
HZ=$(getconf CLK_TCK)

{
  echo "date=$(date -u +%Y-%m-%dT%H:%MZ) commit=$(cd "$ROOT" && git rev-parse --short HEAD) nproc=$(nproc)"
  echo "rows=$ROWS_IN_FILE imported=$imported skipped=$skipped"
  echo "upload_ms=$(( (UPLOADED - START) / 1000000 ))"
  echo "imported_ms=$(( (IMPORTED_AT - START) / 1000000 ))"
  echo "embedded_ms=$(( (DONE_AT - START) / 1000000 ))"
  echo "app_cpu_s=$(awk -v t=$((TICKS1 - TICKS0)) -v hz="$HZ" 'BEGIN {printf "%.1f", t / hz}')"
  echo "rss_max_mib=$RSS_MAX"
  echo "load_before=$LOAD_BEFORE load_after=$(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$IMPORT_REPORT"
