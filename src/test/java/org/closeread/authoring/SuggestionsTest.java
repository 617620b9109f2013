package org.closeread.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.closeread.analysis.Analyzer;
import org.closeread.article.BlockKind;
import org.closeread.article.Lens;
import org.junit.jupiter.api.Test;

/** The analyser's findings as a teacher sees them in the suggestions panel. */
class SuggestionsTest {

    private static final Analyzer ANALYZER = new Analyzer();

    private static LessonDraft draft(String... paragraphs) {
        List<DraftBlock> blocks = java.util.Arrays.stream(paragraphs)
                .map(p -> new DraftBlock(p.startsWith("Read more") ? BlockKind.FURNITURE : BlockKind.PARAGRAPH, "", p))
                .toList();
        return new LessonDraft("s", "Suggestions", "", 30, List.of(),
                new ArticleDetails("Suggestions", "Daily", "2026-11-29", "https://example.org/s", "For class."),
                blocks, List.of(), List.of(), Optional.empty());
    }

    private static List<SuggestedAnnotation> suggestionsFor(LessonDraft draft) {
        return Suggestions.of(draft, ANALYZER.analyze(draft.toArticle().plainText()).suggestions(), Set.of());
    }

    @Test
    void a_quotation_is_shown_without_its_own_marks_so_they_are_not_doubled() {
        LessonDraft draft = draft("The ministry saw \"no realistic alternative\" to the plan, its spokesman said.",
                "“We will not give up,” the mayor said.");

        List<SuggestedAnnotation> quotes = suggestionsFor(draft).stream().filter(s -> s.lens() == Lens.QUOTE).toList();

        assertThat(quotes).extracting(SuggestedAnnotation::text)
                .contains("no realistic alternative", "We will not give up,")
                .noneMatch(t -> t.startsWith("\"") || t.startsWith("“") || t.endsWith("”") || t.endsWith("\""));
        // accepting still marks the quotation with its marks
        SuggestedAnnotation partial = quotes.stream().filter(s -> s.text().equals("no realistic alternative"))
                .findFirst().orElseThrow();
        assertThat(Suggestions.accept(draft, partial).text()).isEqualTo("\"no realistic alternative\"");
    }

    @Test
    void the_words_shown_keep_punctuation_and_leave_unquoted_text_alone() {
        assertThat(Suggestions.withoutOwnMarks("“It works.”")).isEqualTo("It works.");
        assertThat(Suggestions.withoutOwnMarks("\"a sham\".")).isEqualTo("a sham.");
        assertThat(Suggestions.withoutOwnMarks("the spokesman said")).isEqualTo("the spokesman said");
        assertThat(Suggestions.withoutOwnMarks("\"")).isEqualTo("\"");
    }

    @Test
    void words_told_to_a_meeting_are_not_relayed_by_the_meeting() {
        LessonDraft draft = draft("The minister told the meeting that the deal was \"a turning point\".",
                "“The deal is done,” Smith told the conference.");

        List<SuggestedAnnotation> suggestions = suggestionsFor(draft);

        assertThat(suggestions).filteredOn(s -> s.lens() == Lens.QUOTE).isNotEmpty()
                .allSatisfy(s -> assertThat(s.explanation()).doesNotContain("relayed by"))
                .allSatisfy(s -> assertThat(s.facts()).doesNotContainKey("channel"));
        assertThat(suggestions).filteredOn(s -> s.lens() == Lens.SOURCE).isNotEmpty()
                .allSatisfy(s -> assertThat(s.facts()).doesNotContainKey("channel"));
    }

    @Test
    void read_more_is_not_a_reporting_verb() {
        LessonDraft draft = draft("The council approved the budget on Monday.",
                "Read more: Council approves budget after long debate");

        assertThat(suggestionsFor(draft)).filteredOn(s -> s.lens() == Lens.SOURCE)
                .noneMatch(s -> "Read".equalsIgnoreCase(s.facts().get("signal")));
        assertThat(suggestionsFor(draft)).noneMatch(s -> s.text().startsWith("Read"));
    }
}
