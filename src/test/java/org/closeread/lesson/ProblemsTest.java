package org.closeread.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.closeread.base.Message;
import org.junit.jupiter.api.Test;

/** A lesson file problem is a key of the translations file with its arguments, read in English for logs. */
class ProblemsTest {

    @Test
    void a_problem_keeps_its_key_and_arguments_and_reads_in_english() {
        Problems problems = new Problems("demo/lesson.yaml");
        problems.add(4, "problem.yaml.given-twice", "slug");

        LessonProblem problem = problems.list().get(0);
        assertThat(problem.words()).isEqualTo(Message.of("problem.yaml.given-twice", "slug"));
        assertThat(problem.message()).isEqualTo("\"slug\" is given twice");
        assertThat(problem).hasToString("demo/lesson.yaml:4: \"slug\" is given twice");
    }

    @Test
    void plurals_are_real_and_a_missing_argument_reads_as_nothing() {
        Problems problems = new Problems("demo/lesson.yaml");
        problems.add(18, "problem.lesson.occurrence-but-text-occurs", "annotation ad-2", 3, 1);
        problems.add(0, "problem.lesson.could-read", (Object) null);

        assertThat(problems.list()).extracting(LessonProblem::message)
                .containsExactly("annotation ad-2: occurrence 3 but the text occurs once", "could not be read: ");
    }

    @Test
    void english_words_in_place_of_a_key_are_refused() {
        assertThatThrownBy(() -> new Problems("x").add(1, "the file is bad"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Message.of("problem.no-such-key").english()).isEqualTo("!problem.no-such-key!");
    }
}
