package org.closeread.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.closeread.authoring.FolderImport.Outcome;
import org.closeread.lesson.LessonProblem;
import org.closeread.lesson.LessonSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Lessons leave the app as lesson folders in a zip and come back the same, byte for byte. */
@SpringBootTest
class LessonExchangeServiceTest {

    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        SignedIn.as("ada");
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Autowired
    LessonExchangeService exchange;

    @Autowired
    DraftService drafts;

    @Autowired
    PublishService publishing;

    private static LessonSource copyOfFirst(String slug) {
        LessonSource first = FirstLesson.source();
        // Another title too: the library must not show two lessons of the same name.
        return new LessonSource(slug, first.articleText(), first.lessonYaml()
                .replace("slug: " + FirstLesson.SLUG, "slug: " + slug)
                .replace("title: Who speaks, and through whom?", "title: A copy of " + slug));
    }

    @Test
    void export_then_import_then_export_of_the_first_lesson_is_identical() {
        byte[] exported = exchange.export(FirstLesson.SLUG).orElseThrow();
        assertThat(LessonZip.read(exported).folders()).containsExactly(FirstLesson.source());
        assertThat(exchange.importZip(exported, false).folders()).extracting(FolderImport::outcome)
                .containsExactly(Outcome.UNCHANGED);

        Draft draft = drafts.open(FirstLesson.SLUG).orElseThrow();
        drafts.saveQuizSettings(FirstLesson.SLUG, draft.version(), "Changed in the app", 90,
                org.closeread.quiz.FeedbackTiming.AT_END);
        ImportReport report = exchange.importZip(exported, true);
        byte[] again = exchange.export(FirstLesson.SLUG).orElseThrow();

        assertThat(report.folders()).extracting(FolderImport::outcome).containsExactly(Outcome.REPLACED);
        assertThat(again).isEqualTo(exported);
        assertThat(drafts.open(FirstLesson.SLUG).orElseThrow().status()).isEqualTo(DraftStatus.PUBLISHED);
    }

    @Test
    void a_new_folder_is_imported_as_a_draft_that_exports_byte_for_byte_and_publishes() {
        LessonSource copy = copyOfFirst("first-lesson-copy");
        byte[] zip = LessonZip.write(List.of(copy));

        ImportReport report = exchange.importZip(zip, false);

        assertThat(report.folders()).extracting(FolderImport::slug, FolderImport::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("first-lesson-copy", Outcome.IMPORTED));
        assertThat(exchange.export("first-lesson-copy").orElseThrow()).isEqualTo(zip);
        Draft draft = drafts.open("first-lesson-copy").orElseThrow();
        assertThat(draft.status()).isEqualTo(DraftStatus.NEW);
        assertThat(publishing.publish("first-lesson-copy", draft.version()).published()).isTrue();
    }

    @Test
    void a_folder_with_problems_is_refused_with_file_and_line_and_nothing_is_stored() {
        LessonSource broken = new LessonSource("broken-import", "[headline]\nMinisters meet\n",
                "slug: broken-import\ntitle: Broken\narticle:\n  title: T\n  outlet: O\nsteps:\n  - id: s\n"
                        + "    title: S\n    lens: rumour\n");

        ImportReport report = exchange.importZip(LessonZip.write(List.of(broken)), true);

        FolderImport result = report.folders().get(0);
        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(result.problems()).extracting(LessonProblem::toString).containsExactly(
                "broken-import/lesson.yaml:9: step s: unknown lens \"rumour\"; use quote, source, framing, missing or"
                        + " anatomy");
        assertThat(drafts.slugTaken("broken-import")).isFalse();
    }

    @Test
    void an_existing_lesson_is_left_alone_unless_its_draft_may_be_replaced() {
        exchange.importZip(LessonZip.write(List.of(copyOfFirst("kept-draft"))), false);
        LessonSource changed = new LessonSource("kept-draft", copyOfFirst("kept-draft").articleText(),
                copyOfFirst("kept-draft").lessonYaml().replace("minutes: 45", "minutes: 55"));

        FolderImport skipped = exchange.importZip(LessonZip.write(List.of(changed)), false).folders().get(0);

        assertThat(skipped.outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(drafts.open("kept-draft").orElseThrow().content().minutes()).isEqualTo(45);
        assertThat(exchange.importZip(LessonZip.write(List.of(changed)), true).folders().get(0).outcome())
                .isEqualTo(Outcome.REPLACED);
        assertThat(drafts.open("kept-draft").orElseThrow().content().minutes()).isEqualTo(55);
    }

    @Test
    void what_is_not_a_zip_of_lesson_folders_says_so() {
        assertThat(exchange.importZip("not a zip".getBytes(StandardCharsets.UTF_8), false).problems())
                .extracting(LessonProblem::toString)
                .containsExactly("upload: no lesson folder found: the zip should hold <slug>/article.txt and"
                        + " <slug>/lesson.yaml");
        byte[] halfFolder = LessonZip.write(List.of(new LessonSource("half", "[headline]\nOne\n", "")));
        assertThat(exchange.importZip(halfFolder, false).folders().get(0).problems()).isNotEmpty();
    }
}
