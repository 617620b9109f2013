package org.closeread.quiz.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import java.util.function.Function;
import org.closeread.article.Article;
import org.closeread.quiz.QuizResult;
import org.closeread.quiz.Result;
import org.closeread.quiz.StudentQuiz;

/** The end of a quiz: the score, whether it passed, each question with what it teaches, what to review. */
class QuizResults extends Composite<Section> {

    QuizResults(StudentQuiz quiz, QuizResult result, Article article,
                Function<String, Optional<Component>> reviewLink) {
        Section root = getContent();
        root.addClassName("quiz-results");
        H2 score = new H2(result.toMarkCount() == 0 ? Translations.text("quiz.results.score", result.percent())
                : Translations.text("quiz.results.score.to-mark", result.percent(), result.toMarkCount()));
        score.setId("quiz-score");
        Paragraph verdict = new Paragraph(result.passed()
                ? Translations.text("quiz.results.passed", quiz.passMark())
                : Translations.text("quiz.results.not-passed", quiz.passMark()));
        verdict.addClassName(result.passed() ? "passed" : "not-passed");
        Paragraph counts = new Paragraph(Translations.text("quiz.results.counts", result.rightCount(), quiz.questions().size())
                + (result.selfCheckedCount() > 0 ? Translations.text("quiz.results.self-checked", result.selfCheckedCount()) : "")
                + (result.unansweredCount() > 0 ? Translations.text("quiz.results.unanswered", result.unansweredCount()) : "") + ".");
        root.add(score, verdict, counts);
        if (!result.reviewSteps().isEmpty()) {
            UnorderedList review = new UnorderedList();
            review.addClassName("review-steps");
            result.reviewSteps().forEach(step -> reviewLink.apply(step).ifPresent(link -> review.add(new ListItem(link))));
            root.add(new H3(Translations.text("quiz.quiz-results.what-to-review")), review);
        }
        root.add(new H3(Translations.text("quiz.quiz-results.question-by-question")));
        for (int i = 0; i < quiz.questions().size(); i++) {
            Result each = result.results().get(i);
            Div item = new Div();
            item.addClassName("result-item");
            H3 prompt = new H3((i + 1) + ". " + quiz.questions().get(i).prompt());
            prompt.addClassName("result-prompt");
            ResultPanel panel = new ResultPanel(article, reviewLink);
            panel.show(each, quiz.questions().get(i));
            item.add(prompt, panel);
            root.add(item);
        }
    }
}
