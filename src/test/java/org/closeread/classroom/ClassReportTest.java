package org.closeread.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.closeread.classroom.ReportFixtures.NEUTRAL;
import static org.closeread.classroom.ReportFixtures.QUIZ;
import static org.closeread.classroom.ReportFixtures.SOURCE;
import static org.closeread.classroom.ReportFixtures.VERB;
import static org.closeread.classroom.ReportFixtures.attempt;
import static org.closeread.classroom.ReportFixtures.marks;
import static org.closeread.classroom.ReportFixtures.member;
import static org.closeread.classroom.ReportFixtures.pick;
import static org.closeread.classroom.ReportFixtures.says;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassReportTest {

    private final ClassReport report = ClassReport.build(1, "8B", ReportFixtures.assignment(), QUIZ,
            List.of(member(1, "Zoë"), member(2, "ali"), member(3, "Ben")),
            List.of(attempt(1, true, SOURCE, pick(SOURCE, "Russian state media"), NEUTRAL, says(true),
                            VERB, marks("contends")),
                    attempt(2, false, SOURCE, pick(SOURCE, "An independent agency"))));

    @Test
    void there_is_a_row_per_student_by_name_with_where_they_are() {
        assertThat(report.students()).extracting(StudentProgress::name).containsExactly("ali", "Ben", "Zoë");
        assertThat(report.students()).extracting(StudentProgress::stage).containsExactly(StudentProgress.Stage.ANSWERING,
                StudentProgress.Stage.NOT_STARTED, StudentProgress.Stage.FINISHED);
        assertThat(report.students().get(0)).extracting(StudentProgress::question, StudentProgress::total)
                .containsExactly(2, 3);
    }

    @Test
    void answers_given_and_score_so_far_count_only_what_was_answered() {
        StudentProgress ali = report.students().get(0);
        StudentProgress zoe = report.students().get(2);

        assertThat(ali.answered()).isEqualTo(1);
        assertThat(ali.scoreSoFar()).hasValue(0);
        assertThat(zoe.answered()).isEqualTo(3);
        assertThat(zoe.scoreSoFar()).hasValue(100);
        assertThat(zoe.percent()).isEqualTo(100);
        assertThat(zoe.passed()).isTrue();
        assertThat(zoe.lastActivity()).contains(ReportFixtures.START.plusSeconds(180));
    }

    @Test
    void each_answer_is_kept_in_words_with_its_score_and_time() {
        AnswerCell cell = report.students().get(2).answer("q-verb").orElseThrow();

        assertThat(cell.answer()).isEqualTo("“contends”");
        assertThat(cell.percent()).isEqualTo(100);
        assertThat(cell.secondsFromStart()).isEqualTo(180);
    }

    @Test
    void a_question_summary_gives_the_share_right_and_the_most_chosen_wrong_option() {
        QuestionSummary source = report.question("q-source").orElseThrow();

        assertThat(source.answered()).isEqualTo(2);
        assertThat(source.right()).isEqualTo(1);
        assertThat(source.percentRight()).hasValue(50);
        assertThat(source.commonWrong()).contains(new CommonWrong("An independent agency", 1));
        assertThat(report.question("q-neutral").orElseThrow().commonWrong()).isEmpty();
        assertThat(report.question("q-neutral").orElseThrow().percentRight()).hasValue(100);
    }

    @Test
    void only_highlight_questions_get_a_heat_map() {
        assertThat(report.question("q-verb").orElseThrow().heatMap()).isPresent();
        assertThat(report.question("q-source").orElseThrow().heatMap()).isEmpty();
    }

    @Test
    void the_distribution_counts_students_who_answered_anything() {
        ScoreDistribution distribution = report.distribution();

        assertThat(distribution.students()).isEqualTo(2);
        assertThat(distribution.buckets().get(0).students()).as("ali: 0%").isEqualTo(1);
        assertThat(distribution.buckets().get(9).students()).as("Zoë: 100%").isEqualTo(1);
    }

    @Test
    void attempts_of_people_not_in_the_class_are_left_out() {
        ClassReport mixed = ClassReport.build(1, "8B", ReportFixtures.assignment(), QUIZ, List.of(member(1, "Zoë")),
                List.of(attempt(1, false), attempt(99, true, SOURCE, pick(SOURCE, "An independent agency"))));

        assertThat(mixed.students()).hasSize(1);
        assertThat(mixed.question("q-source").orElseThrow().answered()).isZero();
    }
}
