package org.closeread.quiz;

import java.util.List;
import org.closeread.article.TextSpan;

/**
 * The phrases a student marked. Marks may overlap; a selection running from one block into the next
 * arrives as one mark per block. Marks outside the question's blocks are not counted.
 */
public record HighlightAnswer(List<TextSpan> marks) implements Answer {

    public HighlightAnswer {
        marks = List.copyOf(marks);
    }

    public static HighlightAnswer of(TextSpan... marks) {
        return new HighlightAnswer(List.of(marks));
    }
}
