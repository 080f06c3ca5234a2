#!/usr/bin/env bash
# Uncached public verdict pages, start-up and memory of one or more packaged builds, measured side by side in one
# run (e.g. main against a branch). Uses the archive of bench/run.sh (generated when missing, CLAIMS claims).
#
#   bench/pages.sh                                   this checkout's packaged app
#   bench/pages.sh before=/tmp/main/web/target/quarkus-app/quarkus-run.jar after=web/target/quarkus-app/quarkus-run.jar
#   bench/pages.sh 'after-serial=web/target/quarkus-app/quarkus-run.jar|-Xmx1g -XX:+UseSerialGC'
#                                                    a build with its own JVM options (default APP_JAVA_OPTS);
#                                                    leading NAME=value words set its environment, JAVA_BIN=…
#                                                    its java launcher (e.g. 'x=JAR|MALLOC_ARENA_MAX=2 -Xmx1g')
#
# Per build and round (builds alternate, so they share the machine's conditions): start with `java -jar` and time
# the first page; then read each of 2,000 different verdict pages once (bench/lib/fetch.py) at each of CONNECTIONS,
# with the rendered-page and version caches and stored pages off (factdesk.public-cache.rendered-pages=0,
# version-ttl=0, stored-pages=false), so every request is a first read: the version query, the page's own read and
# the render. Reports the app's and
# PostgreSQL's CPU time per request, requests/s, latency, and RSS sampled during the load.
# Settings (environment) as bench/run.sh, with the same defaults (bench/lib/defaults.sh): CLAIMS, RUNS, CONNECTIONS,
# BENCH_WORK, APP_JAVA_OPTS; PAGES_REPORT (default $BENCH_WORK/results/pages.md); WARM_PAGES (default 500): other
# verdicts read once, unmeasured, before the measured pass (more of them leave less of the JIT's compiling in the
# measured pass); PG_PORT and APP_PORT when another run shares the machine. A build's folder with a start-up archive
# (bench/train.sh) is run with it (bench/lib/app.sh), as the README's production command does.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
. "$ROOT/bench/lib/defaults.sh"
PAGES_REPORT="${PAGES_REPORT:-$RESULTS/pages.md}"

. "$ROOT/bench/lib/pg.sh"
. "$ROOT/bench/lib/app.sh"
. "$ROOT/bench/lib/stats.sh"

# The public pages need no login; the OIDC provider is only asked when someone logs in.
OIDC_ISSUER="${OIDC_ISSUER:-http://127.0.0.1:9/realms/factdesk}"
OIDC_CLIENT_ID=factdesk
OIDC_SECRET=unused

BUILDS=("$@")
[ ${#BUILDS[@]} -gt 0 ] || BUILDS=("this=$APP_JAR")

cleanup() { app_stop pages-app || true; pg_stop || true; }
trap cleanup EXIT

# start_build SPEC [SECONDS]: starts one build (JAR or "JAR|JVM options") with the page caches off; prints ms to its
# first page (waiting up to SECONDS, default 180).
# An older build accepts the migrations a newer one applied to the shared archive (Flyway's "future" migrations).
start_build() {
  local start=$(date +%s%N) jar=${1%%|*} opts=$APP_JAVA_OPTS word java=java env=() jvm=()
  [[ "$1" == *"|"* ]] && opts=${1#*|}
  # Leading NAME=value words are the process's environment (JAVA_BIN: the java launcher), the rest JVM options.
  for word in $opts; do
    case $word in
      JAVA_BIN=*) java=${word#JAVA_BIN=} ;;
      [A-Z_]*=*) env+=("$word") ;;
      *) jvm+=("$word") ;;
    esac
  done
  JAVA_BIN="$java" APP_JAR="$jar" APP_JAVA_OPTS="${jvm[*]}" START_NS=$start app_start "$APP_PORT" pages-app \
    FACTDESK_PUBLIC_CACHE_STORED_PAGES=false "${env[@]}" FACTDESK_PUBLIC_CACHE_RENDERED_PAGES=0 \
    FACTDESK_PUBLIC_CACHE_VERSION_TTL=0S QUARKUS_MANAGEMENT_PORT=$((APP_PORT + 1)) \
    QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=${ACQUISITION_TIMEOUT:-5S} \
    QUARKUS_FLYWAY_IGNORE_MIGRATION_PATTERNS='*:future'
  START_NS=$start app_wait "$APP_PORT" "${2:-180}"
}

# CPU time (ms) a process has used, and that of PostgreSQL's server processes (the backends of the app's pool).
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"; }
pg_cpu_ms() {
  local total=0 pid
  for pid in $(ps -o pid= --ppid "$(head -1 "$PG_DATA/postmaster.pid")"); do
    total=$((total + $(cpu_ms "$pid" 2> /dev/null || echo 0)))
  done
  echo "$total"
}

measure() {
  local label=$1 jar=$2 round=$3 ms pid started cpu
  ms=$(start_build "$jar")
  pid=$(app_pid pages-app)
  # The CPU time the process used until its first page (every thread: the JIT's too) holds on a busy machine,
  # where the wall time measures the neighbours.
  cpu=$(cpu_ms "$pid")
  started=$(grep -o 'started in [0-9.]*s' "$BENCH_WORK/pages-app.log" | grep -o '[0-9.]*' || echo "?")
  echo "build=$label round=$round first_page_ms=$ms first_page_cpu_ms=$cpu quarkus_started_s=$started" \
    "rss_idle_mib=$(rss_mib "$pid") load=$(cut -d' ' -f1 /proc/loadavg)" >> "$RESULTS/pages-start.txt"
  # The matching index is built in the background after a start (later in newer builds): its CPU time must not
  # fall into the measured pass of one build and not the other. Wait until it is built and the app is idle.
  app_idle "$pid" "$BENCH_WORK/pages-app.log"
  # One unmeasured pass over other verdicts: the JIT compiles the page's code, as on a server that runs a while.
  python3 "$ROOT/bench/lib/fetch.py" "$APP_PORT" "$BENCH_WORK/pages-warm.txt" 16 > /dev/null
  # A build run with stored pages on (FACTDESK_PUBLIC_CACHE_STORED_PAGES=true in its spec) reads the measured
  # verdicts once first, which stores them: its pass then measures a first read on an instance of a stored page.
  if [[ "$jar" == *FACTDESK_PUBLIC_CACHE_STORED_PAGES=true* ]]; then
    python3 "$ROOT/bench/lib/fetch.py" "$APP_PORT" "$BENCH_WORK/verdict-paths.txt" 16 > /dev/null
  fi
  local peak=0
  for conns in $CONNECTIONS; do
    # Each of the 2,000 verdicts read once. CPU time per request (the app's and PostgreSQL's) is the figure that
    # holds on a machine shared with other work; requests/s and latency depend on what else runs.
    local line app0 pg0
    app0=$(cpu_ms "$pid"); pg0=$(pg_cpu_ms)
    line=$(python3 "$ROOT/bench/lib/fetch.py" "$APP_PORT" "$BENCH_WORK/verdict-paths.txt" "$conns")
    local n; n=$(echo "$line" | grep -o 'requests=[0-9]*' | cut -d= -f2)
    peak=$(( $(rss_mib "$pid") > peak ? $(rss_mib "$pid") : peak ))
    echo "build=$label round=$round conns=$conns $line" \
      "app_cpu_ms=$(awk -v a="$app0" -v b="$(cpu_ms "$pid")" -v n="$n" 'BEGIN { printf "%.2f", (b - a) / n }')" \
      "pg_cpu_ms=$(awk -v a="$pg0" -v b="$(pg_cpu_ms)" -v n="$n" 'BEGIN { printf "%.2f", (b - a) / n }')" \
      "load=$(cut -d' ' -f1 /proc/loadavg)" >> "$RESULTS/pages-wrk.txt"
  done
  echo "build=$label round=$round rss_under_load_mib=$peak rss_hwm_mib=$(hwm_mib "$pid")" >> "$RESULTS/pages-rss.txt"
  app_stop pages-app
}

# app_idle PID LOG [SECONDS]: waits until the app logged its matching index as built (or reopened) and then used
# less than a tenth of a core over two seconds (the index's merge done), up to SECONDS (default 600).
app_idle() {
  local deadline=$((SECONDS + ${3:-600})) before
  until grep -q "Matching index built\|Matching index reopened" "$2"; do
    [ $SECONDS -lt $deadline ] || { log "matching index not built after ${3:-600}s"; return 0; }
    sleep 1
  done
  while [ $SECONDS -lt $deadline ]; do
    before=$(cpu_ms "$1"); sleep 2
    [ $(( $(cpu_ms "$1") - before )) -lt 200 ] && return 0
  done
}

field() { grep -o "$1=[^ ]*" | cut -d= -f2; }

report() {
  echo "Uncached verdict pages (each of 2,000 different verdicts read once; every request reads and renders),"
  echo "start-up and memory;"
  echo "$CLAIMS claims, median of $RUNS rounds, builds alternating, ${WARM_PAGES:-500} other verdicts read first;" \
    "JVM options \`${APP_JAVA_OPTS}\` unless named; load: the 1-minute load average after each pass."
  echo
  for build in "${BUILDS[@]}"; do echo "- ${build%%=*}: \`${build#*=}\`"; done
  echo
  echo "| build | connections | app CPU ms / request | PostgreSQL CPU ms / request | req/s | p50 ms | p99 ms | non-2xx | load |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for build in "${BUILDS[@]}"; do
    local label=${build%%=*}
    for conns in $CONNECTIONS; do
      local rows; rows=$(grep "^build=$label .*conns=$conns " "$RESULTS/pages-wrk.txt")
      echo "| $label | $conns | $(echo "$rows" | field app_cpu_ms | median) | $(echo "$rows" | field pg_cpu_ms | median) |" \
        "$(echo "$rows" | field rps | median) | $(echo "$rows" | field p50 | median) |" \
        "$(echo "$rows" | field p99 | median) | $(echo "$rows" | field non2xx | median) |" \
        "$(echo "$rows" | field load | median) |"
    done
  done
  echo
  echo "| build | first page after \`java -jar\` ms | CPU ms to the first page | Quarkus started s | RSS idle MiB | RSS under load MiB | RSS high-water MiB | load at start |"
  echo "|---|---|---|---|---|---|---|---|"
  for build in "${BUILDS[@]}"; do
    local label=${build%%=*} starts rss
    starts=$(grep "^build=$label " "$RESULTS/pages-start.txt"); rss=$(grep "^build=$label " "$RESULTS/pages-rss.txt")
    echo "| $label | $(echo "$starts" | field first_page_ms | median) | $(echo "$starts" | field first_page_cpu_ms | median) |" \
      "$(echo "$starts" | field quarkus_started_s | median) |" \
      "$(echo "$starts" | field rss_idle_mib | median) | $(echo "$rss" | field rss_under_load_mib | median) |" \
      "$(echo "$rss" | field rss_hwm_mib | median) | $(echo "$starts" | field load | median) |"
  done
}

main() {
  pg_start
  pg_create_db > /dev/null
  if [ "$(pg_psql -d "$PG_DB" -tAc "select count(*) from claim where created_by = 'bench'" 2> /dev/null || echo 0)" != "$CLAIMS" ]; then
    log "creating the $CLAIMS-claim archive"
    pg_drop_db > /dev/null; pg_create_db > /dev/null
    start_build "${BUILDS[0]#*=}" > /dev/null; app_stop pages-app
    pg_psql -d "$PG_DB" -v claims="$CLAIMS" -v orgs="$ORGS" -f "$ROOT/bench/generate.sql" > /dev/null
    pg_psql -d "$PG_DB" -tAc "vacuum (analyze) claim, verdict, verdict_revision, evidence, appearance, review" > /dev/null
  fi
  # Each build starts once before the rounds: it applies its migrations and finishes its background start-up
  # work on the archive (app_settle), so no round measures that.
  for build in "${BUILDS[@]}"; do
    log "first start of ${build%%=*}"
    start_build "${build#*=}" 900 > /dev/null; app_settle; app_stop pages-app
  done
  pg_psql -d "$PG_DB" -tAc "vacuum (analyze) verdict_revision" > /dev/null
  pg_psql -d "$PG_DB" -tAc "select '/verdicts/' || slug from verdict where slug like 'bench-claim-%' order by md5(slug) limit 2000" \
    > "$BENCH_WORK/verdict-paths.txt"
  pg_psql -d "$PG_DB" -tAc "select '/verdicts/' || slug from verdict where slug like 'bench-claim-%' order by md5(slug) offset 2000 limit ${WARM_PAGES:-500}" \
    > "$BENCH_WORK/pages-warm.txt"
  : > "$RESULTS/pages-start.txt"; : > "$RESULTS/pages-wrk.txt"; : > "$RESULTS/pages-rss.txt"
  for round in $(seq 1 "$RUNS"); do
    for build in "${BUILDS[@]}"; do
      log "round $round/$RUNS: ${build%%=*}"
      sync
      measure "${build%%=*}" "${build#*=}" "$round"
    done
  done
  report > "$PAGES_REPORT"
  cat "$PAGES_REPORT"
}

main
