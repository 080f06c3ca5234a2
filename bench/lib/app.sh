# Starting and stopping the packaged app against the benchmark PostgreSQL. Sourced by the bench scripts.
# Needs: ROOT, BENCH_WORK, JDBC_URL, PG_USER, PG_PASSWORD, OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_SECRET (keycloak.sh).

APP_JAR="${APP_JAR:-$ROOT/web/target/quarkus-app/quarkus-run.jar}"
# The production run command's JVM options and malloc setting (README, "Packaged app"), with a 1 GiB heap limit.
APP_JAVA_OPTS="${APP_JAVA_OPTS:--Xmx1g -XX:+UseSerialGC -Xmn32m -Xms64m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TrimNativeHeapInterval=5000}"
APP_MALLOC_ARENA_MAX="${APP_MALLOC_ARENA_MAX:-2}"
# Every instance shares these secrets so that a session cookie or CSRF token made by one is valid on the others.
export FACTDESK_CSRF_KEY="${FACTDESK_CSRF_KEY:-bench-only-csrf-signature-key-0123456789abcdef}"
export FACTDESK_SESSION_SECRET="${FACTDESK_SESSION_SECRET:-bench-only-session-encryption-secret-0123456789}"
export FACTDESK_WEBHOOK_SECRET_KEY="${FACTDESK_WEBHOOK_SECRET_KEY:-bench-only-webhook-secret-key-0123456789abcdef}"
export FACTDESK_TIPS_CLIENT_KEY_SALT="${FACTDESK_TIPS_CLIENT_KEY_SALT:-bench-only-tips-client-key-salt-0123456789abcdef}"

# app_archive_opts DIR: the JVM option that uses the app's start-up archive (bench/train.sh) when DIR has one
# and APP_JAVA_OPTS names none: an AOT cache (JDK 25 or newer) or an AppCDS archive (also the one
# -Dquarkus.package.jar.appcds.enabled=true writes).
app_archive_opts() {
  case " $APP_JAVA_OPTS " in
    *" -XX:SharedArchiveFile="* | *" -XX:AOTCache="* | *" -XX:ArchiveClassesAtExit="* | *" -XX:AOTCacheOutput="* | *" -Xshare:off "*) return 0 ;;
  esac
  if [ -f "$1/app.aot" ] && "${JAVA_BIN:-java}" -XX:AOTCache="$1/app.aot" -XX:AOTMode=on -version > /dev/null 2>&1; then
    echo "-XX:AOTCache=app.aot"
  elif [ -f "$1/app-cds.jsa" ]; then
    echo "-XX:SharedArchiveFile=app-cds.jsa"
  fi
}

# app_start PORT NAME [extra env...]: starts an instance in the background, its pid in $BENCH_WORK/NAME.pid. It runs
# from the app's folder, as in production (an AppCDS archive or AOT cache names the JAR relative to it), with its
# start-up archive if it has one (app_archive_opts); JAVA_BIN names the java launcher (default: java on the PATH).
app_start() {
  local port=$1 name=$2 log archive; shift 2
  log="$(cd "$BENCH_WORK" && pwd)/$name.log"
  archive=$(app_archive_opts "$(dirname "$APP_JAR")")
  (cd "$(dirname "$APP_JAR")" && exec env QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" QUARKUS_DATASOURCE_USERNAME="$PG_USER" \
      QUARKUS_DATASOURCE_PASSWORD="$PG_PASSWORD" QUARKUS_OIDC_AUTH_SERVER_URL="$OIDC_ISSUER" \
      QUARKUS_OIDC_CLIENT_ID="$OIDC_CLIENT_ID" QUARKUS_OIDC_CREDENTIALS_SECRET="$OIDC_SECRET" QUARKUS_HTTP_PORT="$port" QUARKUS_HTTP_HOST=127.0.0.1 MALLOC_ARENA_MAX="$APP_MALLOC_ARENA_MAX" "$@" \
      ${JAVA_BIN:-java} $APP_JAVA_OPTS $archive -jar "$(basename "$APP_JAR")" > "$log" 2>&1) &
  echo $! > "$BENCH_WORK/$name.pid"
}

# app_wait PORT [SECONDS]: waits until the home page answers 200; prints milliseconds since $START_NS if set.
app_wait() {
  local port=$1 limit=${2:-180} deadline=$((SECONDS + ${2:-180}))
  while [ $SECONDS -lt $deadline ]; do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")" = 200 ]; then
      [ -n "${START_NS:-}" ] && echo $(( ($(date +%s%N) - START_NS) / 1000000 ))
      return 0
    fi
    sleep 0.05
  done
  echo "app on port $port did not answer within ${limit}s" >&2
  return 1
}

app_pid() { cat "$BENCH_WORK/$1.pid"; }

# app_settle [SECONDS]: waits until a started app has done what it does in the background after its first start
# on an archive bench/generate.sql wrote: storing the explanation HTML of revisions that have none (V33) and the
# search terms of rows that have none (V30, V32). A build without the HTML column has nothing to do (it fills
# the terms before it answers). Needs pg.sh.
app_settle() {
  local deadline=$((SECONDS + ${1:-900}))
  [ "$(pg_psql -d "$PG_DB" -tAc "select count(*) from information_schema.columns
        where table_name = 'verdict_revision' and column_name = 'explanation_html'")" = 1 ] || return 0
  while [ "$(pg_psql -d "$PG_DB" -tAc "select exists (select 1 from verdict_revision where explanation_html is null)
        or exists (select 1 from verdict_revision where search_terms is null)
        or exists (select 1 from claim where search_terms is null)")" = t ]; do
    [ $SECONDS -lt $deadline ] || { echo "explanation HTML or search terms still missing after ${1:-900}s" >&2; return 1; }
    sleep 2
  done
}

app_stop() {
  local pidfile="$BENCH_WORK/$1.pid" pid
  [ -f "$pidfile" ] || return 0
  pid=$(cat "$pidfile")
  # Only ever our own app: a stale pid file may name a process that reused the number.
  if grep -q "quarkus-run.jar" "/proc/$pid/cmdline" 2>/dev/null && kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

# RSS of a process in MiB.
rss_mib() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }
# Peak RSS (high-water mark) of a process in MiB.
hwm_mib() { awk '/VmHWM/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }
