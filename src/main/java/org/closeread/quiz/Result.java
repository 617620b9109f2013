package org.closeread.quiz;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a student sees after answering one question: the score (0 to 1), feedback lines, the
 * explanation, and for a highlight question the marked spans sorted out, for a written one the
 * self-check (in self-study) or the teacher's mark (in a class; "to mark" until the teacher marked it,
 * and then left out of the quiz score). An unanswered question scores 0.
 */
public record Result(String questionId, boolean answered, double score, List<FeedbackLine> feedback,
                     String explanation, Optional<SpanReport> spans, Optional<SelfCheck> selfCheck,
                     boolean toMark, Optional<TeacherMark> teacherMark) {

    /** Scores are sums of fractions; within this of 1 counts as full marks. */
    static final double FULL_MARKS_TOLERANCE = 1e-9;

    public Result {
        Objects.requireNonNull(questionId, "questionId");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("a score lies between 0 and 1, not " + score);
        }
        feedback = List.copyOf(feedback);
        spans = Objects.requireNonNullElse(spans, Optional.empty());
        selfCheck = Objects.requireNonNullElse(selfCheck, Optional.empty());
        teacherMark = Objects.requireNonNullElse(teacherMark, Optional.empty());
        if (toMark && (score != 0 || teacherMark.isPresent())) {
            throw new IllegalArgumentException("an answer waiting for its mark has no score yet");
        }
    }

    /** A result scored by the app or by the student's self-check: nothing for a teacher to mark. */
    public Result(String questionId, boolean answered, double score, List<FeedbackLine> feedback,
                  String explanation, Optional<SpanReport> spans, Optional<SelfCheck> selfCheck) {
        this(questionId, answered, score, feedback, explanation, spans, selfCheck, false, Optional.empty());
    }

    static Result of(Stem stem, Score score) {
        return new Result(stem.id(), true, score.value(), score.feedback(), stem.explanation(), Optional.empty(),
                Optional.empty());
    }

    static Result of(Stem stem, SpanScore score) {
        return new Result(stem.id(), true, score.score().value(), score.score().feedback(), stem.explanation(),
                Optional.of(score.report()), Optional.empty());
    }

    static Result of(Stem stem, Score score, SelfCheck check) {
        return new Result(stem.id(), true, score.value(), score.feedback(), stem.explanation(), Optional.empty(),
                Optional.of(check));
    }

    /** No feedback lines: the result's heading already says "Not answered". */
    public static Result unanswered(Question question) {
        return new Result(question.id(), false, 0, List.of(),
                question.explanation(), Optional.empty(), Optional.empty());
    }

    /** Full marks: every part right (for a written answer, every rubric point ticked). */
    public boolean correct() {
        return score >= 1 - FULL_MARKS_TOLERANCE;
    }

    /** Scored by the student against a model answer and rubric, not by the app. */
    public boolean selfChecked() {
        return selfCheck.isPresent();
    }
}
