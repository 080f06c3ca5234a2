package io.factdesk.web.desk;

import io.factdesk.verification.dashboard.DeskStatistics.MonthTiming;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of the time-to-verdict chart, drawn as SVG by the dashboard template (no script): one point per
 * month for the median and the 90th percentile, in hours, on a shared y axis. Months without a rating leave a
 * gap in the lines.
 */
public record VerdictTimeChart(int width, int height, int left, int bottom, List<Tick> yTicks, List<Label> months,
        List<String> medianLines, List<String> p90Lines, List<Dot> dots, double maxHours) {

    public record Tick(int y, String label) {
    }

    public record Label(int x, String text) {
    }

    public record Dot(int x, int y, boolean median) {
    }

    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

    public static VerdictTimeChart of(List<MonthTiming> timings) {
        double max = 1;
        for (MonthTiming t : timings) {
            if (t.p90() != null) {
                max = Math.max(max, hours(t.p90()));
            }
        }
        double top = niceCeiling(max);
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int plotWidth = WIDTH - LEFT - RIGHT;
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            ticks.add(new Tick(TOP + plotHeight - (int) Math.round(plotHeight * i / 4.0), format(value)));
        }
        List<Label> labels = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        List<String> median = new ArrayList<>();
        List<String> p90 = new ArrayList<>();
        StringBuilder medianRun = new StringBuilder();
        StringBuilder p90Run = new StringBuilder();
        int n = Math.max(timings.size(), 1);
        for (int i = 0; i < timings.size(); i++) {
            MonthTiming t = timings.get(i);
            int x = LEFT + (int) Math.round(plotWidth * (i + 0.5) / n);
            labels.add(new Label(x, MONTH.format(t.month())));
            if (t.median() == null) {
                flush(medianRun, median);
                flush(p90Run, p90);
                continue;
            }
            int yMedian = TOP + plotHeight - (int) Math.round(plotHeight * hours(t.median()) / top);
            int yP90 = TOP + plotHeight - (int) Math.round(plotHeight * hours(t.p90()) / top);
            medianRun.append(x).append(',').append(yMedian).append(' ');
            p90Run.append(x).append(',').append(yP90).append(' ');
            dots.add(new Dot(x, yMedian, true));
            dots.add(new Dot(x, yP90, false));
        }
        flush(medianRun, median);
        flush(p90Run, p90);
        return new VerdictTimeChart(WIDTH, HEIGHT, LEFT, HEIGHT - BOTTOM, ticks, labels, median, p90, dots, top);
    }

    /** The x where the plot ends (right edge of the axis). */
    public int right() {
        return width - RIGHT;
    }

    public int top() {
        return TOP;
    }

    private static void flush(StringBuilder run, List<String> lines) {
        if (!run.isEmpty()) {
            lines.add(run.toString().strip());
            run.setLength(0);
        }
    }

    static double hours(Duration duration) {
        return duration.toSeconds() / 3600.0;
    }

    /** Axis maxima in hours (4 hours to a year), each divisible by 4 so that every tick is a whole hour. */
    private static final int[] AXIS_HOURS = {4, 8, 12, 24, 48, 96, 168, 336, 720, 1440, 2880, 8760};

    /** The smallest axis maximum at or above the value. */
    static double niceCeiling(double hours) {
        for (int top : AXIS_HOURS) {
            if (top >= hours) {
                return top;
            }
        }
        return Math.ceil(hours / 8760) * 8760;
    }

    private static String format(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.format(Locale.ROOT, "%.1f", hours);
    }
}
