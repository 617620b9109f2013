package org.closeread.exchange;

import java.util.List;
import java.util.Optional;
import org.closeread.authoring.DraftQuestion;
import org.closeread.authoring.LessonDraft;
import org.closeread.quiz.QuestionType;

/** A lesson's quiz ready to be written out: its questions, and each highlight question as choices. */
public record QuizForExport(String slug, String lessonTitle, String quizTitle, List<Item> items) {

    /** A question, and for a highlight question its choices (otherwise empty). */
    public record Item(DraftQuestion question, Optional<HighlightChoices> highlight) {
    }

    public QuizForExport {
        items = List.copyOf(items);
    }

    /** The lesson's quiz, or empty when it has no quiz or no question yet. */
    public static Optional<QuizForExport> of(LessonDraft draft) {
        return draft.quiz().filter(quiz -> !quiz.questions().isEmpty()).map(quiz -> new QuizForExport(draft.slug(),
                draft.title(), quiz.title(), quiz.questions().stream()
                        .map(q -> new Item(q, q.type() == QuestionType.HIGHLIGHT
                                ? Optional.of(HighlightChoices.of(draft, q)) : Optional.empty()))
                        .toList()));
    }

    boolean hasHighlight() {
        return items.stream().anyMatch(item -> item.highlight().isPresent());
    }

    /** The model answer and rubric of a written question, as one text for a grader. */
    static String graderInformation(DraftQuestion question) {
        StringBuilder text = new StringBuilder(MODEL_ANSWER).append(question.modelAnswer());
        if (!question.rubric().isEmpty()) {
            text.append("\n\n").append(RUBRIC);
            question.rubric().forEach(point -> text.append("\n- ").append(point));
        }
        return text.toString();
    }

    static final String MODEL_ANSWER = "Model answer: ";
    static final String RUBRIC = "Rubric:";

    /** Reads back what {@link #graderInformation} wrote: model answer, then rubric points. */
    static String[] modelAnswerAndRubric(String text) {
        String body = text.strip();
        if (body.startsWith(MODEL_ANSWER)) {
            body = body.substring(MODEL_ANSWER.length());
        }
        int rubric = body.indexOf("\n\n" + RUBRIC);
        if (rubric < 0) {
            return new String[] {body.strip(), ""};
        }
        return new String[] {body.substring(0, rubric).strip(), body.substring(rubric + RUBRIC.length() + 2).strip()};
    }

    static List<String> rubricPoints(String rubric) {
        return rubric.lines().map(String::strip).filter(l -> l.startsWith("- ")).map(l -> l.substring(2).strip())
                .filter(l -> !l.isEmpty()).toList();
    }
}
