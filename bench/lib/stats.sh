# Small statistics helpers for the bench scripts.

# percentiles: numbers on stdin (one a line) -> "p50=.. p95=.. max=.. n=.." (nearest-rank).
percentiles() {
  sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "p50=- p95=- max=- n=0"; exit }
    i50 = int(0.50 * NR + 0.999999); i95 = int(0.95 * NR + 0.999999)
    printf "p50=%.1f p95=%.1f max=%.1f n=%d\n", v[i50], v[i95], v[NR], NR }'
}

# median: numbers on stdin -> the median.
median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2];
    else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
