package org.closeread.authoring.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.closeread.article.BlockKind;
import org.closeread.article.Lens;
import org.closeread.article.TextSpan;
import org.closeread.authoring.ArticleDetails;
import org.closeread.authoring.Draft;
import org.closeread.authoring.DraftAnnotation;
import org.closeread.authoring.DraftBlock;
import org.closeread.authoring.DraftOption;
import org.closeread.authoring.DraftPair;
import org.closeread.authoring.DraftQuestion;
import org.closeread.authoring.DraftService;
import org.closeread.authoring.DraftStep;
import org.closeread.authoring.PublishService;
import org.closeread.authoring.QuestionPlace;
import org.closeread.quiz.FeedbackTiming;
import org.closeread.quiz.QuestionType;

/**
 * Lessons whose every authored field holds XSS vectors, written through the same services the editor
 * forms call. Fields that hold long text get every vector; short ones (titles, outlet, level) get a
 * chunk each, and there is one lesson per chunk, so every vector reaches every field somewhere.
 */
final class XssLessons {

    static final String PREFIX = "xss-";
    static final String MAIN = PREFIX + "0";
    /** Outlet and level are stored in at most 200 characters. */
    private static final int CHUNK_LENGTH = 190;

    private final DraftService drafts;
    private final PublishService publishing;
    final List<String> vectors = vectors();
    final List<String> chunks = chunks(vectors);
    private final String all = String.join(" ", vectors);
    private final String paragraphs = String.join("\n\n", vectors);

    XssLessons(DraftService drafts, PublishService publishing) {
        this.drafts = drafts;
        this.publishing = publishing;
    }

    static List<String> vectors() {
        try (InputStream in = XssLessons.class.getResourceAsStream("/org/closeread/authoring/xss-vectors.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> chunks(List<String> vectors) {
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (String vector : vectors) {
            if (chunk.length() > 0 && chunk.length() + 1 + vector.length() > CHUNK_LENGTH) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
            }
            chunk.append(chunk.length() == 0 ? "" : " ").append(vector);
        }
        chunks.add(chunk.toString());
        return chunks;
    }

    List<String> slugs() {
        return java.util.stream.IntStream.range(0, chunks.size()).mapToObj(i -> PREFIX + i).toList();
    }

    /** Writes and publishes every lesson, unless an earlier test did. */
    void publishAll() {
        for (int i = 0; i < chunks.size(); i++) {
            if (!drafts.slugTaken(PREFIX + i)) {
                write(PREFIX + i, chunks.get(i), i == 0);
            }
        }
    }

    private void write(String slug, String chunk, boolean main) {
        ArticleDetails details = new ArticleDetails(chunk, chunk, "2024-04-26", "https://example.org/#" + chunk, chunk);
        Draft draft = drafts.create(slug, details, "Placeholder");
        String text = main ? all : chunk;
        List<DraftBlock> blocks = main ? List.of(
                new DraftBlock(BlockKind.HEADLINE, "", "Headline " + all),
                new DraftBlock(BlockKind.STANDFIRST, "", "Standfirst " + all),
                new DraftBlock(BlockKind.PARAGRAPH, "p", "ANCHORQUOTE ANCHORSOURCE ANCHORFRAMING ANCHORMISSING"
                        + " TARGETWORD " + all),
                new DraftBlock(BlockKind.CAPTION, "", "Caption " + all),
                new DraftBlock(BlockKind.CREDIT, "", "Credit " + all),
                new DraftBlock(BlockKind.FURNITURE, "", "ANCHORANATOMY " + all))
                : List.of(new DraftBlock(BlockKind.HEADLINE, "", "Headline " + chunk),
                new DraftBlock(BlockKind.PARAGRAPH, "p", "ANCHORQUOTE TARGETWORD " + chunk));
        draft = drafts.saveLesson(slug, draft.version(), chunk, chunk, 10, main ? vectors : List.of(chunk), details,
                blocks).draft();
        for (Lens lens : main ? List.of(Lens.values()) : List.of(Lens.QUOTE)) {
            draft = annotate(draft, lens, main ? paragraphs : chunk, text);
        }
        int n = 0;
        for (DraftStep step : draft.content().steps()) {
            draft = drafts.saveStep(slug, draft.version(), step.id(), new DraftStep(step.id(),
                    chunks.get(n++ % chunks.size()), step.lens(), main ? paragraphs : chunk, step.reveal(),
                    List.of())).draft();
        }
        draft = drafts.saveQuizSettings(slug, draft.version(), chunk, 50, FeedbackTiming.AFTER_EACH).draft();
        if (main) {
            for (DraftQuestion question : questions()) {
                draft = question.type() == QuestionType.HIGHLIGHT ? drafts.saveHighlightQuestion(slug,
                        draft.version(), QuestionPlace.QUIZ, null, question, List.of(target(draft)), List.of()).draft()
                        : drafts.saveQuestion(slug, draft.version(), QuestionPlace.QUIZ, null, question).draft();
            }
            draft = drafts.saveQuestion(slug, draft.version(), QuestionPlace.step(draft.content().steps().get(0).id()),
                    null, question("exercise", QuestionType.SINGLE).withStem("exercise", "Exercise " + all, paragraphs,
                            "")).draft();
        } else {
            draft = drafts.saveQuestion(slug, draft.version(), QuestionPlace.QUIZ, null,
                    question("tf", QuestionType.TRUE_FALSE).withStem("tf", chunk, chunk, "")).draft();
        }
        var published = publishing.publish(slug, draft.version());
        if (!published.published()) {
            throw new IllegalStateException(slug + " did not publish: " + published.problems());
        }
    }

    private Draft annotate(Draft draft, Lens lens, String explanation, String factValue) {
        String anchor = "ANCHOR" + lens.name();
        int block = 0;
        while (!draft.content().blocks().get(block).text().contains(anchor)) {
            block++;
        }
        int start = draft.content().blocks().get(block).text().indexOf(anchor);
        Map<String, String> facts = new java.util.LinkedHashMap<>();
        lens.facts().forEach(fact -> facts.put(fact.key(), factValue));
        return drafts.annotate(draft.slug(), draft.version(), null, new TextSpan(block, start, start + anchor.length()),
                new DraftAnnotation("", lens, "", 0, explanation, facts)).draft();
    }

    private TextSpan target(Draft draft) {
        int start = draft.content().blocks().get(2).text().indexOf("TARGETWORD");
        return new TextSpan(2, start, start + "TARGETWORD".length());
    }

    private List<DraftQuestion> questions() {
        List<DraftQuestion> questions = new ArrayList<>();
        for (QuestionType type : QuestionType.values()) {
            questions.add(question(type.id(), type));
        }
        return questions;
    }

    private DraftQuestion question(String id, QuestionType type) {
        List<DraftOption> options = List.of(new DraftOption("A " + all, true, "Feedback A " + all),
                new DraftOption("B " + all, false, "Feedback B " + all),
                new DraftOption("C " + all, type == QuestionType.MULTIPLE, "Feedback C " + all));
        return new DraftQuestion(id, type, "Prompt " + all, paragraphs, "", options, true, "True " + all,
                "False " + all, List.of(), List.of(),
                List.of(new DraftPair("L1 " + all, "R1 " + all), new DraftPair("L2 " + all, "R2 " + all)),
                List.of("D " + all), List.of("1 " + all, "2 " + all, "3 " + all), "Model " + all,
                List.of("P1 " + all, "P2 " + all));
    }
}
