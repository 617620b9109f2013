package org.closeread.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Measures the analyser against the GUM Wikinews documents (GUM corpus, Zeldes 2017, texts
 * from Wikinews) and the first article. Not a test: run it and copy the numbers into
 * docs/analysis-quality.md.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.closeread.analysis.QualityBenchmark [-Dexec.args="src/test/resources/corpora/gum-wikinews --verbose"]</pre>
 */
public final class QualityBenchmark {

    /** The corpus, copied into the project (GUM corpus, Zeldes 2017, texts from Wikinews; see its README). */
    static final String CORPUS = "src/test/resources/corpora/gum-wikinews";

    private int goldQuotes;
    private int markedGoldQuotes;
    private int predictedQuotes;
    private int matchedQuotes;
    private int matchedMarked;
    private int goldAttributions;
    private int foundAttributions;
    private int ourAttributions;
    private int ourAttributionsOnGold;
    private int namedSpeakerQuotes;
    private int namedSpeakersRight;
    private int pronounSpeakerQuotes;
    private int annotatedGold;
    private int annotatedPredicted;
    private int annotatedMatched;
    private int annotatedDocuments;
    private final boolean verbose;

    private QualityBenchmark(boolean verbose) {
        this.verbose = verbose;
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : CORPUS);
        boolean verbose = Arrays.asList(args).contains("--verbose");
        var analyzer = new Analyzer();
        List<Path> documents;
        try (Stream<Path> files = Files.list(corpus.resolve("xml"))) {
            documents = files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        List<String> names = documents.stream()
                .map(p -> CorpusSplit.shortName(p.getFileName().toString().replace(".xml", ""))).toList();
        Set<String> tuning = CorpusSplit.tuning(names);
        // Misses are printed for the tuning set only: the test set is never read for misses.
        var tuningScore = new QualityBenchmark(verbose);
        var testScore = new QualityBenchmark(false);
        var allScore = new QualityBenchmark(false);
        for (Path xml : documents) {
            GumDocument doc = GumDocument.read(xml);
            GumAttributions gold = GumAttributions.read(corpus.resolve("rst").resolve(doc.name() + ".rs4"), doc);
            ArticleAnalysis analysis = analyzer.analyze(doc.text());
            (tuning.contains(CorpusSplit.shortName(doc.name())) ? tuningScore : testScore).score(doc, gold, analysis);
            allScore.score(doc, gold, analysis);
        }
        System.out.println("split: seed " + CorpusSplit.SEED + ", tuning " + tuning + ", test " + CorpusSplit.test(names));
        System.out.println("== tuning set ==");
        tuningScore.report(tuning.size());
        System.out.println("== test set ==");
        testScore.report(names.size() - tuning.size());
        System.out.println("== all documents ==");
        allScore.report(documents.size());
        firstArticle(analyzer);
    }

    private void score(GumDocument doc, GumAttributions gold, ArticleAnalysis analysis) {
        List<Quote> ours = analysis.quotes().stream().filter(q -> q.form() != QuoteForm.INDIRECT).toList();
        Quote[] matchOf = new Quote[doc.quotes().size()];
        Set<Quote> used = new HashSet<>();
        for (int g = 0; g < doc.quotes().size(); g++) {
            List<Integer> goldWords = doc.wordsIn(doc.quotes().get(g));
            Quote best = null;
            double bestShare = 0;
            for (Quote q : ours) {
                List<Integer> words = doc.wordsIn(q.span());
                long shared = words.stream().filter(goldWords::contains).count();
                double share = shared / (double) Math.max(1, Math.max(words.size(), goldWords.size()));
                if (!used.contains(q) && share >= 0.5 && share > bestShare) {
                    best = q;
                    bestShare = share;
                }
            }
            matchOf[g] = best;
            boolean marked = QuoteMarks.isMark(doc.text().charAt(doc.quotes().get(g).start()))
                    || QuoteMarks.isMark(doc.text().charAt(doc.quotes().get(g).end() - 1));
            markedGoldQuotes += marked ? 1 : 0;
            if (best != null) {
                used.add(best);
                matchedQuotes++;
                matchedMarked += marked ? 1 : 0;
            } else if (verbose) {
                System.out.println("  missed quote  " + doc.name() + ": " + doc.quotes().get(g).of(doc.text()));
            }
        }
        goldQuotes += doc.quotes().size();
        predictedQuotes += ours.size();
        if (!doc.quotes().isEmpty()) {
            // GUM marks quotations in some documents only; precision means something only where it does.
            // Which documents count is decided by GUM's annotation alone, never by what we found.
            annotatedDocuments++;
            annotatedGold += doc.quotes().size();
            annotatedPredicted += ours.size();
            annotatedMatched += (int) java.util.Arrays.stream(matchOf).filter(java.util.Objects::nonNull).count();
        }
        if (verbose) {
            ours.stream().filter(q -> !used.contains(q))
                    .forEach(q -> System.out.println("  extra quote   " + doc.name() + ": " + q.text()));
        }
        scoreAttributions(doc, gold, analysis);
        scoreSpeakers(doc, gold, matchOf);
    }

    private void scoreAttributions(GumDocument doc, GumAttributions gold, ArticleAnalysis analysis) {
        for (GumAttributions.Gold g : gold.attributions()) {
            goldAttributions++;
            if (analysis.attributions().stream().anyMatch(a -> a.span().overlaps(g.span()))) {
                foundAttributions++;
            } else if (verbose) {
                System.out.println("  missed source " + doc.name() + ": " + g.text());
            }
        }
        for (Attribution a : analysis.attributions()) {
            ourAttributions++;
            if (gold.attributions().stream().anyMatch(g -> g.span().overlaps(a.span()))) {
                ourAttributionsOnGold++;
            }
        }
    }

    /** Gold speaker of a quote: the attribution whose content holds it, the closest one if several. */
    private void scoreSpeakers(GumDocument doc, GumAttributions gold, Quote[] matchOf) {
        for (int g = 0; g < doc.quotes().size(); g++) {
            List<Integer> words = doc.wordsIn(doc.quotes().get(g));
            GumAttributions.Gold source = null;
            for (GumAttributions.Gold a : gold.attributions()) {
                boolean insideQuote = doc.quotes().get(g).contains(a.span()); // the quoted speaker's own "I think"
                if (!insideQuote && words.stream().anyMatch(a.contentTokens()::contains)
                        && (source == null || a.contentTokens().size() < source.contentTokens().size())) {
                    source = a;
                }
            }
            if (source == null) {
                continue;
            }
            if (!source.named()) {
                pronounSpeakerQuotes++;
                continue;
            }
            namedSpeakerQuotes++;
            Quote ours = matchOf[g];
            if (ours != null && ours.speaker() != null && sharesAName(ours.speaker().name(), source.text())) {
                namedSpeakersRight++;
            } else if (verbose) {
                System.out.println("  wrong speaker " + doc.name() + ": gold \"" + source.text() + "\", ours "
                        + (ours == null ? "(quote missed)" : ours.speaker() == null ? "(none)" : ours.speaker().name())
                        + " for " + doc.quotes().get(g).of(doc.text()));
            }
        }
    }

    private static boolean sharesAName(String speaker, String goldSource) {
        Set<String> gold = new HashSet<>(Arrays.asList(goldSource.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        return Arrays.stream(speaker.split("[\\s-]+"))
                .filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
                .map(w -> w.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll("[^\\p{L}\\p{N}]", ""))
                .anyMatch(gold::contains);
    }

    private void report(int documents) {
        double precision = matchedQuotes / (double) predictedQuotes;
        double recall = matchedQuotes / (double) goldQuotes;
        System.out.printf("GUM Wikinews: %d documents%n", documents);
        if (goldQuotes == 0 && predictedQuotes == 0) {
            return;
        }
        System.out.printf("quote spans (>= 50%% word overlap): P %.3f  R %.3f  F1 %.3f  (%d gold, %d ours, %d matched)%n",
                precision, recall, f1(precision, recall), goldQuotes, predictedQuotes, matchedQuotes);
        double ap = annotatedMatched / (double) annotatedPredicted;
        double ar = annotatedMatched / (double) annotatedGold;
        System.out.printf("  in the %d documents where GUM marks quotations: P %.3f  R %.3f  F1 %.3f  (%d gold, %d ours)%n",
                annotatedDocuments, ap, ar, f1(ap, ar), annotatedGold, annotatedPredicted);
        double markedRecall = matchedMarked / (double) markedGoldQuotes;
        System.out.printf("  gold quotes with quotation marks: %d, recall %.3f%n", markedGoldQuotes, markedRecall);
        System.out.printf("attributions found: %d of %d gold = %.3f  (our attributions on a gold one: %d of %d = %.3f)%n",
                foundAttributions, goldAttributions, foundAttributions / (double) goldAttributions,
                ourAttributionsOnGold, ourAttributions, ourAttributionsOnGold / (double) ourAttributions);
        System.out.printf("named speakers right: %d of %d = %.3f  (%d more quotes have a pronoun as gold source)%n",
                namedSpeakersRight, namedSpeakerQuotes, namedSpeakersRight / (double) namedSpeakerQuotes,
                pronounSpeakerQuotes);
    }

    private static void firstArticle(Analyzer analyzer) {
        ArticleAnalysis analysis = analyzer.analyze(FirstArticleQuotes.text());
        List<Quote> quotes = new ArrayList<>(analysis.quotes().stream().filter(q -> q.form() != QuoteForm.INDIRECT).toList());
        int found = 0;
        int speakerRight = 0;
        int channelRight = 0;
        for (FirstArticleQuotes.Expected e : FirstArticleQuotes.ALL) {
            Quote q = quotes.stream().filter(x -> x.text().startsWith(e.opening())).findFirst().orElse(null);
            if (q == null) {
                System.out.println("  first article: missed " + e.opening());
                continue;
            }
            quotes.remove(q);
            found++;
            boolean speaker = q.speaker() != null && q.speaker().name().equals(e.speaker());
            boolean channel = java.util.Objects.equals(q.channel(), e.channel());
            speakerRight += speaker ? 1 : 0;
            channelRight += channel ? 1 : 0;
            if (!speaker || !channel) {
                System.out.println("  first article: " + e.opening() + " -> " + q.speaker() + " via " + q.channel());
            }
        }
        System.out.printf("first article: %d of %d quotes found, %d with the right speaker, %d with the right channel, "
                + "%d extra%n", found, FirstArticleQuotes.ALL.size(), speakerRight, channelRight, quotes.size());
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
