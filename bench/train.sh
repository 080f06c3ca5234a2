#!/usr/bin/env bash
# Writes the start-up archive of a packaged app from a training run: the app starts from its folder against the
# benchmark PostgreSQL (bench/lib/pg.sh; the archive of bench/run.sh or bench/pages.sh), serves the public pages a
# fresh instance serves first (home, search, methodology, feed, sitemap, TRAIN_PAGES verdicts in English and
# Ukrainian), and stops; at the stop the JVM writes every class it loaded into the archive.
#
#   bench/train.sh [APP_DIR]        default web/target/quarkus-app
#
# With JDK 17-24 (`java` on the PATH, or JAVA_BIN) it writes APP_DIR/app-cds.jsa, a dynamic AppCDS archive: run
# with `-XX:SharedArchiveFile=app-cds.jsa`. With JDK 25 or newer it writes APP_DIR/app.aot, an AOT cache (JEP 483,
# 514, 515: classes loaded and linked, and the methods' profiles): run with `-XX:AOTCache=app.aot`. Either needs
# the same JDK, the same JAR files and the same JVM options family at run time, and the app started from its folder
# (`cd APP_DIR && java ... -jar quarkus-run.jar`); the JVM ignores an archive that does not match (with a warning).
# The database is the benchmark's own (bench/lib/pg.sh, started when needed; an empty one is migrated), so a build
# machine needs no other: the archive holds classes and profiles, not data. More verdicts train more of the page.
# Settings (environment): TRAIN_PAGES (default 300), APP_JAVA_OPTS (default -Xmx1g), JAVA_BIN, and those of
# bench/lib/defaults.sh (BENCH_WORK, PG_PORT, APP_PORT).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
. "$ROOT/bench/lib/defaults.sh"
. "$ROOT/bench/lib/pg.sh"
. "$ROOT/bench/lib/app.sh"
OIDC_ISSUER="${OIDC_ISSUER:-http://127.0.0.1:9/realms/factdesk}"
OIDC_CLIENT_ID=factdesk
OIDC_SECRET=unused

APP_DIR="$(cd "${1:-$ROOT/web/target/quarkus-app}" && pwd)"
JAVA_BIN="${JAVA_BIN:-java}"
feature=$("$JAVA_BIN" -XX:+PrintFlagsFinal -version 2> /dev/null | grep -c ' AOTCacheOutput ' || true)
if [ "$feature" = 1 ]; then
  archive=app.aot; flag="-XX:AOTCacheOutput=app.aot"
else
  archive=app-cds.jsa; flag="-XX:ArchiveClassesAtExit=app-cds.jsa"
fi
rm -f "$APP_DIR/$archive"

pg_start
pg_create_db > /dev/null
trap 'app_stop train-app || true' EXIT
log "training run of $APP_DIR ($archive)"
APP_JAR="$APP_DIR/quarkus-run.jar" APP_JAVA_OPTS="$APP_JAVA_OPTS $flag" app_start "$APP_PORT" train-app \
  QUARKUS_MANAGEMENT_PORT=$((APP_PORT + 1))
app_wait "$APP_PORT" 600 > /dev/null
base="http://127.0.0.1:$APP_PORT"
for path in / "/?q=minister" "/?q=tax&page=2" /methodology /feed.atom /sitemap.xml /tips; do
  curl -s -o /dev/null "$base$path"
  curl -s -o /dev/null -H 'Accept-Language: uk' "$base$path"
done
pg_psql -d "$PG_DB" -tAc "select '/verdicts/' || slug from verdict order by id desc limit ${TRAIN_PAGES:-300}" \
  | while read -r path; do
      curl -s -o /dev/null "$base$path"
      curl -s -o /dev/null -H 'Accept-Language: uk' "$base$path"
    done
curl -s -o /dev/null "http://127.0.0.1:$((APP_PORT + 1))/q/health/ready"
# A clean stop: the JVM writes the archive on its way out (app_stop waits up to 10 s, then kills).
pid=$(app_pid train-app)
kill "$pid"
for _ in $(seq 1 600); do kill -0 "$pid" 2> /dev/null || break; sleep 0.2; done
rm -f "$BENCH_WORK/train-app.pid"
[ -s "$APP_DIR/$archive" ] || { log "no archive written; see $BENCH_WORK/train-app.log"; exit 1; }
log "wrote $APP_DIR/$archive ($(du -h "$APP_DIR/$archive" | cut -f1))"
