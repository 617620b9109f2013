package org.closeread.quiz;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Entity
@Table(name = "attempt")
class AttemptEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    ParticipantEntity participant;

    @ManyToOne(optional = false)
    QuizEntity quiz;

    Instant startedAt;
    Instant finishedAt;
    Instant lastActivity;

    /** When this attempt shows feedback; null for attempts started before it was kept: the quiz's. */
    @Enumerated(EnumType.STRING)
    FeedbackTiming feedback;

    /** Whether the teacher marks written answers (a class) instead of the student's self-check. */
    boolean teacherMarks;

    /** The teacher's marks of written answers, at most one per question. */
    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
    Set<TeacherMarkEntity> marks = new LinkedHashSet<>();

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
    List<AnswerEntity> answers = new ArrayList<>();

    /** Every try, in the order given (a set: it is never fetched together with the answers). */
    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
    Set<AnswerTryEntity> tries = new LinkedHashSet<>();

    Optional<TeacherMarkEntity> mark(long questionId) {
        return marks.stream().filter(m -> m.question.id.equals(questionId)).findFirst();
    }

    /** The result of an answer to one of this attempt's questions: scored by the app, self-checked or marked. */
    Result score(QuestionEntity question, Answer answer) {
        Question asked = question.toQuestion();
        List<String> rubric = asked instanceof WrittenQuestion written ? written.rubric() : List.of();
        return TeacherMarking.result(asked, answer, teacherMarks, mark(question.id).map(m -> m.toMark(rubric)));
    }

    boolean finished() {
        return finishedAt != null;
    }

    FeedbackTiming feedbackTiming() {
        return feedback != null ? feedback : quiz.feedback;
    }

    boolean practice() {
        return quiz.quizKey.startsWith(QuizEntity.STEP_PREFIX);
    }

    /** Whether the student may see the results (and keys) of stored answers now. */
    boolean feedbackShown() {
        return AnswerPolicy.feedbackShown(practice(), feedbackTiming(), finished());
    }

    /** How many times this question was answered: the highest try number kept. */
    int tries(long questionId) {
        return tries.stream().filter(t -> t.question.id.equals(questionId))
                .mapToInt(t -> t.tryNumber).max().orElse(0);
    }

    /** The response of the question's latest try, if it was answered. */
    java.util.Optional<String> lastResponse(long questionId) {
        return tries.stream().filter(t -> t.question.id.equals(questionId))
                .max(java.util.Comparator.comparingInt(t -> t.tryNumber)).map(t -> t.response);
    }
}
