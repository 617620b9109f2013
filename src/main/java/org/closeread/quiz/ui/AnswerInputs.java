package org.closeread.quiz.ui;

import org.closeread.base.ui.Translations;

import org.closeread.article.Article;
import org.closeread.quiz.PromptView;
import org.closeread.quiz.QuestionType;

/** The right field for each type of question. */
final class AnswerInputs {

    private AnswerInputs() {
    }

    static AnswerInput forPrompt(PromptView prompt, Article article) {
        String label = Translations.text("quiz.your-answer");
        return switch (prompt.type()) {
            case SINGLE -> new ChoiceInput(prompt.options(), false, label);
            case MULTIPLE -> new ChoiceInput(prompt.options(), true, label);
            case TRUE_FALSE -> new TrueFalseInput(label);
            case HIGHLIGHT -> new HighlightInput(article, prompt.blocks(), prompt.prompt());
            case MATCH -> new MatchInput(prompt.lefts(), prompt.rights());
            case ORDER -> new OrderInput(prompt.items());
            case WRITTEN -> new WrittenInput(label);
        };
    }

    static String emptyMessage(QuestionType type) {
        return switch (type) {
            case SINGLE, MULTIPLE, TRUE_FALSE -> Translations.text("quiz.empty.choice");
            case HIGHLIGHT -> Translations.text("quiz.empty.highlight");
            case MATCH -> Translations.text("quiz.empty.match");
            case ORDER -> Translations.text("quiz.empty.order");
            case WRITTEN -> Translations.text("quiz.empty.written");
        };
    }
}
