package io.factdesk.web.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.verification.dashboard.DeskStatistics.MonthTiming;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart's geometry: whole-hour ticks, one point per rated month, gaps where no claim was rated. */
class VerdictTimeChartTest {

    private static MonthTiming month(int m, Integer medianHours, Integer p90Hours) {
        return new MonthTiming(YearMonth.of(2026, m), medianHours == null ? 0 : 3,
                medianHours == null ? null : Duration.ofHours(medianHours),
                p90Hours == null ? null : Duration.ofHours(p90Hours));
    }

    @Test
    void ratedMonthsArePointsAndEmptyMonthsBreakTheLine() {
        VerdictTimeChart chart = VerdictTimeChart.of(List.of(month(1, 10, 30), month(2, 20, 40), month(3, null, null),
                month(4, 5, 6)));
        assertThat(chart.maxHours()).isEqualTo(48);
        assertThat(chart.yTicks()).extracting(VerdictTimeChart.Tick::label).containsExactly("0", "12", "24", "36",
                "48");
        assertThat(chart.medianLines()).hasSize(2);
        assertThat(chart.medianLines().get(0).split(" ")).hasSize(2);
        assertThat(chart.dots()).hasSize(6);
        assertThat(chart.months()).extracting(VerdictTimeChart.Label::text).containsExactly("Jan 26", "Feb 26",
                "Mar 26", "Apr 26");
        // The p90 point of February (40 of 48 hours) sits higher than the median (20 hours).
        VerdictTimeChart.Dot median = chart.dots().get(2);
        VerdictTimeChart.Dot p90 = chart.dots().get(3);
        assertThat(p90.y()).isLessThan(median.y());
        assertThat(median.y()).isBetween(chart.top(), chart.bottom());
    }

    @Test
    void anEmptyYearStillHasAnAxis() {
        VerdictTimeChart chart = VerdictTimeChart.of(List.of(month(1, null, null), month(2, null, null)));
        assertThat(chart.maxHours()).isEqualTo(4);
        assertThat(chart.medianLines()).isEmpty();
        assertThat(chart.dots()).isEmpty();
        assertThat(chart.yTicks()).extracting(VerdictTimeChart.Tick::label).containsExactly("0", "1", "2", "3", "4");
    }
}
