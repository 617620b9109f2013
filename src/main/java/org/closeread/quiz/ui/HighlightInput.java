package org.closeread.quiz.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import org.closeread.article.Article;
import org.closeread.article.TextSpan;
import org.closeread.base.ui.component.SpanMarker;
import org.closeread.quiz.Answer;
import org.closeread.quiz.HighlightAnswer;

/** Marks phrases in the question's blocks with the span marker: mouse, touch or keyboard alone. */
final class HighlightInput implements AnswerInput {

    private final SpanMarker marker;

    HighlightInput(Article article, List<Integer> blocks, String label) {
        marker = new SpanMarker(label);
        marker.setBlocks(blocks.stream().map(article::block)
                .map(b -> new SpanMarker.Block(b.index(), b.kind().name().toLowerCase(), b.text())).toList());
        marker.setWidthFull();
    }

    @Override
    public Component component() {
        return marker;
    }

    @Override
    public Optional<Answer> answer() {
        List<TextSpan> marks = marks(marker.getMarks());
        return marks.isEmpty() ? Optional.empty() : Optional.of(new HighlightAnswer(marks));
    }

    @Override
    public void fill(Answer answer) {
        if (answer instanceof HighlightAnswer highlight) {
            marker.setMarks(highlight.marks().stream()
                    .map(s -> new SpanMarker.Mark(s.block(), s.start(), s.end())).toList());
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        marker.setReadOnly(readOnly);
    }

    SpanMarker marker() {
        return marker;
    }

    static List<TextSpan> marks(List<SpanMarker.Mark> marks) {
        return marks.stream().map(m -> new TextSpan(m.block(), m.start(), m.end())).toList();
    }
}
