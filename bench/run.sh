#!/usr/bin/env bash
# Factdesk benchmarks: fills PostgreSQL with a million-claim archive, loads the packaged app's public pages with
# wrk next to nginx serving the same bytes, times search and claim matching per query, ingestion, cold start and
# memory, and writes docs/benchmarks.md. Rerunnable; everything runs on loopback and stops by itself.
#
#   bench/run.sh                     full size (1,000,000 claims, 10 s wrk runs, 3 runs each)
#   CLAIMS=10000 DURATION=5 bench/run.sh    a quick run while developing
#   bench/run.sh up | down           start (and fill) or stop PostgreSQL and Keycloak only, to work by hand
#
# Settings (environment): CLAIMS, ORGS, DURATION (s per wrk run), RUNS, CONNECTIONS, THREADS, QUERY_REPEAT,
# BENCH_WORK (scratch, default /tmp/factdesk-bench), REGENERATE=1 (rebuild the data even if present),
# SKIP_BUILD=1 (use the packaged app as is), MVN_OPTS (e.g. -o), REPORT (default docs/benchmarks.md).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
. "$ROOT/bench/lib/defaults.sh"
QUERY_REPEAT="${QUERY_REPEAT:-21}"
REPORT="${REPORT:-$ROOT/docs/benchmarks.md}"
NGINX_PORT="${NGINX_PORT:-18090}"
# Keycloak users (password = name): "matcher" asks for claim matches as a reviewer of bench-org-1.
KC_USERS="matcher:bench-org-1:reviewer"

. "$ROOT/bench/lib/pg.sh"
. "$ROOT/bench/lib/app.sh"
. "$ROOT/bench/lib/keycloak.sh"
. "$ROOT/bench/lib/stats.sh"

cleanup() {
  app_stop bench-app || true
  app_stop bench-uncached || true
  nginx_stop || true
  kc_stop || true
  pg_stop || true
}
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------------- setup
install_tools() {
  local missing=()
  command -v wrk > /dev/null || missing+=(wrk)
  command -v nginx > /dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
  command -v psql > /dev/null || missing+=(postgresql-client)
  command -v unzip > /dev/null || missing+=(unzip)
  command -v xz > /dev/null || missing+=(xz-utils)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null
  fi
}

build_app() {
  if [ "${SKIP_BUILD:-0}" = 1 ] && [ -f "$APP_JAR" ]; then return; fi
  log "packaging the app"
  (cd "$ROOT" && ./mvnw -B -q ${MVN_OPTS:-} -DskipTests package) >&2
}

NGINX_BIN="$(command -v nginx || echo /usr/sbin/nginx)"
nginx_start() {
  nginx_stop
  sed -e "s|@WORK@|$BENCH_WORK|g" -e "s|@PORT@|$NGINX_PORT|g" -e "s|@WORKERS@|$(nproc)|g" \
    "$ROOT/bench/wrk/nginx.conf.template" > "$BENCH_WORK/nginx.conf"
  "$NGINX_BIN" -c "$BENCH_WORK/nginx.conf" -p "$BENCH_WORK" 2> /dev/null
}
nginx_stop() {
  local pid; pid=$(cat "$BENCH_WORK/nginx.pid" 2> /dev/null || true)
  if [ -n "$pid" ] && grep -q "$BENCH_WORK/nginx.conf" "/proc/$pid/cmdline" 2> /dev/null; then kill "$pid"; fi
  rm -f "$BENCH_WORK/nginx.pid"
}

# -------------------------------------------------------------------------------------------- data generation
claims_in_db() { pg_psql -d "$PG_DB" -tAc "select count(*) from claim where created_by = 'bench'" 2> /dev/null || echo 0; }

prepare_data() {
  if [ "${REGENERATE:-0}" != 1 ] && [ "$(claims_in_db)" = "$CLAIMS" ]; then
    log "reusing the existing $CLAIMS-claim archive"
    return
  fi
  log "creating an empty database and migrating it (the app runs Flyway at start)"
  pg_drop_db > /dev/null; pg_create_db > /dev/null
  app_start "$APP_PORT" bench-app; app_wait "$APP_PORT" > /dev/null; app_stop bench-app
  log "generating $CLAIMS claims"
  local start=$(date +%s%N)
  pg_psql -d "$PG_DB" -v claims="$CLAIMS" -v orgs="$ORGS" -f "$ROOT/bench/generate.sql" > /dev/null
  local ms=$(( ($(date +%s%N) - start) / 1000000 ))
  log "starting the app once on the new archive (it stores what generate.sql leaves out)"
  app_start "$APP_PORT" bench-app; app_wait "$APP_PORT" 900 > /dev/null; app_settle; app_stop bench-app
  pg_psql -d "$PG_DB" -tAc "vacuum (analyze) claim, verdict, verdict_revision, evidence, appearance, review" > /dev/null
  {
    echo "generate_ms=$ms"
    echo "claims=$(pg_psql -d "$PG_DB" -tAc "select count(*) from claim")"
    echo "verdicts=$(pg_psql -d "$PG_DB" -tAc "select count(*) from verdict")"
    echo "evidence=$(pg_psql -d "$PG_DB" -tAc "select count(*) from evidence")"
    echo "db_size=$(pg_psql -d "$PG_DB" -tAc "select pg_size_pretty(pg_database_size(current_database()))")"
  } > "$RESULTS/data.txt"
}

# --------------------------------------------------------------------------------------------- cold start
cold_start() {
  log "cold start x$RUNS"
  : > "$RESULTS/coldstart.txt"
  for i in $(seq 1 "$RUNS"); do
    sync
    START_NS=$(date +%s%N)
    app_start "$APP_PORT" bench-app
    local ms; ms=$(START_NS=$START_NS app_wait "$APP_PORT")
    local started; started=$(grep -o 'started in [0-9.]*s' "$BENCH_WORK/bench-app.log" | grep -o '[0-9.]*' || echo "?")
    echo "run=$i first_page_ms=$ms quarkus_started_s=$started rss_idle_mib=$(rss_mib "$(app_pid bench-app)")" \
      >> "$RESULTS/coldstart.txt"
    if [ "$i" -lt "$RUNS" ]; then app_stop bench-app; fi
  done
  # The last instance stays up for the load runs.
}

# -------------------------------------------------------------------------------------------------- load
# Picks a verdict in the middle of the archive and a search, fetches both from the app and stores the exact
# bytes for nginx.
prepare_pages() {
  VERDICT_ID=$(pg_psql -d "$PG_DB" -tAc "select id from verdict where slug like 'bench-claim-%' order by id offset (select count(*) / 2 from verdict) limit 1")
  VERDICT_SLUG=$(pg_psql -d "$PG_DB" -tAc "select slug from verdict where id = $VERDICT_ID")
  VERDICT_PATH="/verdicts/$VERDICT_SLUG"
  SEARCH_PATH="/search?q=unemployment+Ohio"
  mkdir -p "$BENCH_WORK/static/verdicts"
  curl -sf "http://127.0.0.1:$APP_PORT$VERDICT_PATH" -o "$BENCH_WORK/static$VERDICT_PATH"
  curl -sf "http://127.0.0.1:$APP_PORT$SEARCH_PATH" -o "$BENCH_WORK/static/search.html"
  # Many verdicts, for the run where readers spread over the archive instead of one viral page.
  pg_psql -d "$PG_DB" -tAc "select '/verdicts/' || slug from verdict where slug like 'bench-claim-%' order by md5(slug) limit 2000" \
    > "$BENCH_WORK/verdict-paths.txt"
  while read -r path; do
    [ -f "$BENCH_WORK/static$path" ] || curl -sf "http://127.0.0.1:$APP_PORT$path" -o "$BENCH_WORK/static$path"
  done < <(head -200 "$BENCH_WORK/verdict-paths.txt")
  head -200 "$BENCH_WORK/verdict-paths.txt" > "$BENCH_WORK/verdict-paths-200.txt"
  {
    echo "verdict_path=$VERDICT_PATH"
    echo "verdict_bytes=$(stat -c %s "$BENCH_WORK/static$VERDICT_PATH")"
    echo "search_path=$SEARCH_PATH"
    echo "search_bytes=$(stat -c %s "$BENCH_WORK/static/search.html")"
  } > "$RESULTS/pages.txt"
}

# wrk_run NAME PORT PATH CONNECTIONS [PATHS_FILE]: one wrk run, its RESULT line appended to $RESULTS/wrk.txt.
wrk_run() {
  local name=$1 port=$2 path=$3 conns=$4 paths=${5:-} line
  line=$(WRK_PATHS="$paths" timeout $((DURATION + 30)) wrk -t "$THREADS" -c "$conns" -d "${DURATION}s" \
    --timeout 5s -s "$ROOT/bench/wrk/report.lua" "http://127.0.0.1:$port$path" | grep '^RESULT' || true)
  echo "name=$name conns=$conns ${line#RESULT }" >> "$RESULTS/wrk.txt"
}

load_runs() {
  : > "$RESULTS/wrk.txt"
  local pid; pid=$(app_pid bench-app)
  log "warming the app up"
  wrk -t "$THREADS" -c 16 -d "$((DURATION < 10 ? DURATION : 10))s" "http://127.0.0.1:$APP_PORT$VERDICT_PATH" > /dev/null
  wrk -t "$THREADS" -c 16 -d 5s "http://127.0.0.1:$APP_PORT$SEARCH_PATH" > /dev/null
  local peak=0
  for conns in $CONNECTIONS; do
    for run in $(seq 1 "$RUNS"); do
      log "wrk c=$conns run $run/$RUNS"
      # Alternate nginx and the app within each run so both see the same machine conditions.
      wrk_run nginx-verdict "$NGINX_PORT" "$VERDICT_PATH" "$conns"
      wrk_run app-verdict "$APP_PORT" "$VERDICT_PATH" "$conns"
      peak=$(( $(rss_mib "$pid") > peak ? $(rss_mib "$pid") : peak ))
      wrk_run nginx-search "$NGINX_PORT" "/search" "$conns"
      wrk_run app-search "$APP_PORT" "$SEARCH_PATH" "$conns"
      peak=$(( $(rss_mib "$pid") > peak ? $(rss_mib "$pid") : peak ))
      wrk_run nginx-verdicts200 "$NGINX_PORT" "/" "$conns" "$BENCH_WORK/verdict-paths-200.txt"
      wrk_run app-verdicts200 "$APP_PORT" "/" "$conns" "$BENCH_WORK/verdict-paths-200.txt"
      wrk_run app-verdicts2000 "$APP_PORT" "/" "$conns" "$BENCH_WORK/verdict-paths.txt"
      peak=$(( $(rss_mib "$pid") > peak ? $(rss_mib "$pid") : peak ))
    done
  done
  echo "rss_under_load_mib=$peak rss_hwm_mib=$(hwm_mib "$pid")" > "$RESULTS/rss.txt"
}

# The first read of a verdict nobody asked for lately (a crawler, a news spike on an old verdict): the same 2,000
# verdicts with the rendered-page and version caches turned off, on an instance of their own (started once the
# first one stopped, so it reopens the matching index from its folder instead of building one alongside the load,
# and measured once that is done). Twice: with stored pages off, every request runs the version query, the page's read and the
# render (a verdict read for the first time since it changed or since a new build); then with stored pages on,
# after one unmeasured pass that stores every page (what any instance then gets: one lookup by key).
uncached_runs() {
  uncached_instance app-uncached2000 false
  uncached_instance app-stored2000 true
}

# uncached_instance NAME STORED: one instance with the page caches off and stored pages on or off, loaded with the
# 2,000 verdicts; with stored pages on, each page is read once (unmeasured) first, which stores it.
uncached_instance() {
  local name=$1 stored=$2 port=$((APP_PORT + 2))
  app_start "$port" bench-uncached FACTDESK_PUBLIC_CACHE_RENDERED_PAGES=0 FACTDESK_PUBLIC_CACHE_VERSION_TTL=0S \
    FACTDESK_PUBLIC_CACHE_STORED_PAGES="$stored" QUARKUS_MANAGEMENT_PORT=$((port + 1))
  app_wait "$port" > /dev/null
  local deadline=$((SECONDS + 600))
  until grep -q "Matching index built\|Matching index reopened" "$BENCH_WORK/bench-uncached.log" || [ $SECONDS -ge $deadline ]; do
    sleep 1
  done
  if [ "$stored" = true ]; then
    log "storing the 2,000 pages (one unmeasured read each)"
    while read -r path; do curl -sf -o /dev/null "http://127.0.0.1:$port$path"; done < "$BENCH_WORK/verdict-paths.txt"
  fi
  wrk -t "$THREADS" -c 16 -d 5s "http://127.0.0.1:$port$VERDICT_PATH" > /dev/null
  for conns in $CONNECTIONS; do
    for run in $(seq 1 "$RUNS"); do
      log "wrk $name c=$conns run $run/$RUNS"
      wrk_run "$name" "$port" "/" "$conns" "$BENCH_WORK/verdict-paths.txt"
    done
  done
  app_stop bench-uncached
}

# ------------------------------------------------------------------------------------- search and matching
# Each query QUERY_REPEAT times through the app (HTTP, full page render), latency per request: uncached (every
# request has its own extra parameter, so the app renders the page and runs the search queries each time), then
# repeated (the same address again, answered from the rendered-page cache while no verdict changes).
search_latency() {
  log "search latency per query"
  : > "$RESULTS/search-http.txt"
  local queries=() encodings=() k
  while read -r query; do
    queries+=("$query")
    encodings+=("$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$query")")
  done < "$ROOT/bench/queries/search-terms.txt"
  # Not measured: one uncached pass over the queries first, so the JIT has compiled the search's own code (the wrk
  # warm-up above reads only the cached search page), as on an instance that has been answering searches.
  for encoded in "${encodings[@]}"; do
    for i in $(seq 1 "$QUERY_REPEAT"); do
      curl -s -o /dev/null "http://127.0.0.1:$APP_PORT/search?q=$encoded&warm=$RANDOM$i"
    done
  done
  for k in "${!queries[@]}"; do
    local query=${queries[$k]} encoded=${encodings[$k]}
    local times=() cached=()
    for i in $(seq 1 "$QUERY_REPEAT"); do
      times+=("$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$APP_PORT/search?q=$encoded&run=$RANDOM$i")")
    done
    for _ in $(seq 1 "$QUERY_REPEAT"); do
      cached+=("$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$APP_PORT/search?q=$encoded")")
    done
    local hits; hits=$(pg_psql -d "$PG_DB" -tAc "select count(*) from verdict v join claim c on c.id = v.claim_id where c.search_vector @@ websearch_to_tsquery('english', \$q\$$query\$q\$)")
    local cached_p50; cached_p50=$(printf '%s\n' "${cached[@]:1}" | awk '{printf "%.3f\n", $1 * 1000}' | percentiles | grep -o 'p50=[^ ]*' | cut -d= -f2)
    printf '%s\t%s\t%s cached_p50=%s\n' "$query" "$hits" \
      "$(printf '%s\n' "${times[@]}" | awk '{printf "%.3f\n", $1 * 1000}' | percentiles)" "$cached_p50" \
      >> "$RESULTS/search-http.txt"
  done
}

# An access token of the Keycloak user "matcher", a reviewer of bench-org-1 (added to its staff when missing).
matcher_token() {
  pg_psql -d "$PG_DB" -tAc "insert into organisation_member (organisation_id, username, display_name)
    select id, 'matcher', 'Matcher' from organisation where slug = 'bench-org-1' on conflict do nothing" > /dev/null
  kc_token matcher
}

# The memory of an instance that has loaded the verification aids' models, as one does once a reviewer has matched
# a claim (the embedding model, ONNX Runtime) and imported an article (OpenNLP's models, the check-worthiness
# weights): one match and the five seed articles through the API, then the load runs' mix once more, RSS sampled.
models_load_runs() {
  log "loading the aids' models (one match, five imports), then the load mix again"
  local pid token; pid=$(app_pid bench-app); token=$(matcher_token)
  curl -s -o /dev/null -H "Authorization: Bearer $token" --get \
    --data-urlencode "text=$(head -1 "$ROOT/bench/queries/matching-claims.txt")" "http://127.0.0.1:$APP_PORT/api/v1/matches"
  for article in "$ROOT"/../shared/articles/*.txt; do
    [ -f "$article" ] || { log "no seed articles next to the project: the imports are skipped"; break; }
    python3 -c 'import json, sys; print(json.dumps({"body": open(sys.argv[1], encoding="utf-8").read()}))' "$article" \
      > "$BENCH_WORK/article.json"
    curl -s -o /dev/null -H "Authorization: Bearer $token" -H "Content-Type: application/json" \
      --data-binary @"$BENCH_WORK/article.json" "http://127.0.0.1:$APP_PORT/api/v1/articles"
  done
  local loaded peak; loaded=$(rss_mib "$pid"); peak=$loaded
  for conns in $CONNECTIONS; do
    wrk_run app-models-verdict "$APP_PORT" "$VERDICT_PATH" "$conns"
    wrk_run app-models-search "$APP_PORT" "$SEARCH_PATH" "$conns"
    peak=$(( $(rss_mib "$pid") > peak ? $(rss_mib "$pid") : peak ))
    wrk_run app-models-verdicts200 "$APP_PORT" "/" "$conns" "$BENCH_WORK/verdict-paths-200.txt"
    wrk_run app-models-verdicts2000 "$APP_PORT" "/" "$conns" "$BENCH_WORK/verdict-paths.txt"
    peak=$(( $(rss_mib "$pid") > peak ? $(rss_mib "$pid") : peak ))
  done
  echo "rss_models_loaded_mib=$loaded rss_models_under_load_mib=$peak rss_models_hwm_mib=$(hwm_mib "$pid")" \
    > "$RESULTS/rss-models.txt"
}

# Claim matching as a reviewer uses it: GET /api/v1/matches?text=... through the app (term extraction with lemmas
# and WordNet synonyms, the planner's term estimates, the candidate query, re-ranking in Java), as the Keycloak
# user "matcher" of bench-org-1; every request runs the whole matcher (nothing caches its answers).
matching_http() {
  log "matching latency per claim (through the app)"
  : > "$RESULTS/matching-http.txt"
  local token; token=$(matcher_token)
  # One unmeasured pass first, as on a running server: compiles the code paths and fills the term estimates.
  while read -r claim; do
    curl -s -o /dev/null -H "Authorization: Bearer $token" --get --data-urlencode "text=$claim" \
      "http://127.0.0.1:$APP_PORT/api/v1/matches"
  done < "$ROOT/bench/queries/matching-claims.txt"
  while read -r claim; do
    local encoded; encoded=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$claim")
    local times=() status found
    for _ in $(seq 1 "$QUERY_REPEAT"); do
      status=$(curl -s -o "$BENCH_WORK/match.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" \
        "http://127.0.0.1:$APP_PORT/api/v1/matches?text=$encoded")
      [ "${status%% *}" = 200 ] || { log "matching answered ${status%% *}"; break; }
      times+=("${status#* }")
    done
    found=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d=d.get("matches", d) if isinstance(d, dict) else d; print(len(d))' "$BENCH_WORK/match.json" 2> /dev/null || echo "?")
    printf '%s\t%s\t%s\n' "$claim" "$found" "$(printf '%s\n' "${times[@]}" | awk '{printf "%.3f\n", $1 * 1000}' | percentiles)" \
      >> "$RESULTS/matching-http.txt"
  done < "$ROOT/bench/queries/matching-claims.txt"
}

# The matching query of the verification aids, run in PostgreSQL per claim (psql \timing, loopback).
matching_latency() {
  : > "$RESULTS/matching-sql.txt"
  if ! pg_psql -d "$PG_DB" -tAc "select 1 from pg_indexes where indexname = 'claim_rated_search_idx'" | grep -q 1; then
    log "no claim matching in this build (no candidate index): skipped"
    return
  fi
  log "matching latency per claim"
  local org; org=$(pg_psql -d "$PG_DB" -tAc "select id from organisation where slug = 'bench-org-1'")
  while read -r claim; do
    local script="$BENCH_WORK/match.sql"
    {
      echo "\\set org $org"
      echo "\\set text '$(printf '%s' "$claim" | sed "s/'/\\\\'/g")'"
      ORG=$org PG_PASSWORD=$PG_PASSWORD PG_PORT=$PG_PORT PG_DB=$PG_DB python3 "$ROOT/bench/lib/match_terms.py" "$claim"
      echo "\\timing on"
      for _ in $(seq 1 "$QUERY_REPEAT"); do echo "\\i $ROOT/bench/queries/matching.sql"; done
    } > "$script"
    local times; times=$(pg_psql -d "$PG_DB" -f "$script" 2>&1 | grep -o 'Time: [0-9.]*' | awk '{print $2}')
    printf '%s\t%s\n' "$claim" "$(echo "$times" | percentiles)" >> "$RESULTS/matching-sql.txt"
  done < "$ROOT/bench/queries/matching-claims.txt"
}

explain_queries() {
  log "EXPLAIN (ANALYZE, BUFFERS)"
  pg_psql -d "$PG_DB" -v text="unemployment Ohio" -v terms="'unemploy' & 'ohio'" -f "$ROOT/bench/queries/search-explain.sql" \
    > "$RESULTS/explain-search.txt" 2>&1 || true
  if pg_psql -d "$PG_DB" -tAc "select 1 from pg_indexes where indexname = 'claim_rated_search_idx'" | grep -q 1; then
    local org; org=$(pg_psql -d "$PG_DB" -tAc "select id from organisation where slug = 'bench-org-1'")
    local claim; claim=$(head -1 "$ROOT/bench/queries/matching-claims.txt")
    pg_psql -d "$PG_DB" -v org="$org" -v text="$claim" \
      -f <(ORG=$org PG_PASSWORD=$PG_PASSWORD PG_PORT=$PG_PORT PG_DB=$PG_DB python3 "$ROOT/bench/lib/match_terms.py" "$claim"
           echo "explain (analyze, buffers, costs off)"; grep -v '^--' "$ROOT/bench/queries/matching.sql") \
      > "$RESULTS/explain-matching.txt" 2>&1 || true
  fi
}

# --------------------------------------------------------------------------------------------- ingestion
ingestion() {
  log "ingestion (article analysis)"
  "$ROOT/bench/ingestion/run.sh" > "$RESULTS/ingestion.txt" 2> "$BENCH_WORK/ingestion.log" \
    || echo "error=see $BENCH_WORK/ingestion.log" > "$RESULTS/ingestion.txt"
}

# ------------------------------------------------------------------------------------------------- main
main() {
  LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
  install_tools
  build_app
  log "starting Keycloak $KC_VERSION"
  kc_start "$KC_USERS"
  nginx_start
  pg_start
  pg_create_db > /dev/null
  prepare_data
  cold_start
  prepare_pages
  load_runs
  models_load_runs
  search_latency
  matching_http
  matching_latency
  explain_queries
  app_stop bench-app
  uncached_runs
  ingestion
  machine_facts > "$RESULTS/machine.txt"
  "$ROOT/bench/lib/report.sh" "$RESULTS" > "$REPORT"
  log "wrote $REPORT"
}

machine_facts() {
  echo "nproc=$(nproc)"
  echo "memory=$(free -g | awk '/Mem:/ {print $2 " GiB"}')"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
  echo "kernel=$(uname -r)"
  echo "jdk=$(java -version 2>&1 | head -1)"
  echo "postgresql=$(pg_server_version)"
  echo "keycloak=$KC_VERSION"
  echo "wrk=$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
  echo "nginx=$("$NGINX_BIN" -v 2>&1 | cut -d/ -f2)"
  echo "load_before=$LOAD_BEFORE"
  echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
  echo "commit=$(cd "$ROOT" && git rev-parse --short HEAD 2> /dev/null || echo '?')"
  echo "claims_setting=$CLAIMS duration=$DURATION runs=$RUNS threads=$THREADS connections=$CONNECTIONS repeat=$QUERY_REPEAT"
}

# bench/run.sh up: only starts Keycloak and PostgreSQL with the archive (generated if missing) and leaves them
# running, for working on a query or a page by hand; bench/run.sh down stops them.
case "${1:-}" in
  up)
    install_tools; build_app; kc_start "$KC_USERS"; pg_start; pg_create_db > /dev/null; prepare_data; trap - EXIT
    log "up: PostgreSQL on $PG_PORT (database $PG_DB, user $PG_USER), Keycloak at $OIDC_ISSUER"
    ;;
  down) ;;
  *) main "$@" ;;
esac
