package org.closeread;

import java.util.Set;
import org.closeread.quiz.AttemptView;
import org.closeread.quiz.ChoiceAnswer;
import org.closeread.quiz.Participant;
import org.closeread.quiz.QuizService;
import org.closeread.quiz.TrueFalseAnswer;

/**
 * The test course: {@code src/test/resources/course-lessons} holds a course.yaml (the bundled first lesson,
 * {@code course-second}, and a slug with no lesson) and two small lessons, {@code course-second} in the
 * course and {@code course-extra} outside it. Tests that use it run with {@link #PROPERTY}.
 */
public final class CourseLessons {

    public static final String PROPERTY = "closeread.lessons.dir=src/test/resources/course-lessons";
    public static final String FIRST = "china-russia-defence-ministers";
    public static final String SECOND = "course-second";
    public static final String EXTRA = "course-extra";

    private CourseLessons() {
    }

    /**
     * Takes the quiz of course-second (or course-extra, the same questions) and finishes it: the quote
     * questions {@code q-who} right and {@code q-relay} as given, the sourcing question {@code q-figures}
     * right, the question without a lens {@code q-general} right.
     */
    public static AttemptView takeSecondQuiz(QuizService quizzes, Participant student, String slug,
                                             boolean relayRight) {
        AttemptView attempt = quizzes.start(student, slug, "quiz").orElseThrow();
        int leader = attempt.quiz().questions().stream().filter(q -> q.id().equals("q-who")).findFirst()
                .orElseThrow().options().indexOf("The council leader");
        quizzes.answer(student, attempt.id(), "q-who", new ChoiceAnswer(Set.of(leader)));
        quizzes.answer(student, attempt.id(), "q-relay", new TrueFalseAnswer(relayRight));
        quizzes.answer(student, attempt.id(), "q-figures", new TrueFalseAnswer(false));
        quizzes.answer(student, attempt.id(), "q-general", new TrueFalseAnswer(true));
        quizzes.finish(student, attempt.id());
        return quizzes.attempt(student, attempt.id());
    }
}
