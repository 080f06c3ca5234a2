package io.factdesk.verification.matching.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** MAP@k as the CheckThat! scorer computes it (precision at each relevant hit, over the number relevant) and hit@k. */
final class RankingMetrics {

    private double map5;
    private double map1;
    private double hit3;
    private int queries;

    void add(List<Long> ranked, Set<Long> relevant) {
        map5 += averagePrecision(ranked, relevant, 5);
        map1 += averagePrecision(ranked, relevant, 1);
        hit3 += ranked.stream().limit(3).anyMatch(relevant::contains) ? 1 : 0;
        queries++;
    }

    static double averagePrecision(List<Long> ranked, Set<Long> relevant, int k) {
        double sum = 0;
        int found = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                found++;
                sum += (double) found / (i + 1);
            }
        }
        return relevant.isEmpty() ? 0 : sum / relevant.size();
    }

    double map5() {
        return map5 / queries;
    }

    double map1() {
        return map1 / queries;
    }

    double hit3() {
        return hit3 / queries;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "MAP@5 %.3f  MAP@1 %.3f  hit@3 %.3f  (%d queries)", map5(), map1(), hit3(),
                queries);
    }
}
