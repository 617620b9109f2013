package org.closeread.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Every request's time, size and outcome, per action and over time. */
final class Stats {

    record Sample(String action, long atMillis, long nanos, long bytes, boolean ok) {
    }

    record Summary(String action, int count, int errors, double p50, double p95, double p99, double max,
                   double meanBytes) {
    }

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    final long started = System.currentTimeMillis();

    void record(String action, long nanos, long bytes, boolean ok) {
        samples.add(new Sample(action, System.currentTimeMillis(), nanos, bytes, ok));
    }

    void error(String what) {
        if (errors.size() < 200) {
            errors.add(what);
        }
    }

    List<Sample> samples() {
        return new ArrayList<>(samples);
    }

    List<Summary> summaries() {
        Map<String, List<Sample>> by = new TreeMap<>();
        for (Sample s : samples) {
            by.computeIfAbsent(s.action(), a -> new ArrayList<>()).add(s);
        }
        List<Summary> out = new ArrayList<>();
        by.forEach((action, list) -> out.add(summary(action, list)));
        List<Sample> uidl = samples.stream().filter(s -> !s.action().startsWith("page") && !s.action().contains("open (page")).toList();
        out.add(summary("ALL requests", new ArrayList<>(samples)));
        return out;
    }

    static Summary summary(String action, List<Sample> list) {
        double[] ms = list.stream().mapToDouble(s -> s.nanos() / 1e6).sorted().toArray();
        int errors = (int) list.stream().filter(s -> !s.ok()).count();
        double bytes = list.stream().mapToLong(Sample::bytes).average().orElse(0);
        return new Summary(action, ms.length, errors, pct(ms, 50), pct(ms, 95), pct(ms, 99),
                ms.length == 0 ? 0 : ms[ms.length - 1], bytes);
    }

    static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double[] sortedMillis(List<Sample> list) {
        double[] ms = list.stream().mapToDouble(s -> s.nanos() / 1e6).toArray();
        Arrays.sort(ms);
        return ms;
    }
}
