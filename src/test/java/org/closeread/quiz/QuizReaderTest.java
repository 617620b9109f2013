package org.closeread.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.closeread.article.TextSpan;
import org.closeread.lesson.LessonProblem;
import org.junit.jupiter.api.Test;

/** The quiz and exercises of a lesson file are read with every problem named on its line. */
class QuizReaderTest {

    private static final String ARTICLE = """
            [headline #headline]
            Ministers meet in Astana

            [paragraph #p-one]
            China maintains that it is neutral in the conflict, officials said.

            [paragraph #p-two]
            Washington contends that China’s support is neutral in name only, officials said.
            """;

    private static final String SINGLE = """
            - id: q-single
              type: single
              prompt: Who relayed the words?
              review: quotes
              explanation: TASS did.
              options:
                - text: TASS
                  correct: true
                  feedback: Right.
                - text: AP
            """;

    private static final String EVERY_OTHER_TYPE = """
            - id: q-multiple
              type: multiple
              prompt: Which are reporting verbs?
              explanation: Both are.
              options:
                - text: contends
                  correct: true
                - text: maintains
                  correct: true
                - text: Astana
            - id: q-truefalse
              type: truefalse
              prompt: China calls itself neutral.
              explanation: It maintains so.
              answer: true
              feedbackFalse: Read the first paragraph again.
            - id: q-highlight
              type: highlight
              prompt: Mark the distancing verbs.
              explanation: Contends and maintains keep a distance.
              blocks: [p-one, p-two]
              targets:
                - text: maintains
                  alternatives: [China maintains]
                - text: contends
            - id: q-match
              type: match
              prompt: Match the verb to the speaker.
              explanation: See the paragraphs.
              pairs:
                - left: maintains
                  right: China
                - left: contends
                  right: Washington
              distractors: [TASS]
            - id: q-order
              type: order
              prompt: Put the paragraphs in order.
              explanation: China first.
              items: [China's claim, Washington's claim]
            - id: q-written
              type: written
              prompt: Whose word is neutral?
              explanation: China's.
              modelAnswer: China's own claim, reported indirectly.
              rubric: [I named China., I said it was reported.]
            """;

    private static String lesson(String exercises, String questions) {
        return """
                slug: demo
                title: Demo
                minutes: 10
                article:
                  title: Ministers meet
                  outlet: Test
                steps:
                  - id: quotes
                    title: Quotes
                    lens: quote
                    exercises:
                %s
                  - id: framing
                    title: Framing
                    lens: framing
                quiz:
                  title: Check
                  passMark: 60
                  feedback: at-end
                  questions:
                %s""".formatted(exercises.indent(6), questions.indent(4));
    }

    /** A lesson whose quiz holds the sound single choice and the given question. */
    private static String withQuestion(String question) {
        return lesson("", SINGLE + question);
    }

    private static QuizReading read(String yaml) {
        return QuizReader.readLesson("demo", ARTICLE, yaml);
    }

    private static int lineOf(String yaml, String text) {
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line holds " + text);
    }

    /** Asserts the file has exactly one problem: on the line holding {@code lineText}, saying {@code says}. */
    private static void assertProblem(String yaml, String lineText, String says) {
        QuizReading reading = read(yaml);
        List<LessonProblem> problems = reading.problems();
        assertEquals(1, problems.size(), problems.toString());
        LessonProblem problem = problems.get(0);
        assertEquals("demo/lesson.yaml", problem.file());
        assertTrue(problem.message().contains(says), problem.message());
        assertEquals(lineOf(yaml, lineText), problem.line(), problem.toString());
        assertTrue(reading.quizzes().isEmpty());
    }

    @Test
    void a_sound_file_gives_its_quiz_with_every_type_and_its_exercises() {
        QuizReading reading = read(lesson(SINGLE.replace("q-single", "ex-single"), SINGLE + EVERY_OTHER_TYPE));
        assertEquals(List.of(), reading.problems());
        LessonQuizzes quizzes = reading.quizzes().orElseThrow();
        Quiz quiz = quizzes.quiz().orElseThrow();
        assertEquals("Check", quiz.title());
        assertEquals(60, quiz.passMark());
        assertEquals(FeedbackTiming.AT_END, quiz.feedback());
        assertEquals(EnumSet.allOf(QuestionType.class), quiz.questions().stream().map(Question::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(QuestionType.class))));
        assertEquals(List.of("ex-single"), quizzes.exercises("quotes").stream().map(Question::id).toList());
        assertEquals(List.of(), quizzes.exercises("framing"));
        assertEquals(8, quizzes.questions().size());
    }

    @Test
    void a_question_s_fields_are_read_as_written() {
        LessonQuizzes quizzes = read(lesson("", SINGLE + EVERY_OTHER_TYPE)).quizzes().orElseThrow();
        SingleChoiceQuestion single = (SingleChoiceQuestion) quizzes.question("q-single").orElseThrow();
        assertEquals(new Stem("q-single", "Who relayed the words?", "TASS did.", Optional.of("quotes")), single.stem());
        assertEquals(List.of(new Option("TASS", true, "Right."), new Option("AP", false, "")), single.options());
        TrueFalseQuestion trueFalse = (TrueFalseQuestion) quizzes.question("q-truefalse").orElseThrow();
        assertEquals(new TrueFalseQuestion(trueFalse.stem(), true, "", "Read the first paragraph again."), trueFalse);
        MatchQuestion match = (MatchQuestion) quizzes.question("q-match").orElseThrow();
        assertEquals(List.of("TASS"), match.distractors());
        WrittenQuestion written = (WrittenQuestion) quizzes.question("q-written").orElseThrow();
        assertEquals(List.of("I named China.", "I said it was reported."), written.rubric());
        assertEquals(Optional.empty(), written.review());
    }

    @Test
    void highlight_targets_and_alternatives_are_anchored_in_the_question_s_blocks() {
        LessonQuizzes quizzes = read(lesson("", SINGLE + EVERY_OTHER_TYPE)).quizzes().orElseThrow();
        HighlightQuestion highlight = (HighlightQuestion) quizzes.question("q-highlight").orElseThrow();
        assertEquals(List.of(1, 2), highlight.promptView().blocks());
        Target maintains = highlight.targets().get(0);
        assertEquals(new TextSpan(1, 6, 15), maintains.span());
        assertEquals(List.of(new TextSpan(1, 0, 15)), maintains.alternatives());
    }

    @Test
    void an_exercise_reviews_its_own_step_unless_it_names_another() {
        String exercises = SINGLE.replace("q-single", "ex-one").replace("    review: quotes\n", "")
                + SINGLE.replace("q-single", "ex-two").replace("review: quotes", "review: framing");
        LessonQuizzes quizzes = read(lesson(exercises, SINGLE)).quizzes().orElseThrow();
        assertEquals(List.of(Optional.of("quotes"), Optional.of("framing")),
                quizzes.exercises("quotes").stream().map(Question::review).toList());
    }

    @Test
    void a_text_found_once_in_the_question_s_blocks_needs_no_occurrence() {
        String yaml = withQuestion("""
                - id: q-neutral
                  type: highlight
                  prompt: Mark neutral.
                  explanation: Washington's use.
                  blocks: [p-two]
                  targets:
                    - text: neutral
                """);
        HighlightQuestion question = (HighlightQuestion) read(yaml).quizzes().orElseThrow().question("q-neutral")
                .orElseThrow();
        assertEquals(2, question.targets().get(0).span().block());
    }

    @Test
    void an_occurrence_counts_in_the_question_s_blocks() {
        String yaml = withQuestion("""
                - id: q-said
                  type: highlight
                  prompt: Mark the second said.
                  explanation: It is in the second paragraph.
                  blocks: [p-one, p-two]
                  targets:
                    - text: officials said
                      occurrence: 2
                """);
        HighlightQuestion question = (HighlightQuestion) read(yaml).quizzes().orElseThrow().question("q-said")
                .orElseThrow();
        assertEquals(2, question.targets().get(0).span().block());
    }

    @Test
    void a_text_found_twice_in_the_question_s_blocks_without_an_occurrence_is_a_problem() {
        assertProblem(withQuestion("""
                - id: q-said
                  type: highlight
                  prompt: Mark said.
                  explanation: Twice.
                  blocks: [p-one, p-two]
                  targets:
                    - text: officials said
                """), "text: officials said", "occurs 2 times");
    }

    @Test
    void a_highlight_target_outside_the_question_s_blocks_is_a_problem() {
        assertProblem(withQuestion("""
                - id: q-astana
                  type: highlight
                  prompt: Mark the place.
                  explanation: Astana.
                  blocks: [p-one]
                  targets:
                    - text: Astana
                """), "text: Astana", "question q-astana, target 1: text not found in its blocks");
    }

    @Test
    void a_highlight_block_that_article_txt_lacks_is_a_problem() {
        assertProblem(withQuestion("""
                - id: q-block
                  type: highlight
                  prompt: Mark it.
                  explanation: Somewhere.
                  blocks: [p-three]
                  targets:
                    - text: neutral
                """), "blocks: [p-three]", "article.txt has no block #p-three");
    }

    @Test
    void a_highlight_alternative_outside_the_question_s_blocks_is_a_problem() {
        assertProblem(withQuestion("""
                - id: q-alt
                  type: highlight
                  prompt: Mark it.
                  explanation: Contends.
                  blocks: [p-two]
                  targets:
                    - text: contends
                      alternatives: [China maintains]
                """), "alternatives: [China maintains]", "alternative \"China maintains\" is not found in its blocks");
    }

    @Test
    void a_highlight_target_without_a_word_is_a_problem() {
        assertProblem(withQuestion("""
                - id: q-mark
                  type: highlight
                  prompt: Mark the comma.
                  explanation: Nothing to mark.
                  blocks: [p-two]
                  targets:
                    - text: ","
                """), "text: \",\"", "\",\" has no word to mark");
    }

    @Test
    void a_highlight_without_targets_is_a_problem() {
        assertProblem(withQuestion("""
                - id: q-none
                  type: highlight
                  prompt: Mark nothing.
                  explanation: Nothing.
                  blocks: [p-two]
                  targets: []
                """), "targets: []", "has no targets");
    }

    @Test
    void an_unknown_key_is_a_problem_on_its_line() {
        assertProblem(withQuestion("""
                - id: q-tf
                  type: truefalse
                  prompt: A claim.
                  explanation: True.
                  answer: true
                  colour: red
                """), "colour: red", "unknown key \"colour\" in question q-tf (truefalse)");
    }

    @Test
    void an_unknown_key_in_an_option_is_a_problem_on_its_line() {
        assertProblem(lesson("", SINGLE.replace("feedback: Right.", "feedbak: Right.")), "feedbak: Right.",
                "unknown key \"feedbak\" in question q-single, option 1");
    }

    @Test
    void an_unknown_type_is_a_problem() {
        assertProblem(withQuestion("""
                - id: q-sort
                  type: sorting
                  prompt: Sort them.
                  explanation: Sorted.
                """), "type: sorting", "unknown type \"sorting\"");
    }

    @Test
    void a_single_choice_with_two_correct_options_is_a_problem() {
        assertProblem(lesson("", SINGLE.replace("    - text: AP", "    - text: AP\n      correct: true")),
                "options:", "exactly one option with correct: true, not 2");
    }

    @Test
    void a_single_choice_with_no_correct_option_is_a_problem() {
        assertProblem(lesson("", SINGLE.replace("correct: true", "correct: false")), "options:",
                "exactly one option with correct: true, not 0");
    }

    @Test
    void a_multiple_choice_with_no_correct_option_is_a_problem() {
        assertProblem(lesson("", SINGLE.replace("type: single", "type: multiple")
                .replace("correct: true", "correct: no")), "options:", "at least one option with correct: true");
    }

    @Test
    void a_choice_with_one_option_is_a_problem() {
        assertProblem(lesson("", SINGLE.replace("    - text: AP\n", "")), "options:", "needs two or more options");
    }

    @Test
    void the_same_option_twice_is_a_problem() {
        assertProblem(lesson("", SINGLE.replace("text: AP", "text: \"TASS\"")), "text: \"TASS\"",
                "question q-single, option 2 has the same text as another option");
    }

    @Test
    void a_match_with_one_pair_is_a_problem() {
        assertProblem(withQuestion("""
                - id: q-match
                  type: match
                  prompt: Match.
                  explanation: One pair.
                  pairs:
                    - left: maintains
                      right: China
                """), "pairs:", "needs two or more pairs");
    }

    @Test
    void a_match_distractor_that_is_a_right_answer_is_a_problem() {
        assertProblem(withQuestion("""
                - id: q-match
                  type: match
                  prompt: Match.
                  explanation: Two pairs.
                  pairs:
                    - left: maintains
                      right: China
                    - left: contends
                      right: Washington
                  distractors: [China]
                """), "distractors: [China]", "distractor \"China\" is also a right side");
    }

    @Test
    void an_order_with_one_item_is_a_problem() {
        assertProblem(withQuestion("""
                - id: q-order
                  type: order
                  prompt: Order.
                  explanation: One item.
                  items: [Only this]
                """), "items: [Only this]", "needs two or more items");
    }

    @Test
    void an_order_with_an_item_twice_is_a_problem() {
        assertProblem(withQuestion("""
                - id: q-order
                  type: order
                  prompt: Order.
                  explanation: Twice.
                  items: [This, That, This]
                """), "items: [This, That, This]", "the same item twice");
    }

    @Test
    void a_written_question_without_a_model_answer_is_a_problem() {
        assertProblem(withQuestion("""
                - id: q-written
                  type: written
                  prompt: Explain.
                  explanation: Explained.
                  rubric: [A point.]
                """), "- id: q-written", "question q-written has no \"modelAnswer\"");
    }

    @Test
    void a_true_false_without_an_answer_is_a_problem() {
        assertProblem(withQuestion("""
                - id: q-tf
                  type: truefalse
                  prompt: A claim.
                  explanation: Unknown.
                """), "- id: q-tf", "has no \"answer\"");
    }

    @Test
    void a_review_naming_no_step_is_a_problem() {
        assertProblem(lesson("", SINGLE.replace("review: quotes", "review: sourcing")), "review: sourcing",
                "review \"sourcing\" names no step; the steps are quotes, framing");
    }

    @Test
    void the_same_id_in_an_exercise_and_the_quiz_is_a_problem_where_it_comes_second() {
        String yaml = lesson(SINGLE, SINGLE);
        QuizReading reading = read(yaml);
        assertEquals(1, reading.problems().size(), reading.problems().toString());
        LessonProblem problem = reading.problems().get(0);
        int first = lineOf(yaml, "- id: q-single");
        assertTrue(problem.message().contains("\"q-single\" is used twice (first on line " + first + ")"),
                problem.message());
        assertTrue(problem.line() > first);
    }

    @Test
    void a_question_without_prompt_and_explanation_has_a_problem_for_each() {
        String yaml = withQuestion("""
                - id: q-bare
                  type: truefalse
                  answer: false
                """);
        List<LessonProblem> problems = read(yaml).problems();
        assertEquals(List.of("question q-bare has no \"prompt\"", "question q-bare has no \"explanation\""),
                problems.stream().map(LessonProblem::message).toList());
        problems.forEach(p -> assertEquals(lineOf(yaml, "- id: q-bare"), p.line()));
    }

    @Test
    void an_id_with_spaces_is_a_problem() {
        assertProblem(lesson("", SINGLE.replace("id: q-single", "id: q single")), "id: q single",
                "may use only a-z, 0-9 and dashes");
    }

    @Test
    void quiz_settings_out_of_range_are_problems() {
        String yaml = lesson("", SINGLE).replace("passMark: 60", "passMark: 160").replace("feedback: at-end",
                "feedback: never");
        List<LessonProblem> problems = read(yaml).problems();
        assertEquals(List.of(lineOf(yaml, "passMark: 160"), lineOf(yaml, "feedback: never")),
                problems.stream().map(LessonProblem::line).toList());
    }

    @Test
    void an_unknown_quiz_key_is_a_problem() {
        assertProblem(lesson("", SINGLE).replace("passMark: 60", "passmark: 60"), "passmark: 60",
                "unknown key \"passmark\" in quiz");
    }

    @Test
    void a_quiz_without_questions_is_a_problem() {
        assertProblem(lesson("", ""), "questions:", "the quiz has no questions");
    }

    @Test
    void a_quiz_without_pass_mark_or_feedback_timing_passes_at_seventy_and_gives_feedback_after_each() {
        String yaml = lesson("", SINGLE).replace("  passMark: 60\n", "").replace("  feedback: at-end\n", "");
        Quiz quiz = read(yaml).quizzes().orElseThrow().quiz().orElseThrow();
        assertEquals(QuizReader.DEFAULT_PASS_MARK, quiz.passMark());
        assertEquals(FeedbackTiming.AFTER_EACH, quiz.feedback());
    }
}
