package org.closeread.authoring.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.closeread.article.TextSpan;
import org.closeread.authoring.DraftQuestion;
import org.closeread.quiz.QuestionType;

/** The part of the question form that belongs to one type: options, pairs, items, the key to mark... */
interface QuestionBody {

    Component component();

    /** The question with this body's fields filled in; the common fields come from {@code stem}. */
    DraftQuestion fill(DraftQuestion stem);

    /** Marks made as a highlight question's key (other types have none). */
    default List<TextSpan> marks() {
        return List.of();
    }

    /** Blocks a highlight question's students may also mark in, besides those holding a mark. */
    default List<Integer> extraBlocks() {
        return List.of();
    }

    static String describe(QuestionType type) {
        return switch (type) {
            case SINGLE -> "Single choice";
            case MULTIPLE -> "Multiple choice";
            case TRUE_FALSE -> "True or false";
            case HIGHLIGHT -> "Highlight the phrases";
            case MATCH -> "Match pairs";
            case ORDER -> "Put in order";
            case WRITTEN -> "Written answer";
        };
    }
}
