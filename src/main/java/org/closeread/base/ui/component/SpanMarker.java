package org.closeread.base.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;

/**
 * Text in which the user marks phrases word by word, with mouse, touch or the keyboard alone
 * (no dragging). Students mark answers with it, teachers answer keys; read-only, it shows marks,
 * optionally with feedback classes ({@code hit}, {@code miss}, {@code false}). The browser side is
 * {@code <cr-span-marker>} (frontend/src/span-marker.ts), loaded apart from Vaadin's bundle.
 *
 * <p>Marks are word-aligned offsets into one block's text. Whatever the browser sends is checked
 * here again: marks outside the blocks are dropped, the rest snapped to whole words and merged.
 */
@Tag("cr-span-marker")
@JsModule("context://js/span-marker.js")
public class SpanMarker extends Component implements HasSize, HasStyle {

    private static final Pattern CLASS_NAMES = Pattern.compile("[A-Za-z][\\w-]*(\\s+[A-Za-z][\\w-]*)*");

    /** A block of text to mark in; {@code kind} (e.g. {@code PARAGRAPH}) only styles and names it. */
    public record Block(int index, String kind, String text) implements Serializable {
        public Block {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
            if (index < 0) {
                throw new IllegalArgumentException("block index must not be negative: " + index);
            }
        }
    }

    /** A marked phrase: characters {@code [start, end)} of the text of the block numbered {@code block}. */
    public record Mark(int block, int start, int end) implements Serializable {
        public Mark {
            if (block < 0 || start < 0 || end <= start) {
                throw new IllegalArgumentException("not a mark: block " + block + " [" + start + ", " + end + ")");
            }
        }
    }

    private List<Block> blocks = List.of();
    private MarkableText text = new MarkableText(List.of());
    private List<Mark> marks = List.of();
    private Map<Mark, String> classes = Map.of();

    public SpanMarker() {
        addMarksChangedListener(event -> {
            marks = event.getMarks();
            if (!event.matchesBrowser) {
                pushMarks();
            }
        });
    }

    public SpanMarker(String label) {
        this();
        setLabel(label);
    }

    public void setBlocks(List<Block> blocks) {
        if (new HashSet<>(blocks.stream().map(Block::index).toList()).size() != blocks.size()) {
            throw new IllegalArgumentException("two blocks share an index");
        }
        this.blocks = List.copyOf(blocks);
        text = new MarkableText(this.blocks);
        getElement().setPropertyJson("blocks", MarkJson.blocks(this.blocks));
        pushMarks();
    }

    public List<Block> getBlocks() {
        return blocks;
    }

    /** Shows these marks; blocks and marks may be set in either order. */
    public void setMarks(List<Mark> marks) {
        this.marks = List.copyOf(marks);
        pushMarks();
    }

    /** The marks as they stand: word-aligned, inside the blocks, in reading order, not overlapping. */
    public List<Mark> getMarks() {
        return text.align(marks);
    }

    /**
     * Extra CSS classes per mark (space-separated, e.g. {@code "hit"}), for feedback after an
     * answer. The element styles {@code hit}, {@code miss} and {@code false} and names them for
     * screen readers; every class is also a CSS part ({@code cr-span-marker::part(hit)}).
     */
    public void setMarkClasses(Map<Mark, String> classes) {
        classes.values().forEach(names -> {
            if (names == null || !CLASS_NAMES.matcher(names.strip()).matches()) {
                throw new IllegalArgumentException("not CSS class names: " + names);
            }
        });
        this.classes = Map.copyOf(classes);
        pushMarks();
    }

    /**
     * Passages shown under the text, apart from the marks (for example the annotations a lesson already has,
     * each with its lens as a class such as {@code lens-quote}): an underline in the lens's colour and, for
     * screen readers, "annotated". They are never sent back and never change the marks.
     */
    public void setShown(Map<Mark, String> shown) {
        shown.values().forEach(names -> {
            if (names == null || !CLASS_NAMES.matcher(names.strip()).matches()) {
                throw new IllegalArgumentException("not CSS class names: " + names);
            }
        });
        List<Mark> passages = shown.keySet().stream().sorted(java.util.Comparator.comparingInt(Mark::block)
                .thenComparingInt(Mark::start)).toList();
        getElement().setPropertyJson("shown", MarkJson.marks(passages, shown));
    }

    /** The accessible name of the text, e.g. "Article: mark the loaded words". */
    public void setLabel(String label) {
        getElement().setProperty("label", label);
    }

    public String getLabel() {
        return getElement().getProperty("label");
    }

    /** Read-only, the marker only shows marks; whatever the browser then sends is ignored. */
    public void setReadOnly(boolean readOnly) {
        getElement().setProperty("readonly", readOnly);
    }

    public boolean isReadOnly() {
        return getElement().getProperty("readonly", false);
    }

    /** Moves keyboard focus to the word the user was last on. */
    public void focus() {
        getElement().callJsFunction("focus");
    }

    public Registration addMarksChangedListener(ComponentEventListener<MarksChangedEvent> listener) {
        return addListener(MarksChangedEvent.class, listener);
    }

    private void pushMarks() {
        List<Mark> aligned = getMarks();
        Map<Mark, String> alignedClasses = new LinkedHashMap<>();
        classes.forEach((mark, names) -> text.align(List.of(mark))
                .forEach(key -> alignedClasses.put(key, names.strip())));
        getElement().setPropertyJson("marks", MarkJson.marks(aligned, alignedClasses));
    }

    /** The user made or removed a mark; {@link #getMarks()} holds the checked, word-aligned result. */
    @DomEvent("marks-changed")
    public static class MarksChangedEvent extends ComponentEvent<SpanMarker> {

        private final List<Mark> marks;
        private final boolean matchesBrowser;

        public MarksChangedEvent(SpanMarker source, boolean fromClient,
                @EventData("event.detail.marks") ArrayNode marks) {
            super(source, fromClient);
            List<Mark> sent = MarkJson.read(marks);
            this.marks = source.isReadOnly() ? source.getMarks() : source.text.align(sent);
            this.matchesBrowser = this.marks.equals(sent);
        }

        public List<Mark> getMarks() {
            return marks;
        }
    }
}
