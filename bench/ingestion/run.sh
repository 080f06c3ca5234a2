#!/usr/bin/env bash
# Runs the ingestion benchmark (bench module, plain Java, no database) and prints key=value lines.
# Needs `./mvnw package` to have built bench/target (bench/run.sh does). Settings: INGEST_RUNS, INGEST_BATCH.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")/.." && pwd)"
java -Xmx1g -cp "$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")" io.factdesk.bench.IngestionBenchmark \
  "${INGEST_RUNS:-3}" "${INGEST_BATCH:-100}"
