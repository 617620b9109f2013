package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.closeread.article.TextSpan;
import org.closeread.authoring.DraftQuestion;
import org.closeread.authoring.HighlightKey;
import org.closeread.authoring.LessonDraft;
import org.closeread.base.ui.component.SpanMarker;

/**
 * The key of a highlight question, made by marking the text with the same marker students use. Students
 * mark in the blocks holding a mark, and in any block added here.
 */
class HighlightBody implements QuestionBody {

    private final Div root = new Div();
    private final SpanMarker marker;
    private final MultiSelectComboBox<Integer> extra = new MultiSelectComboBox<>("Also let students mark in");

    HighlightBody(LessonDraft draft, DraftQuestion question) {
        marker = Markers.over(draft.blocks(), "Answer key: mark every phrase students should find");
        marker.setMarks(Markers.marks(HighlightKey.marks(draft, question)));
        List<Integer> blocks = HighlightKey.blocks(draft, question);
        List<Integer> withMarks = HighlightKey.marks(draft, question).stream().map(TextSpan::block).toList();
        extra.setItems(IntStream.range(0, draft.blocks().size()).boxed().toList());
        extra.setItemLabelGenerator(i -> "Block " + (i + 1) + ": " + abbreviate(draft.blocks().get(i).text()));
        extra.setValue(new LinkedHashSet<>(blocks.stream().filter(b -> !withMarks.contains(b)).toList()));
        extra.setWidthFull();
        Paragraph hint = new Paragraph(Translations.text("authoring.highlight.hint"));
        hint.addClassName("editor-hint");
        root.addClassName("highlight-body");
        root.add(hint, marker, extra);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public DraftQuestion fill(DraftQuestion stem) {
        return new DraftQuestion(stem.id(), stem.type(), stem.prompt(), stem.explanation(), stem.review(), List.of(),
                true, "", "", stem.blocks(), stem.targets(), List.of(), List.of(), List.of(), "", List.of());
    }

    @Override
    public List<TextSpan> marks() {
        return Markers.spans(marker.getMarks());
    }

    @Override
    public List<Integer> extraBlocks() {
        return List.copyOf(extra.getValue());
    }

    SpanMarker marker() {
        return marker;
    }
}
