#!/usr/bin/env bash
# Times an instance's start until matching answers, rebuilding the index folder against reopening it, with N claims
# in the embedded PostgreSQL of the tests (verification's MatchIndexStartBenchmark; prints BENCH key=value lines).
# Settings: RESTART_CLAIMS (default 100000), RESTART_ROUNDS (rebuild + reopen pairs, default 2). The application's
# own poll is switched off so that only the timed instances index.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
./mvnw -B -o -q -pl verification test-compile surefire:test@default-test -Dtest=MatchIndexStartBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfactdesk.bench.restart-claims="${RESTART_CLAIMS:-100000}" -Dfactdesk.bench.restart-rounds="${RESTART_ROUNDS:-2}" \
  -Dfactdesk.matching.poll-interval=off 2>&1 | grep -E '^BENCH |ERROR|FAIL' || true
grep -h '^BENCH ' verification/target/surefire-reports/*MatchIndexStartBenchmark*-output.txt 2>/dev/null || true
