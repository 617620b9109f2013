package org.closeread.classroom;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.closeread.quiz.TeacherMark;

/**
 * One student's answer to one question, for tables and the CSV: the answer that counts in words, the score
 * (0 to 1), whether it had full marks, when it was given, how long after the attempt started, and how many
 * times the question was answered (every try is kept; the answer policy says which one counts); for a
 * written answer in a class, whether it waits for the teacher's mark ("to mark"), its rubric and the mark.
 */
public record AnswerCell(String questionId, String answer, double score, boolean right, Instant answeredAt,
                         long secondsFromStart, int tries, boolean toMark, List<String> rubric,
                         Optional<TeacherMark> mark) {

    public AnswerCell {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(answeredAt, "answeredAt");
        rubric = List.copyOf(rubric);
        mark = Objects.requireNonNullElse(mark, Optional.empty());
        if (tries < 1) {
            throw new IllegalArgumentException("an answer was given at least once, not " + tries);
        }
    }

    /** An answer given once. */
    public AnswerCell(String questionId, String answer, double score, boolean right, Instant answeredAt,
                      long secondsFromStart) {
        this(questionId, answer, score, right, answeredAt, secondsFromStart, 1);
    }

    /** An answer scored by the app (or self-checked): nothing for the teacher to mark. */
    public AnswerCell(String questionId, String answer, double score, boolean right, Instant answeredAt,
                      long secondsFromStart, int tries) {
        this(questionId, answer, score, right, answeredAt, secondsFromStart, tries, false, List.of(),
                Optional.empty());
    }

    /** A written answer in a class: the teacher marks it against this rubric. */
    public boolean markable() {
        return !rubric.isEmpty();
    }

    /** The score as a whole percent, rounded half up. */
    public int percent() {
        return (int) Math.round(score * 100);
    }
}
