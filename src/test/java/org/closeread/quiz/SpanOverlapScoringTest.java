package org.closeread.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.closeread.article.Block;
import org.closeread.article.BlockKind;
import org.closeread.article.TextSpan;
import org.junit.jupiter.api.Test;

class SpanOverlapScoringTest {

    private static final List<Block> BLOCKS = List.of(
            new Block(0, BlockKind.PARAGRAPH, "p-neutral", "Although it declared a “no limit partnership” with"
                    + " Russia in the weeks before the invasion of Ukraine, China maintains that it is neutral in"
                    + " the conflict."),
            new Block(1, BlockKind.PARAGRAPH, "p-lede", "Washington presses Beijing to stop what the US contends is"
                    + " its continued support."),
            new Block(2, BlockKind.PARAGRAPH, "p-other", "Blinken said he had challenged Xi."));
    private static final Words WORDS = new Words(BLOCKS.subList(0, 2));

    /** Targets: "invasion" (or "the invasion of Ukraine"), "maintains" (or "China maintains"), "contends". */
    private final SpanOverlapScoring scoring = new SpanOverlapScoring(WORDS, List.of(
            new Target(span(0, "invasion"), List.of(span(0, "the invasion of Ukraine"))),
            new Target(span(0, "maintains"), List.of(span(0, "China maintains"))),
            new Target(span(1, "contends"))));

    private static TextSpan span(int block, String exact) {
        int start = BLOCKS.get(block).text().indexOf(exact);
        return new TextSpan(block, start, start + exact.length());
    }

    private double score(TextSpan... marks) {
        return scoring.score(List.of(marks)).score().value();
    }

    private List<String> texts(List<TextSpan> spans) {
        return spans.stream().map(WORDS::text).toList();
    }

    @Test
    void an_empty_answer_scores_zero_and_misses_every_target() {
        SpanScore score = scoring.score(List.of());
        assertEquals(0, score.score().value());
        assertEquals(List.of("invasion", "maintains", "contends"), texts(score.report().misses()));
        assertEquals(List.of(Verdict.MISSED, Verdict.MISSED, Verdict.MISSED),
                score.score().feedback().stream().map(FeedbackLine::verdict).toList());
    }

    @Test
    void marking_each_target_exactly_scores_one() {
        SpanScore score = scoring.score(List.of(span(0, "invasion"), span(0, "maintains"), span(1, "contends")));
        assertEquals(1, score.score().value());
        assertEquals(List.of(), score.report().misses());
        assertEquals(List.of(), score.report().falseMarks());
        assertEquals(new Seen(Verdict.RIGHT, "invasion", "Found."), Seen.of(score.score().feedback().get(0)));
    }

    @Test
    void marking_an_accepted_alternative_scores_one() {
        SpanScore score = scoring.score(List.of(span(0, "the invasion of Ukraine"), span(0, "China maintains"),
                span(1, "contends")));
        assertEquals(1, score.score().value(), 1e-9);
        assertEquals(span(0, "the invasion of Ukraine"), score.report().targets().get(0).closest());
    }

    @Test
    void a_mark_that_starts_and_ends_mid_word_counts_the_whole_words() {
        assertEquals(1, score(new TextSpan(0, span(0, "invasion").start() + 2, span(0, "invasion").end() - 1),
                span(0, "maintains"), span(1, "contends")), 1e-9);
    }

    @Test
    void a_target_partly_marked_earns_partial_credit_against_the_closest_wording() {
        SpanScore score = scoring.score(List.of(span(0, "invasion of Ukraine"), span(0, "maintains"),
                span(1, "contends")));
        // against "invasion": precision 1/3, recall 1, F1 1/2; against "the invasion of Ukraine": 1, 3/4, 6/7
        assertEquals((6.0 / 7 + 1 + 1) / 3, score.score().value(), 1e-9);
        assertEquals(Verdict.PARTLY_RIGHT, score.score().feedback().get(0).verdict());
        assertEquals(List.of("the"), texts(score.report().misses()));
    }

    @Test
    void words_marked_beside_a_target_cost_as_false_marks() {
        SpanScore score = scoring.score(List.of(span(0, "invasion"), span(0, "maintains that it"),
                span(1, "contends")));
        assertEquals(List.of("that it"), texts(score.report().falseMarks()));
        assertEquals(3.0 / 5, score.report().discernment(), 1e-9);
        assertEquals(3.0 / 5, score.score().value(), 1e-9);
        assertEquals(new Seen(Verdict.WRONG, "that it", "Not one of the phrases asked for."), Seen.of(score.score().feedback().get(3)));
    }

    @Test
    void marking_the_whole_paragraphs_finds_every_target_but_scores_low() {
        SpanScore score = scoring.score(List.of(new TextSpan(0, 0, BLOCKS.get(0).text().length()),
                new TextSpan(1, 0, BLOCKS.get(1).text().length())));
        assertEquals(1, score.report().found(), 1e-9);
        assertTrue(score.score().value() < 0.25, "scored " + score.score().value());
    }

    @Test
    void marking_everything_in_one_paragraph_scores_lower_than_finding_half_the_targets() {
        double suspicious = score(new TextSpan(0, 0, BLOCKS.get(0).text().length()));
        double discerning = score(span(0, "invasion"), span(0, "maintains"));
        assertTrue(suspicious < discerning, suspicious + " vs " + discerning);
    }

    @Test
    void overlapping_marks_count_each_word_once() {
        assertEquals(score(span(0, "China maintains"), span(0, "invasion"), span(1, "contends")),
                score(span(0, "China main"), span(0, "maintains"), span(0, "tains"), span(0, "invasion"),
                        span(0, "invasion"), span(1, "contends")), 1e-9);
    }

    @Test
    void a_selection_across_two_blocks_arrives_as_a_mark_per_block_and_both_parts_count() {
        TextSpan endOfFirst = new TextSpan(0, span(0, "maintains").start(), BLOCKS.get(0).text().length());
        TextSpan startOfSecond = new TextSpan(1, 0, span(1, "contends").end());
        SpanScore score = scoring.score(List.of(endOfFirst, startOfSecond));
        assertEquals(Verdict.RIGHT, score.score().feedback().get(1).verdict());
        assertEquals(Verdict.RIGHT, score.score().feedback().get(2).verdict());
        assertEquals(List.of("that it is neutral in the conflict", "Washington presses Beijing to stop what the US"),
                texts(score.report().falseMarks()));
    }

    @Test
    void a_mark_running_past_the_end_of_its_block_is_clipped() {
        TextSpan pastTheEnd = new TextSpan(1, span(1, "contends").start(), 10_000);
        SpanScore score = scoring.score(List.of(pastTheEnd));
        assertEquals(List.of("is its continued support"), texts(score.report().falseMarks()));
    }

    @Test
    void marks_outside_the_question_s_blocks_are_not_counted() {
        assertEquals(score(span(0, "invasion")), score(span(0, "invasion"), new TextSpan(2, 0, 10)), 1e-9);
        assertEquals(List.of(), scoring.score(List.of(new TextSpan(2, 0, 10))).report().falseMarks());
    }

    @Test
    void hits_misses_and_false_marks_are_reported_apart() {
        SpanReport report = scoring.score(List.of(span(0, "China maintains that"), span(1, "what the US")))
                .report();
        assertEquals(List.of("China maintains"), texts(report.hits()));
        assertEquals(List.of("invasion", "contends"), texts(report.misses()));
        assertEquals(List.of("that", "what the US"), texts(report.falseMarks()));
        assertEquals(List.of(0.0, 1.0, 0.0), report.targets().stream().map(TargetScore::f1).toList());
    }

    @Test
    void words_on_an_accepted_wording_are_not_false_marks_even_if_another_wording_scored_better() {
        SpanReport report = scoring.score(List.of(span(0, "the invasion"))).report();
        assertEquals(List.of(), report.falseMarks());
        assertEquals(List.of("the invasion"), texts(report.hits()));
    }

    @Test
    void the_score_is_mean_target_f1_times_discernment() {
        List<TextSpan> marks = new ArrayList<>(List.of(span(0, "invasion"), span(0, "Although")));
        SpanScore score = scoring.score(marks);
        assertEquals(1.0 / 3, score.report().found(), 1e-9);
        assertEquals(0.5, score.report().discernment(), 1e-9);
        assertEquals(1.0 / 6, score.score().value(), 1e-9);
    }

    @Test
    void on_a_tie_the_target_itself_is_the_closest_wording() {
        SpanScore score = scoring.score(List.of(span(0, "invasion of")));
        assertEquals(span(0, "invasion"), score.report().targets().get(0).closest());
        assertEquals(2.0 / 3, score.report().targets().get(0).f1(), 1e-9);
    }

    @Test
    void a_target_with_extra_words_marked_inside_its_wordings_is_partly_right() {
        FeedbackLine line = scoring.score(List.of(span(0, "the invasion"))).score().feedback().get(0);
        assertEquals(new Seen(Verdict.PARTLY_RIGHT, "invasion", "Marked, with words that are not part of it."), Seen.of(line));
    }
}
