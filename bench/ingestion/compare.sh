#!/usr/bin/env bash
# Compares two builds of the article aids in one JVM (io.factdesk.bench.IngestionComparison), e.g. main and a branch:
#   bench/ingestion/compare.sh BEFORE_DIR AFTER_DIR [ROUNDS]
# Each DIR holds that build's factdesk-core-*.jar and factdesk-verification-*.jar (copied from core/target and
# verification/target after `./mvnw -pl bench -am package -DskipTests`). Needs bench/target as run.sh does.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")/.." && pwd)"
jars() { ls "$1"/factdesk-core-*.jar "$1"/factdesk-verification-*.jar | paste -sd: -; }
# the shared libraries only: each build's own jars go to its own class loader
LIBS="$(tr ':' '\n' < "$BENCH/target/classpath.txt" | grep -v '/factdesk-[a-z]*-[^/]*\.jar$' | paste -sd: -)"
java -Xmx2g -cp "$BENCH/target/classes:$LIBS" io.factdesk.bench.IngestionComparison "$(jars "$1")" "$(jars "$2")" \
  "${3:-12}"
