package org.closeread.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who scores a written answer. In self-study the student checks it against the rubric themselves (the
 * self-check). In a class the teacher marks it: until then it is "to mark", scores 0 and is left out of
 * the quiz score; once marked it scores the share of rubric points the teacher found met (a blank answer
 * scores 0). Every other question type is scored by the app as before.
 */
public final class TeacherMarking {

    private TeacherMarking() {
    }

    static Result result(Question question, Answer answer, boolean teacherMarks, Optional<TeacherMark> mark) {
        if (teacherMarks && question instanceof WrittenQuestion written && answer instanceof WrittenAnswer text) {
            return mark.map(m -> marked(written, text.text(), m)).orElseGet(() -> waiting(written));
        }
        return question.score(answer);
    }

    static Result waiting(WrittenQuestion question) {
        return new Result(question.id(), true, 0, List.of(), question.explanation(), Optional.empty(),
                Optional.empty(), true, Optional.empty());
    }

    static Result marked(WrittenQuestion question, String text, TeacherMark mark) {
        List<FeedbackLine> lines = new ArrayList<>();
        for (int i = 0; i < mark.rubric().size(); i++) {
            boolean met = mark.met().contains(i);
            lines.add(FeedbackLine.said(met ? Verdict.RIGHT : Verdict.MISSED, mark.rubric().get(i),
                    met ? "quiz.feedback.teacher.met" : "quiz.feedback.teacher.not-met"));
        }
        double score = text.isBlank() || mark.rubric().isEmpty() ? 0
                : (double) mark.met().size() / mark.rubric().size();
        return new Result(question.id(), true, score, lines, question.explanation(), Optional.empty(),
                Optional.empty(), false, Optional.of(mark));
    }
}
