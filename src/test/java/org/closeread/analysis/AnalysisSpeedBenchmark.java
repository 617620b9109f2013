package org.closeread.analysis;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * How long one warm analysis of a 1,000-word article takes on one thread (one core): the
 * first article followed by GUM's Warhol article (quote-heavy) cut at 1,000 words. Not a
 * test: run it and copy the numbers into docs/analysis-quality.md.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.closeread.analysis.AnalysisSpeedBenchmark</pre>
 */
public final class AnalysisSpeedBenchmark {

    private static final int WORDS = 1000;

    private AnalysisSpeedBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : QualityBenchmark.CORPUS);
        String text = thousandWords(corpus);
        var analyzer = new Analyzer();
        long coldStart = System.nanoTime();
        analyzer.analyze(text);
        double coldMs = (System.nanoTime() - coldStart) / 1e6;
        for (int i = 0; i < 300; i++) {
            analyzer.analyze(text);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[500];
        double[] cpuMs = new double[ms.length];
        for (int i = 0; i < ms.length; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            analyzer.analyze(text);
            ms[i] = (System.nanoTime() - start) / 1e6;
            cpuMs[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        System.out.printf("%d words, %d characters; first run (models loading) %.0f ms%n", words(text), text.length(), coldMs);
        System.out.println("warm, one thread, " + ms.length + " runs: " + summary(ms));
        // On a shared machine other processes stretch the wall time; the thread's CPU time shows the work itself.
        System.out.println("  CPU time of the analysing thread: " + summary(cpuMs));
        System.out.printf("  load average over the last minute: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("machine: %d cores available, %s %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
    }

    private static String summary(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return String.format("median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms", sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.95)], sorted[0], sorted[sorted.length - 1]);
    }

    private static String thousandWords(Path corpus) throws IOException {
        StringBuilder text = new StringBuilder(FirstArticleQuotes.text());
        Path warhol = corpus.resolve("xml/GUM_news_warhol.xml");
        String more = Files.exists(warhol) ? GumDocument.read(warhol).text() : FirstArticleQuotes.text();
        for (String paragraph : more.split("\n\n")) {
            if (words(text.toString()) >= WORDS) {
                break;
            }
            text.append("\n\n").append(paragraph);
        }
        String[] all = text.toString().split("(?<=\\s)(?=\\S)");
        return String.join("", Arrays.copyOf(all, Math.min(all.length, WORDS))).strip();
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
