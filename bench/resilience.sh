#!/usr/bin/env bash
# Resilience evidence: the packaged app under a steady mix of API writes, API reads and public pages while
# PostgreSQL is stopped and started again. Checks: during the outage requests fail fast with 503
# (application/problem+json on the API, an HTML page on the web), the app serves again after the restart
# without being restarted, and every write acknowledged with a 2xx is in the database afterwards.
# Prints a Markdown report (stdout); exits non-zero when a check fails.
#
#   bench/resilience.sh      (BEFORE=8 OUTAGE=10 AFTER=12 seconds; BENCH_WORK as for run.sh)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH_WORK="${BENCH_WORK:-/tmp/factdesk-bench}"
BEFORE="${BEFORE:-8}"
OUTAGE="${OUTAGE:-10}"
AFTER="${AFTER:-12}"
WRITERS="${WRITERS:-4}"
PG_DB=factdesk_resilience
PORT=18083
OUT="$BENCH_WORK/resilience"
mkdir -p "$BENCH_WORK" "$OUT"
rm -f "$OUT"/*.log

. "$ROOT/bench/lib/pg.sh"
. "$ROOT/bench/lib/app.sh"
. "$ROOT/bench/lib/keycloak.sh"
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# The Keycloak users (password = username) and their organisation claim; bench/lib/seed-org.sql makes them members.
USERS="reviewer1:scale-org:reviewer editor1:scale-org:reviewer,editor"

cleanup() {
  app_stop resilience || true
  kc_stop || true
  # Started again if the script stopped during the outage (a clean shutdown), then stopped like everything else.
  pg_start > /dev/null 2>&1 || true
  pg_stop > /dev/null 2>&1 || true
}
trap cleanup EXIT

# writer N END_MS: creates claims until END_MS; logs "ms status content-type seconds id text" per request.
writer() {
  local n=$1 end=$2 i=0 token
  token=$(kc_token reviewer1)
  while [ "$(now_ms)" -lt "$end" ]; do
    i=$((i + 1))
    local text="Resilience write $n-$i: the harbour handled $i million tonnes." start result id
    start=$(now_ms)
    result=$(curl -s --max-time 15 -o "$OUT/w$n.body" -w '%{http_code} %{content_type} %{time_total}' \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"text\":\"$text\",\"claimant\":\"Harbour master\"}" "http://127.0.0.1:$PORT/api/v1/claims" || echo "000 - 15")
    id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("id", "-"))' "$OUT/w$n.body" 2> /dev/null || echo -)
    echo "$start $result $id $text" >> "$OUT/writes.log"
    sleep 0.05
  done
}

# reader URL_PATH NAME END_MS: reads until END_MS; logs "ms status content-type seconds".
reader() {
  local path=$1 name=$2 end=$3
  while [ "$(now_ms)" -lt "$end" ]; do
    local start; start=$(now_ms)
    echo "$start $(curl -s --max-time 15 -o /dev/null -w '%{http_code} %{content_type} %{time_total}' \
      "http://127.0.0.1:$PORT$path" || echo "000 - 15")" >> "$OUT/$name.log"
    sleep 0.05
  done
}

phase_of() { # ms -> before|outage|after
  awk -v down="$DOWN_MS" -v up="$UP_MS" '{ p = ($1 < down) ? "before" : ($1 < up) ? "outage" : "after"; print p, $0 }'
}

main() {
  pg_start
  pg_drop_db > /dev/null; pg_create_db > /dev/null
  kc_start "$USERS"
  app_start "$PORT" resilience
  app_wait "$PORT" > /dev/null
  pg_psql -d "$PG_DB" -f "$ROOT/bench/lib/seed-org.sql" > /dev/null
  local start end pids=()
  start=$(now_ms); end=$((start + (BEFORE + OUTAGE + AFTER) * 1000))
  log "load for $((BEFORE + OUTAGE + AFTER)) s: $WRITERS API writers, API reads, home page"
  for n in $(seq 1 "$WRITERS"); do writer "$n" "$end" & pids+=($!); done
  reader "/api/v1/verdicts" api-read "$end" & pids+=($!)
  reader "/" web-home "$end" & pids+=($!)
  sleep "$BEFORE"
  log "stopping PostgreSQL"
  DOWN_MS=$(now_ms); pg_stop fast
  sleep "$OUTAGE"
  log "starting PostgreSQL"
  pg_start; UP_MS=$(now_ms)
  wait "${pids[@]}"
  log "re-reading every acknowledged write"
  local pid; pid=$(app_pid resilience)
  report
}

report() {
  local failures=0
  local acked missing=0
  acked=$(awk '$2 ~ /^2/' "$OUT/writes.log" | wc -l)
  while read -r id text; do
    local stored; stored=$(pg_psql -d "$PG_DB" -tAc "select text from claim where id = $id")
    [ "$stored" = "$text" ] || missing=$((missing + 1))
  done < <(awk '$2 ~ /^2/ {id = $5; $1 = $2 = $3 = $4 = $5 = ""; sub(/^ +/, ""); print id, $0}' "$OUT/writes.log")
  local in_db; in_db=$(pg_psql -d "$PG_DB" -tAc "select count(*) from claim where text like 'Resilience write %'")
  local events; events=$(pg_psql -d "$PG_DB" -tAc "select count(*) from workflow_event e join claim c on c.id = e.claim_id where c.text like 'Resilience write %'")
  # During the outage: statuses and the slowest answer; after the restart: when the first write succeeded.
  local outage_bad_api outage_bad_web outage_max recovered_ms
  outage_bad_api=$(cat "$OUT/writes.log" "$OUT/api-read.log" | phase_of | awk '$1 == "outage" && $3 !~ /^2/ && !($3 == 503 && $4 ~ /problem\+json/)' | wc -l)
  outage_bad_web=$(phase_of < "$OUT/web-home.log" | awk '$1 == "outage" && $3 !~ /^2/ && !($3 == 503 && $4 ~ /text\/html/)' | wc -l)
  outage_max=$(cat "$OUT/writes.log" "$OUT/api-read.log" "$OUT/web-home.log" | phase_of | awk '$1 == "outage" && $3 !~ /^2/ {if ($5 > m) m = $5} END {printf "%.2f", m}')
  # Stale if error: the home page, read before the outage, keeps being served from the last version known.
  local outage_web_ok outage_web_all
  outage_web_all=$(phase_of < "$OUT/web-home.log" | awk '$1 == "outage"' | wc -l)
  outage_web_ok=$(phase_of < "$OUT/web-home.log" | awk '$1 == "outage" && $3 == 200' | wc -l)
  recovered_ms=$(sort -n "$OUT/writes.log" | awk -v up="$UP_MS" '$1 >= up && $2 ~ /^2/ {print $1 - up; exit}')
  local after_bad; after_bad=$(cat "$OUT/writes.log" "$OUT/api-read.log" "$OUT/web-home.log" | phase_of \
    | awk -v up="$UP_MS" -v rec="${recovered_ms:-0}" '$1 == "after" && $2 >= up + rec + 1000 && $3 !~ /^2/' | wc -l)
  cat <<EOF
Run on $(date -u +%Y-%m-%dT%H:%MZ): one instance of the packaged app (\`quarkus.datasource.jdbc.acquisition-timeout=3S\`),
Keycloak $KC_VERSION (realm factdesk), PostgreSQL $(pg_server_version) stopped with \`pg_ctl stop -m fast\` after ${BEFORE} s of load and
started again ${OUTAGE} s later;
load: $WRITERS API writers creating claims, one API reader (\`GET /api/v1/verdicts\`), one reader of the home page.

| check | result |
|---|---|
| every acknowledged write (2xx, $acked of them) is in the database with its text after the restart | $([ "$missing" = 0 ] && echo pass || echo "**FAIL** ($missing missing)") |
| writes in the database: $in_db, audit events for them: $events (one each) | $([ "$in_db" = "$events" ] && echo pass || echo "**FAIL**") |
| API during the outage: every failure is 503 application/problem+json | $([ "$outage_bad_api" = 0 ] && echo pass || echo "**FAIL** ($outage_bad_api other answers)") |
| web during the outage: every failure is a 503 HTML page | $([ "$outage_bad_web" = 0 ] && echo pass || echo "**FAIL** ($outage_bad_web other answers)") |
| web during the outage: the home page read before it is still served ($outage_web_ok of $outage_web_all answers 200) | $([ "$outage_web_ok" = "$outage_web_all" ] && [ "$outage_web_all" -gt 0 ] && echo pass || echo "**FAIL**") |
| slowest failed answer during the outage | ${outage_max} s |
| first successful write after PostgreSQL was back | $([ -n "$recovered_ms" ] && echo "${recovered_ms} ms, no app restart" || echo "**never**") |
| failures more than 1 s after that first success | $([ "$after_bad" = 0 ] && echo "none" || echo "**$after_bad**") |

Answers by phase (phase, status, content type):

\`\`\`
$(for f in writes api-read web-home; do phase_of < "$OUT/$f.log" | awk -v f="$f" '{print f, $1, $3, $4}'; done | sort | uniq -c)
\`\`\`
EOF
  [ "$missing" = 0 ] || failures=$((failures + 1))
  [ "$in_db" = "$events" ] || failures=$((failures + 1))
  [ "$outage_bad_api" = 0 ] || failures=$((failures + 1))
  [ "$outage_bad_web" = 0 ] || failures=$((failures + 1))
  { [ "$outage_web_ok" = "$outage_web_all" ] && [ "$outage_web_all" -gt 0 ]; } || failures=$((failures + 1))
  [ -n "$recovered_ms" ] || failures=$((failures + 1))
  [ "$after_bad" = 0 ] || failures=$((failures + 1))
  exit $failures
}

main "$@"
