#!/usr/bin/env bash
# Scale-out evidence: two app instances (ports 18081 and 18082) on one PostgreSQL, driven with concurrent
# workflow transitions on the same claims through both at once. Checks: exactly one winner per race, every
# refusal a clean 409/412 problem+json, no lost update, one audit event per acknowledged write, and a login
# session and CSRF token made by one instance accepted by the other. Prints a Markdown report (stdout) and
# exits non-zero when a check fails.
#
#   bench/scaleout.sh            (CLAIMS=40 claims per race; BENCH_WORK as for run.sh)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH_WORK="${BENCH_WORK:-/tmp/factdesk-bench}"
CLAIMS="${CLAIMS:-40}"
PG_DB=factdesk_scaleout
A=18081
B=18082
OUT="$BENCH_WORK/scaleout"
mkdir -p "$BENCH_WORK" "$OUT"
rm -f "$OUT"/*.log

. "$ROOT/bench/lib/pg.sh"
. "$ROOT/bench/lib/app.sh"
. "$ROOT/bench/lib/keycloak.sh"
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# The Keycloak users (password = username) and their organisation claim; bench/lib/seed-org.sql makes them members.
USERS="reviewer1:scale-org:reviewer reviewer2:scale-org:reviewer editor1:scale-org:reviewer,editor editor2:scale-org:reviewer,editor admin1:scale-org:reviewer,editor,admin"
HOOK_PORT="${HOOK_PORT:-18089}"

cleanup() {
  app_stop scale-a || true
  app_stop scale-b || true
  [ -n "${HOOK_PID:-}" ] && kill "$HOOK_PID" 2> /dev/null || true
  kc_stop || true
  pg_stop > /dev/null 2>&1 || true
}
trap cleanup EXIT

# call NAME INSTANCE_PORT TOKEN METHOD PATH [BODY] [IF_MATCH]: one API call; logs "claim name port status".
call() {
  local name=$1 port=$2 tok=$3 method=$4 path=$5 body=${6:-} etag=${7:-} claim
  claim=$(echo "$path" | sed -E 's|/api/v1/claims/([0-9]+).*|\1|')
  local args=(-s --max-time 30 -o "$OUT/body.$name.$claim.$port" -w '%{http_code} %{content_type}' -X "$method"
              -H "Authorization: Bearer $tok" -H 'Content-Type: application/json')
  [ -n "$body" ] && args+=(-d "$body")
  [ -n "$etag" ] && args+=(-H "If-Match: $etag")
  local result; result=$(curl "${args[@]}" "http://127.0.0.1:$port$path")
  echo "$claim $name $port $result" >> "$OUT/calls.log"
}

setup() {
  log "PostgreSQL, Keycloak $KC_VERSION and two instances"
  pg_start
  pg_drop_db > /dev/null; pg_create_db > /dev/null
  kc_start "$USERS"
  # Both instances look for webhook deliveries every second, so both compete for each one. The receiver runs on
  # loopback, which only an allow-list entry lets them reach.
  app_start "$A" scale-a FACTDESK_WEBHOOKS_INTERVAL=1s FACTDESK_OUTBOUND_ALLOWED_HOSTS=127.0.0.1
  app_wait "$A" > /dev/null   # the first instance migrates the schema
  app_start "$B" scale-b FACTDESK_WEBHOOKS_INTERVAL=1s FACTDESK_OUTBOUND_ALLOWED_HOSTS=127.0.0.1
  app_wait "$B" > /dev/null
  pg_psql -d "$PG_DB" -f "$ROOT/bench/lib/seed-org.sql" > /dev/null
  R1=$(kc_token reviewer1); R2=$(kc_token reviewer2); E1=$(kc_token editor1); E2=$(kc_token editor2)
  # A webhook for published verdicts, registered through A, with a receiver that checks each signature.
  local hook; hook=$(curl -sf -H "Authorization: Bearer $(kc_token admin1)" -H 'Content-Type: application/json' \
    -d "{\"url\":\"http://127.0.0.1:$HOOK_PORT/factdesk\",\"events\":[\"verdict.published\"]}" \
    "http://127.0.0.1:$A/api/v1/webhooks")
  : > "$OUT/deliveries.log"
  python3 "$ROOT/bench/lib/webhook_receiver.py" "$HOOK_PORT" \
    "$(echo "$hook" | python3 -c 'import json,sys; print(json.load(sys.stdin)["secret"])')" "$OUT/deliveries.log" &
  HOOK_PID=$!
}

# Waits (up to 60 s) until no webhook delivery is pending.
await_deliveries() {
  log "waiting for the webhook deliveries"
  local deadline=$((SECONDS + 60))
  while [ $SECONDS -lt $deadline ] \
      && [ "$(pg_psql -d "$PG_DB" -tAc "select count(*) from webhook_delivery where status = 'PENDING'")" != 0 ]; do
    sleep 1
  done
}

# Each race: for every claim, both requests start at once, one through each instance.
race() {
  local label=$1; shift
  log "race: $label"
  local pids=()
  for id in $IDS; do "$@" "$id" & pids+=($!); done
  wait "${pids[@]}"   # not a bare wait: Keycloak runs in the background too
}

take_race() {
  call take "$A" "$R1" POST "/api/v1/claims/$1/transitions/take" &
  call take "$B" "$R2" POST "/api/v1/claims/$1/transitions/take" &
  wait
}

approve_race() {
  call approve "$A" "$E1" POST "/api/v1/claims/$1/transitions/approve" &
  call approve "$B" "$E2" POST "/api/v1/claims/$1/transitions/approve" &
  wait
}

edit_race() {
  local etag; etag=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $R1" "http://127.0.0.1:$A/api/v1/claims/$1" \
    | tr -d '\r' | awk 'tolower($1) == "etag:" {print $2}')
  call edit "$A" "$R1" PUT "/api/v1/claims/$1" "{\"text\":\"Edited through instance A for claim $1.\"}" "$etag" &
  call edit "$B" "$R2" PUT "/api/v1/claims/$1" "{\"text\":\"Edited through instance B for claim $1.\"}" "$etag" &
  wait
}

# The take winner completes the review, alternating instances between steps.
prepare_review() {
  local id=$1 winner port tok
  winner=$(awk -v id="$id" '$1 == id && $2 == "take" && $4 ~ /^2/ {print $3}' "$OUT/calls.log")
  [ "$winner" = "$A" ] && tok=$R1 || tok=$R2
  call evidence "$A" "$tok" POST "/api/v1/claims/$id/evidence" \
    '{"url":"https://stats.example.org/1","title":"Official series","publisher":"Statistics Office","stance":"REFUTES"}'
  call evidence "$B" "$tok" POST "/api/v1/claims/$id/evidence" \
    '{"url":"https://research.example.org/2","title":"Independent study","publisher":"Research Institute","stance":"CONTEXT"}'
  call review "$A" "$tok" POST "/api/v1/claims/$id/transitions/submit-review" \
    '{"analysis":"Both sources contradict the statement.","proposedRating":"false","headline":"No, that is false"}'
}

create_claims() {
  local n=$1 ids=""
  for i in $(seq 1 "$n"); do
    local port=$([ $((i % 2)) = 0 ] && echo "$A" || echo "$B")
    local id; id=$(curl -sf -H "Authorization: Bearer $R1" -H 'Content-Type: application/json' \
      -d "{\"text\":\"Scale-out claim $i: the council spent $i million on a bridge nobody uses.\",\"claimant\":\"Mayor\"}" \
      "http://127.0.0.1:$port/api/v1/claims" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    echo "$id create $port 201 application/json" >> "$OUT/calls.log"
    ids="$ids $id"
  done
  echo "$ids"
}

session_checks() {
  log "sessions and CSRF across instances"
  local jar="$OUT/cookies.txt"; rm -f "$jar"
  # Log in through instance A (code flow: Keycloak's login form), then use the session on instance B.
  SESSION_A=$(kc_login "$jar" "http://127.0.0.1:$A/desk" editor1 || true)
  SESSION_B=$(curl -s -c "$jar" -b "$jar" -o "$OUT/desk-b.html" -w '%{http_code}' "http://127.0.0.1:$B/desk")
  SESSION_COOKIE=$(grep -c 'q_session' "$jar" || true)
  # A tip form fetched from A, posted to B.
  local form="$OUT/tip-form.html" tjar="$OUT/tip-cookies.txt"; rm -f "$tjar"
  curl -s -c "$tjar" -b "$tjar" -o "$form" "http://127.0.0.1:$A/tips/new"
  local field value
  field=$(grep -o 'type="hidden" name="[^"]*" value="[^"]*"' "$form" | head -1 | sed -E 's/.*name="([^"]*)".*/\1/')
  value=$(grep -o 'type="hidden" name="[^"]*" value="[^"]*"' "$form" | head -1 | sed -E 's/.*value="([^"]*)".*/\1/')
  CSRF_B=$(curl -s -c "$tjar" -b "$tjar" -o /dev/null -w '%{http_code}' \
    --data-urlencode "$field=$value" --data-urlencode "text=Is the bridge really unused?" \
    "http://127.0.0.1:$B/tips")
}

checks() {
  local failures=0
  {
    echo "| check | result |"
    echo "|---|---|"
    for race in take approve edit; do
      local bad; bad=$(awk -v r="$race" '$2 == r {n[$1]++; if ($4 ~ /^2/) w[$1]++}
        END {for (c in n) if (n[c] != 2 || w[c] != 1) print c}' "$OUT/calls.log" | wc -l)
      echo "| $race race: exactly one 2xx of the two calls, for each of $CLAIMS claims | $([ "$bad" = 0 ] && echo pass || echo "**FAIL** ($bad claims)") |"
      failures=$((failures + bad))
      local refusals; refusals=$(awk -v r="$race" '$2 == r && $4 !~ /^2/ {print $4 " " $5}' "$OUT/calls.log" | sort | uniq -c | sed 's/^ *//' | paste -sd, -)
      local unclean; unclean=$(awk -v r="$race" '$2 == r && $4 !~ /^2/ && !(($4 == 409 || $4 == 412) && $5 ~ /problem\+json/)' "$OUT/calls.log" | wc -l)
      echo "| $race race: every refusal 409/412 application/problem+json ($refusals) | $([ "$unclean" = 0 ] && echo pass || echo "**FAIL** ($unclean)") |"
      failures=$((failures + unclean))
    done
    # Every acknowledged write has exactly one audit event, and there is no event without one.
    local mismatched; mismatched=$(join <(awk '$4 ~ /^2/ {n[$1]++} END {for (c in n) print c, n[c]}' "$OUT/calls.log" | sort) \
      <(pg_psql -d "$PG_DB" -tA -F' ' -c "select claim_id, count(*) from workflow_event group by claim_id" | sort) \
      -a1 -a2 -e0 -o 0,1.2,2.2 | awk '$2 != $3' | wc -l)
    echo "| audit trail: events per claim = acknowledged writes per claim | $([ "$mismatched" = 0 ] && echo pass || echo "**FAIL** ($mismatched claims)") |"
    failures=$((failures + mismatched))
    local lost=0
    for id in $EDIT_IDS; do
      local won text
      won=$(awk -v id="$id" '$1 == id && $2 == "edit" && $4 ~ /^2/ {print $3}' "$OUT/calls.log")
      text=$(pg_psql -d "$PG_DB" -tAc "select text from claim where id = $id")
      [ "$won" = "$A" ] && [ "$text" = "Edited through instance A for claim $id." ] && continue
      [ "$won" = "$B" ] && [ "$text" = "Edited through instance B for claim $id." ] && continue
      lost=$((lost + 1))
    done
    echo "| no lost update: each claim holds the text of the one acknowledged edit | $([ "$lost" = 0 ] && echo pass || echo "**FAIL** ($lost)") |"
    failures=$((failures + lost))
    local verdicts; verdicts=$(pg_psql -d "$PG_DB" -tAc "select count(*) from verdict v join claim c on c.id = v.claim_id where c.text like 'Scale-out claim%'")
    echo "| one published verdict per approved claim ($verdicts of $CLAIMS) | $([ "$verdicts" = "$CLAIMS" ] && echo pass || echo "**FAIL**") |"
    [ "$verdicts" = "$CLAIMS" ] || failures=$((failures + 1))
    echo "| login on A (code flow) then the desk on B with the same cookies: A $SESSION_A, B $SESSION_B, session cookie present: $SESSION_COOKIE | $([ "$SESSION_A" = 200 ] && [ "$SESSION_B" = 200 ] && echo pass || echo "**FAIL**") |"
    { [ "$SESSION_A" = 200 ] && [ "$SESSION_B" = 200 ]; } || failures=$((failures + 1))
    echo "| tip form from A posted to B (CSRF token signed by A): $CSRF_B | $([ "$CSRF_B" = 303 ] && echo pass || echo "**FAIL**") |"
    [ "$CSRF_B" = 303 ] || failures=$((failures + 1))
    # Webhooks: both instances send deliveries; each published verdict must reach the receiver exactly once.
    local received distinct signed delivered
    received=$(wc -l < "$OUT/deliveries.log")
    distinct=$(awk '{print $1}' "$OUT/deliveries.log" | sort -u | wc -l)
    signed=$(awk '$3 == "ok"' "$OUT/deliveries.log" | wc -l)
    delivered=$(pg_psql -d "$PG_DB" -tAc "select count(*) from webhook_delivery where status = 'DELIVERED'")
    echo "| webhook: one delivery per published verdict, each received once with a valid signature (received $received, distinct $distinct, signed $signed, DELIVERED $delivered of $CLAIMS) | $([ "$received" = "$CLAIMS" ] && [ "$distinct" = "$CLAIMS" ] && [ "$signed" = "$CLAIMS" ] && [ "$delivered" = "$CLAIMS" ] && echo pass || echo "**FAIL**") |"
    { [ "$received" = "$CLAIMS" ] && [ "$distinct" = "$CLAIMS" ] && [ "$signed" = "$CLAIMS" ] && [ "$delivered" = "$CLAIMS" ]; } \
      || failures=$((failures + 1))
  } > "$OUT/checks.md"
  return $failures
}

main() {
  setup
  : > "$OUT/calls.log"
  log "creating $CLAIMS claims"
  IDS=$(create_claims "$CLAIMS")
  race "take" take_race
  log "evidence and reviews"
  local pids=()
  for id in $IDS; do prepare_review "$id" & pids+=($!); done
  wait "${pids[@]}"
  race "approve" approve_race
  await_deliveries
  log "creating $CLAIMS more claims for the edit race"
  IDS=$(create_claims "$CLAIMS"); EDIT_IDS=$IDS
  race "edit" edit_race
  session_checks
  local status=0
  checks || status=$?
  cat <<EOF
Run on $(date -u +%Y-%m-%dT%H:%MZ): two instances (127.0.0.1:$A and 127.0.0.1:$B) of the packaged app, one
PostgreSQL $(pg_server_version), Keycloak $KC_VERSION (realm factdesk), $CLAIMS claims per race, both calls of a
race started together.

$(cat "$OUT/checks.md")

Calls per race and status (all instances):

\`\`\`
$(awk '{print $2, $4}' "$OUT/calls.log" | sort | uniq -c)
\`\`\`
EOF
  exit $status
}

main "$@"
