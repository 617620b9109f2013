package org.closeread.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paths, timing, glossary and guide notes as the lesson file reader reads them, and the minutes of a path. */
class LessonPlanTest {

    static final String ARTICLE = """
            [headline]
            Ministers meet

            [paragraph #p1]
            “We agree,” Dong was quoted by the TASS news agency as saying in the standfirst.
            """;

    static final String LESSON = """
            slug: demo
            title: A demo lesson
            minutes: 10
            skills:
              - Trace a quote
            timing:
              wordsPerMinute: 10
              perQuestion: 2
              note: Ten words a minute, for round numbers.
            article:
              title: Ministers meet
              outlet: Daily
            annotations:
              - id: quote-dong
                lens: quote
                text: "“We agree,”"
                explanation: one two three four five six seven eight nine ten
              - id: headline
                lens: anatomy
                path: extension
                text: Ministers meet
                explanation: one two three four five six seven eight nine ten
            steps:
              - id: quotes
                title: Who speaks?
                lens: quote
                text: one two three four five six seven eight nine ten
                reveal: [quote-dong, headline]
                exercises:
                  - id: ex-core
                    type: truefalse
                    prompt: Core?
                    answer: true
                    explanation: Yes.
                  - id: ex-more
                    type: truefalse
                    path: extension
                    prompt: More?
                    answer: true
                    explanation: Yes.
              - id: page
                title: Article or page?
                lens: anatomy
                path: extension
                text: one two three four five six seven eight nine ten
            glossary:
              - term: standfirst
                forms: [standfirsts]
                definition: The short summary under a headline.
            discussion:
              - Why?
            guide:
              support: [Pair readers.]
              stretch: [Find the original.]
              note: Be kind.
            """;

    private final LessonFileReader reader = new LessonFileReader(List.of(new ExercisesPart()));

    /** Lets steps hold exercises, as the quiz feature does, without reading them. */
    private static final class ExercisesPart implements LessonPart {
        @Override
        public java.util.Set<String> lessonKeys() {
            return java.util.Set.of();
        }

        @Override
        public java.util.Set<String> stepKeys() {
            return java.util.Set.of("exercises");
        }

        @Override
        public Runnable read(YamlMap root, List<YamlMap> steps, org.closeread.article.Article article, Lesson lesson) {
            return () -> { };
        }
    }

    @Test
    void the_plan_holds_paths_timing_glossary_and_guide() throws Exception {
        LessonPlan plan = reader.read("demo", ARTICLE, LESSON).lesson().plan();

        assertThat(plan.extensionAnnotations()).containsExactly("headline");
        assertThat(plan.extensionSteps()).containsExactly("page");
        assertThat(plan.extensionQuestions()).containsExactly("ex-more");
        assertThat(plan.exercises()).containsEntry("quotes", List.of("ex-core", "ex-more"));
        assertThat(plan.timing()).contains(new Timing(10, 2, "Ten words a minute, for round numbers."));
        assertThat(plan.skills()).containsExactly("Trace a quote");
        assertThat(plan.glossary()).containsExactly(new GlossaryTerm("standfirst", List.of("standfirsts"),
                "The short summary under a headline."));
        assertThat(plan.discussion()).containsExactly("Why?");
        assertThat(plan.guide()).isEqualTo(new GuideNotes(List.of("Pair readers."), List.of("Find the original."),
                "Be kind."));
    }

    @Test
    void the_core_path_leaves_out_extension_steps_annotations_and_exercises() throws Exception {
        LessonFile file = reader.read("demo", ARTICLE, LESSON);
        Lesson lesson = file.lesson();

        assertThat(lesson.stepsOn(LessonPath.CORE)).extracting(Step::id).containsExactly("quotes");
        assertThat(lesson.stepsOn(LessonPath.FULL)).extracting(Step::id).containsExactly("quotes", "page");
        assertThat(lesson.revealOn(lesson.steps().get(0), LessonPath.CORE)).containsExactly("quote-dong");
        assertThat(lesson.plan().exercisesOn("quotes", LessonPath.CORE)).containsExactly("ex-core");
        assertThat(lesson.plan().exercisesOn("page", LessonPath.FULL)).isEmpty();
    }

    @Test
    void minutes_count_the_article_once_each_step_s_words_and_a_time_per_question() throws Exception {
        LessonFile file = reader.read("demo", ARTICLE, LESSON);

        LessonMinutes.PathTime core = LessonMinutes.of(file.lesson(), file.article(), LessonPath.CORE);
        // Article: 2 + 15 words = 1.7 min; step: 10 text + 10 explanation = 2 min + 1 exercise at 2 = 4 min.
        assertThat(core.articleWords()).isEqualTo(17);
        assertThat(core.steps()).extracting(LessonMinutes.StepTime::words).containsExactly(20);
        assertThat(core.steps().get(0).minutes()).isEqualTo(4.0);
        assertThat(core.roundedMinutes()).isEqualTo(6);
        LessonMinutes.PathTime full = LessonMinutes.of(file.lesson(), file.article(), LessonPath.FULL);
        // The extension explanation (1), the extension exercise (2) and the extension step (1) add 4.
        assertThat(full.steps()).extracting(LessonMinutes.StepTime::minutes).containsExactly(7.0, 1.0);
        assertThat(full.roundedMinutes()).isEqualTo(10);
        assertThat(full.words()).isEqualTo(17 + 30 + 10);
    }

    @Test
    void a_lesson_with_paths_but_no_timing_and_a_wrong_path_are_problems_on_their_lines() {
        String broken = LESSON.replace("""
                timing:
                  wordsPerMinute: 10
                  perQuestion: 2
                  note: Ten words a minute, for round numbers.
                """, "").replace("path: extension\n    text: Ministers", "path: extra\n    text: Ministers");
        LessonFileException e = catchThrowableOfType(LessonFileException.class,
                () -> reader.read("demo", ARTICLE, broken));

        assertThat(e.problems()).extracting(LessonProblem::message).anySatisfy(m -> assertThat(m)
                .contains("no \"timing:\"")).anySatisfy(m -> assertThat(m)
                .contains("path must be core or extension, not \"extra\""));
    }

    @Test
    void a_glossary_term_needs_a_definition_and_is_defined_once() {
        String broken = LESSON.replace("""
                discussion:""", """
                  - term: Standfirst
                    definition: Twice.
                  - term: readout
                discussion:""");
        LessonFileException e = catchThrowableOfType(LessonFileException.class,
                () -> reader.read("demo", ARTICLE, broken));

        assertThat(e.problems()).extracting(LessonProblem::message)
                .anySatisfy(m -> assertThat(m).contains("\"Standfirst\" is defined twice"))
                .anySatisfy(m -> assertThat(m).contains("glossary term readout has no \"definition\""));
    }

    @Test
    void a_lesson_without_any_of_it_reads_as_before() throws Exception {
        LessonFile file = reader.read("demo", LessonFileReaderTest.ARTICLE, LessonFileReaderTest.LESSON);

        assertThat(file.lesson().plan().hasPaths()).isFalse();
        assertThat(file.lesson().stepsOn(LessonPath.CORE)).hasSize(2);
        assertThat(file.lesson().plan().timingOrStandard().wordsPerMinute()).isEqualTo(120);
    }
}
