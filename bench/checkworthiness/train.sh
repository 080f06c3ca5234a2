#!/usr/bin/env bash
# Retrains the check-worthiness models and rewrites verification/src/main/resources/checkworthiness/model.tsv
# and model-words.tsv: trained on the CheckThat! train split and the project's labelled news articles
# (bench/src/main/resources/checkworthiness/news/); the seed articles' labels are only scored.
# Reads ../shared/datasets/checkthat2024-checkworthiness-en/ next to the project root, or the folder named by
# FACTDESK_DATASETS. Deterministic (fixed seed, file order); computing the features of ~24,000 sentences
# (OpenNLP and the embedding model) takes most of the time the first time: they are cached under
# bench/target/checkworthiness-features/ for the next run.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
./mvnw -B -q -pl bench -am package -DskipTests
java -Xmx2g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  io.factdesk.bench.checkworthiness.CheckWorthinessTraining "$@"
