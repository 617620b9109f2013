package org.closeread.lesson.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.closeread.article.Annotation;
import org.closeread.article.Article;
import org.closeread.article.Block;
import org.closeread.article.BlockKind;

/**
 * The article set like an article page, with the visible annotations highlighted. Each highlight
 * has a colour, an underline style and a marker button of its lens; the marker is how keyboard and
 * screen-reader users open it, a click anywhere on the highlighted words does the same.
 */
class ArticleText extends Composite<Section> {

    private final Article article;
    private final Map<String, Annotation> visible = new HashMap<>();
    private final Map<String, List<Element>> pieces = new HashMap<>();
    private final Map<Integer, Shown> blocks = new HashMap<>();
    private Map<String, List<Element>> rendering;
    private final List<Consumer<Annotation>> listeners = new ArrayList<>();
    private String selected;
    private GlossaryMarks glossary = GlossaryMarks.NONE;

    ArticleText(Article article) {
        this.article = article;
        getContent().addClassName("article-page");
        getContent().getElement().setAttribute("aria-label", getTranslation("lesson.article"));
        getContent().getElement().addEventListener("click", event -> {
            String id = event.getEventData().path(CLICKED_ANNOTATION).stringValue(null);
            if (id != null && !id.isEmpty()) {
                open(id);
            }
        }).addEventData(CLICKED_ANNOTATION);
    }

    private static final String CLICKED_ANNOTATION =
            "(event.target.closest('[data-annotation]')||{dataset:{}}).dataset.annotation||''";

    /** Marks these glossary terms in the text from the next {@link #show} on. */
    void setGlossary(GlossaryMarks marks) {
        glossary = marks;
    }

    void onOpen(Consumer<Annotation> listener) {
        listeners.add(listener);
    }

    /**
     * Renders the article with exactly these annotations highlighted. A block whose highlights are the
     * same as before is left as it is, so a new step sends only the blocks that changed.
     */
    void show(List<Annotation> annotations) {
        visible.clear();
        annotations.forEach(a -> visible.put(a.id(), a));
        Element root = getContent().getElement();
        if (blocks.isEmpty()) {
            root.removeAllChildren();
            Element standfirst = null;
            for (Block block : article.blocks()) {
                if (block.kind() == BlockKind.STANDFIRST) {
                    if (standfirst == null) {
                        standfirst = new Element("ul").setAttribute("class", "standfirst");
                        root.appendChild(standfirst);
                    }
                    standfirst.appendChild(renderBlock(block));
                    continue;
                }
                standfirst = null;
                root.appendChild(renderBlock(block));
            }
        } else {
            for (Block block : article.blocks()) {
                Shown was = blocks.get(block.index());
                if (!was.ids().equals(idsIn(block))) {
                    Element parent = was.element().getParent();
                    parent.setChild(parent.indexOfChild(was.element()), renderBlock(block));
                }
            }
        }
        pieces.clear();
        blocks.values().forEach(shown -> shown.pieces().forEach((id, list) ->
                pieces.computeIfAbsent(id, key -> new ArrayList<>()).addAll(list)));
        select(selected);
    }

    /** One rendered block: the highlights it shows, its element, and the elements of each highlight. */
    private record Shown(List<String> ids, Element element, Map<String, List<Element>> pieces) {
    }

    private List<String> idsIn(Block block) {
        return visible.values().stream().filter(a -> a.span().block() == block.index()).map(Annotation::id)
                .sorted().toList();
    }

    private Element renderBlock(Block block) {
        Map<String, List<Element>> blockPieces = new HashMap<>();
        rendering = blockPieces;
        Element element = render(block, tagOf(block.kind()));
        rendering = null;
        blocks.put(block.index(), new Shown(idsIn(block), element, blockPieces));
        return element;
    }

    void open(String id) {
        Annotation annotation = visible.get(id);
        if (annotation != null) {
            select(id);
            listeners.forEach(listener -> listener.accept(annotation));
        }
    }

    /** Marks the highlight whose explanation is open; {@code null} clears the mark. */
    void select(String id) {
        if (selected != null) {
            pieces.getOrDefault(selected, List.of()).forEach(e -> e.getClassList().remove("is-selected"));
        }
        selected = id != null && visible.containsKey(id) ? id : null;
        if (selected != null) {
            pieces.get(selected).forEach(e -> e.getClassList().add("is-selected"));
        }
    }

    private Element render(Block block, String tag) {
        Element element = new Element(tag);
        element.getClassList().add("block");
        element.getClassList().add("block-" + block.kind().name().toLowerCase());
        if (block.kind() == BlockKind.HEADLINE) {
            element.setAttribute("id", "article-headline");
        }
        List<Annotation> inBlock = visible.values().stream()
                .filter(a -> a.span().block() == block.index()).toList();
        List<Element> open = new ArrayList<>();
        List<Annotation> openAnnotations = new ArrayList<>();
        Set<String> started = new HashSet<>();
        for (HighlightLayout.Run run : HighlightLayout.runs(block.text(), inBlock)) {
            int keep = 0;
            while (keep < openAnnotations.size() && keep < run.covering().size()
                    && openAnnotations.get(keep) == run.covering().get(keep)) {
                keep++;
            }
            while (openAnnotations.size() > keep) {
                openAnnotations.remove(openAnnotations.size() - 1);
                open.remove(open.size() - 1);
            }
            for (Annotation annotation : run.covering().subList(keep, run.covering().size())) {
                Element parent = open.isEmpty() ? element : open.get(open.size() - 1);
                if (started.add(annotation.id())) {
                    parent.appendChild(marker(annotation).getElement());
                }
                Element piece = highlight(annotation);
                parent.appendChild(piece);
                open.add(piece);
                openAnnotations.add(annotation);
            }
            Element parent = open.isEmpty() ? element : open.get(open.size() - 1);
            glossary.append(parent, block.text().substring(run.start(), run.end()));
        }
        return element;
    }

    private Element highlight(Annotation annotation) {
        Element piece = new Element("span");
        piece.getClassList().add("hl");
        piece.getClassList().add("hl-" + annotation.lens().id());
        piece.setAttribute("data-annotation", annotation.id());
        rendering.computeIfAbsent(annotation.id(), id -> new ArrayList<>()).add(piece);
        return piece;
    }

    private NativeButton marker(Annotation annotation) {
        NativeButton marker = new NativeButton("", click -> open(annotation.id()));
        marker.addClassNames("hl-marker", "hl-marker-" + annotation.lens().id());
        marker.getElement().setAttribute("data-annotation", annotation.id());
        marker.getElement().setAttribute("aria-label", Labels.describe(annotation));
        marker.getElement().setAttribute("title", getTranslation("lesson.marker.title", annotation.lens().label()));
        return marker;
    }

    private static String tagOf(BlockKind kind) {
        return switch (kind) {
            case HEADLINE -> "h1";
            case PARAGRAPH -> "p";
            case CAPTION, CREDIT -> "p";
            case FURNITURE -> "div";
            case STANDFIRST -> "li";
        };
    }
}
