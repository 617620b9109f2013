package org.closeread.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClassroomTest {

    private static final Assignment READING = new Assignment(1, "news", "The news", AssignmentKind.LESSON, true, 0);
    private static final Assignment QUIZ = new Assignment(2, "other", "Other", AssignmentKind.QUIZ, true, 1);

    private static Classroom classroom(boolean open, Assignment... assignments) {
        return new Classroom(7, "8B", new JoinCode("K7QM4T"), open, Optional.empty(), Instant.EPOCH,
                List.of(assignments), List.of());
    }

    @Test
    void an_open_class_lets_students_in_and_shows_its_open_assignments() {
        Classroom open = classroom(true, READING, new Assignment(2, "other", "Other", AssignmentKind.QUIZ, false, 1));

        assertThat(open.acceptsStudents()).isTrue();
        assertThat(open.visibleAssignments()).containsExactly(READING);
    }

    @Test
    void a_closed_class_lets_nobody_in_and_shows_nothing_but_keeps_its_assignments() {
        Classroom closed = classroom(false, READING, QUIZ);

        assertThat(closed.acceptsStudents()).isFalse();
        assertThat(closed.visibleAssignments()).isEmpty();
        assertThat(closed.assignments()).hasSize(2);
    }

    @Test
    void a_student_goes_straight_to_the_only_open_assignment() {
        assertThat(StudentClass.of(classroom(true, READING), "Sam").landing()).contains("lessons/news");
        assertThat(StudentClass.of(classroom(true, QUIZ), "Sam").landing()).contains("lessons/other/quiz");
        assertThat(StudentClass.of(classroom(true, READING, QUIZ), "Sam").landing()).as("a choice").isEmpty();
        assertThat(StudentClass.of(classroom(false, READING), "Sam").landing()).as("closed").isEmpty();
    }

    @Test
    void class_names_and_retention_have_limits() {
        assertThat(Classroom.cleanName("  8B   English ")).contains("8B English");
        assertThat(Classroom.cleanName(" ")).isEmpty();
        assertThat(Classroom.cleanName("x".repeat(Classroom.NAME_MAX_LENGTH + 1))).isEmpty();
        assertThat(Classroom.validRetention(0)).isFalse();
        assertThat(Classroom.validRetention(1)).isTrue();
        assertThat(Classroom.validRetention(3650)).isTrue();
        assertThat(Classroom.validRetention(3651)).isFalse();
    }
}
