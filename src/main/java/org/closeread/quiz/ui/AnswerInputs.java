package org.closeread.quiz.ui;

import org.closeread.article.Article;
import org.closeread.quiz.PromptView;
import org.closeread.quiz.QuestionType;

/** The right field for each type of question. */
final class AnswerInputs {

    private AnswerInputs() {
    }

    static AnswerInput forPrompt(PromptView prompt, Article article) {
        String label = "Your answer";
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
            case SINGLE, MULTIPLE, TRUE_FALSE -> "Choose an answer first.";
            case HIGHLIGHT -> "Mark at least one phrase first: click a word, then the last word of the phrase,"
                    + " or use the arrow keys and Enter.";
            case MATCH -> "Choose a partner for at least one item first.";
            case ORDER -> "Put the items in order first.";
            case WRITTEN -> "Write your answer first.";
        };
    }
}
