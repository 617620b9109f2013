package org.closeread.quiz.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.closeread.article.Article;
import org.closeread.quiz.Question;
import org.closeread.quiz.WrittenAnswer;

/**
 * Questions as students get them, for a teacher's preview: the same cards, scored at once by the
 * question itself, with nothing stored.
 */
final class PreviewCards {

    private PreviewCards() {
    }

    static List<QuestionCard> of(List<Question> questions, String positionKey, Article article) {
        List<QuestionCard> cards = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            QuestionCard card = new QuestionCard(question.promptView(), Translations.text(positionKey, i + 1,
                    questions.size()), article, QuestionCard.Mode.PRACTICE, question::score,
                    step -> Optional.<Component>empty());
            card.setReview(question.review());
            card.setSelfCheck(ticked -> question.score(new WrittenAnswer(card.input().answer()
                    .map(a -> ((WrittenAnswer) a).text()).orElse(""), ticked)));
            cards.add(card);
        }
        return cards;
    }
}
