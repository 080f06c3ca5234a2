#!/usr/bin/env bash
# Runs the claim-matching benchmark (bench module, plain Java, no database) and prints key=value lines.
# Needs `./mvnw package` to have built bench/target (bench/run.sh does). Settings: MATCH_CLAIMS, MATCH_QUERIES,
# MATCH_THREADS, MATCH_BUFFER_MB, MATCH_VECTORS (claims with a vector), MATCH_ENCODING (INT8 or FLOAT32),
# MATCH_MERGE (true: one segment after the build, as the app does), MATCH_DIR (keep the built index in this folder
# and reuse it when built with the same settings, as the app reopens its folder), MATCH_HEAP (the index is memory-mapped; the heap holds the index writer's buffer and the model).
set -euo pipefail
BENCH="$(cd "$(dirname "$0")/.." && pwd)"
java "-Xmx${MATCH_HEAP:-2g}" -cp "$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")" \
  io.factdesk.bench.MatchingBenchmark "${MATCH_CLAIMS:-100000}" "${MATCH_QUERIES:-200}" \
  "${MATCH_THREADS:-2}" "${MATCH_BUFFER_MB:-64}" "${MATCH_VECTORS:-${MATCH_CLAIMS:-100000}}" \
  "${MATCH_ENCODING:-INT8}" "${MATCH_MERGE:-true}"
