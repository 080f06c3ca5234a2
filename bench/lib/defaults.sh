# The settings bench/run.sh and bench/pages.sh share, so both measure the same archive the same way: each may be
# set in the environment (see bench/run.sh). Needs: ROOT. Sets the settings, RESULTS, and log().
CLAIMS="${CLAIMS:-1000000}"
ORGS="${ORGS:-5}"
DURATION="${DURATION:-10}"
RUNS="${RUNS:-3}"
CONNECTIONS="${CONNECTIONS:-16 64}"
THREADS="${THREADS:-$(nproc)}"
BENCH_WORK="${BENCH_WORK:-/tmp/factdesk-bench}"
APP_PORT="${APP_PORT:-18080}"
RESULTS="$BENCH_WORK/results"
mkdir -p "$BENCH_WORK" "$RESULTS"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
