package org.closeread.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.closeread.article.BlockKind;
import org.closeread.article.Lens;
import org.closeread.article.TextSpan;
import org.closeread.lesson.LessonService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DraftServiceTest {

    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        SignedIn.as("ada");
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        SignedIn.out();
    }

    static final String PASTED = """
            Advertisement

            Ministers meet in Astana

            “We agree on everything,” Dong Jun said, according to the TASS news agency.

            Photo: AFP
            """;

    @Autowired
    DraftService drafts;

    @Autowired
    LessonService lessons;

    static ArticleDetails details() {
        return new ArticleDetails("Ministers meet in Astana", "Daily", "2024-04-26", "https://example.org/a", "For class.");
    }

    @Test
    void a_pasted_article_becomes_a_draft_of_blocks_with_guessed_kinds_and_nothing_is_published() {
        Draft draft = drafts.create("pasted", details(), PASTED);

        assertThat(draft.content().blocks()).extracting(DraftBlock::kind).containsExactly(BlockKind.FURNITURE,
                BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.CREDIT);
        assertThat(draft.content().title()).isEqualTo("Ministers meet in Astana");
        assertThat(draft.status()).isEqualTo(DraftStatus.NEW);
        assertThat(draft.updatedBy()).isEqualTo("ada");
        assertThat(drafts.slugTaken("pasted")).isTrue();
        assertThat(lessons.reading("pasted")).isEmpty();
    }

    @Test
    void a_marked_span_is_saved_as_an_annotation_anchored_by_its_words() {
        Draft draft = drafts.create("marked", details(), PASTED);
        String paragraph = draft.content().blocks().get(2).text();
        int start = paragraph.indexOf("We agree");

        DraftChange change = drafts.annotate("marked", draft.version(), null,
                new TextSpan(2, start, start + "We agree on everything".length()),
                new DraftAnnotation("", Lens.QUOTE, "", 0, "Dong's words, relayed by TASS.",
                        Map.of("speaker", "Dong Jun", "channel", "TASS")));

        assertThat(change.saved()).isTrue();
        DraftAnnotation saved = change.draft().content().annotations().get(0);
        assertThat(saved.text()).isEqualTo("We agree on everything");
        assertThat(saved.id()).isEqualTo("quote-we-agree-on-everything");
        assertThat(change.draft().files().lessonYaml()).contains("text: We agree on everything");
        assertThat(change.draft().version()).isGreaterThan(draft.version());
    }

    @Test
    void a_change_made_on_an_older_version_is_refused_and_the_other_teacher_s_change_stays() {
        Draft first = drafts.create("two-teachers", details(), PASTED);
        DraftChange ada = drafts.saveStep("two-teachers", first.version(), null,
                new DraftStep("", "Who speaks?", Lens.QUOTE, "Ada's text.", List.of(), List.of()));

        DraftChange grace = drafts.saveStep("two-teachers", first.version(), null,
                new DraftStep("", "Who is quoted?", Lens.QUOTE, "Grace's text.", List.of(), List.of()));

        assertThat(ada.saved()).isTrue();
        assertThat(grace.saved()).isFalse();
        assertThat(grace.draft().content().steps()).extracting(DraftStep::text).containsExactly("Ada's text.");
        assertThat(drafts.open("two-teachers").orElseThrow().version()).isEqualTo(ada.draft().version());
    }

    @Test
    void opening_a_published_lesson_makes_a_draft_of_exactly_its_files() {
        Draft draft = drafts.open(FirstLesson.SLUG).orElseThrow();

        assertThat(draft.files()).isEqualTo(FirstLesson.source());
        assertThat(draft.status()).isEqualTo(DraftStatus.PUBLISHED);
        assertThat(drafts.lessons()).filteredOn(e -> e.slug().equals(FirstLesson.SLUG)).singleElement()
                .extracting(LessonEntry::hasDraft).isEqualTo(true);
    }

    @Test
    void suggestions_come_by_lens_and_accepted_ones_become_annotations_rejected_ones_go_away() {
        Draft draft = drafts.create("suggested", details(), PASTED);

        List<SuggestedAnnotation> suggestions = drafts.suggestions("suggested");
        assertThat(suggestions).extracting(SuggestedAnnotation::lens).contains(Lens.QUOTE);
        SuggestedAnnotation quote = suggestions.stream().filter(s -> s.lens() == Lens.QUOTE).findFirst().orElseThrow();
        assertThat(quote.text()).contains("We agree on everything");
        assertThat(quote.facts()).containsEntry("speaker", "Dong Jun");

        DraftChange accepted = drafts.accept("suggested", draft.version(), List.of(quote));
        assertThat(accepted.draft().content().annotations()).extracting(DraftAnnotation::lens).containsExactly(Lens.QUOTE);
        assertThat(accepted.draft().content().annotations().get(0).explanation()).startsWith("These are Dong Jun's");
        assertThat(drafts.suggestions("suggested")).noneMatch(s -> s.key().equals(quote.key()));

        SuggestedAnnotation source = drafts.suggestions("suggested").stream().filter(s -> s.lens() == Lens.SOURCE)
                .findFirst().orElseThrow();
        assertThat(source.facts()).containsEntry("source", "Dong Jun");
        DraftChange rejected = drafts.reject("suggested", accepted.draft().version(), source);
        assertThat(rejected.saved()).isTrue();
        assertThat(drafts.suggestions("suggested")).noneMatch(s -> s.key().equals(source.key()));
    }
}
