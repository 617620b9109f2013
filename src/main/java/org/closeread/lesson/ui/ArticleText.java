package org.closeread.lesson.ui;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.vaadin.flow.component.Composite;
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
import org.closeread.base.ui.Translations;

/**
 * The article set like an article page, with the visible annotations highlighted. Each highlight
 * has a colour, an underline style and a marker button of its lens; the marker is how keyboard and
 * screen-reader users open it, a click anywhere on the highlighted words does the same.
 *
 * <p>Each block is one element whose content is sent as a piece of HTML built here from the article's
 * text (every character of it escaped), not as a tree of Vaadin elements: a block is then one node in
 * the session and on the wire instead of one per highlight, marker, glossary term and text run. The
 * markers and highlights carry {@code data-annotation}; one click listener on the article finds which
 * was clicked.
 */
class ArticleText extends Composite<Section> {

    private final Article article;
    private final Map<String, Annotation> visible = new HashMap<>();
    private final Map<Integer, Shown> blocks = new HashMap<>();
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

    static final String CLICKED_ANNOTATION =
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
        if (selected != null && !visible.containsKey(selected)) {
            selected = null;
        }
        Element root = getContent().getElement();
        if (blocks.isEmpty()) {
            root.removeAllChildren();
            Element standfirst = null;
            for (Block block : article.blocks()) {
                Element element = blockElement(block);
                if (block.kind() == BlockKind.STANDFIRST) {
                    if (standfirst == null) {
                        standfirst = new Element("ul").setAttribute("class", "standfirst");
                        root.appendChild(standfirst);
                    }
                    standfirst.appendChild(element);
                    continue;
                }
                standfirst = null;
                root.appendChild(element);
            }
        } else {
            for (Block block : article.blocks()) {
                Shown was = blocks.get(block.index());
                if (!was.ids().equals(idsIn(block))) {
                    fill(was.element(), block);
                }
            }
        }
    }

    /** One rendered block: the highlights it shows and its element. */
    private record Shown(List<String> ids, Element element) {
    }

    private List<String> idsIn(Block block) {
        return visible.values().stream().filter(a -> a.span().block() == block.index()).map(Annotation::id)
                .sorted().toList();
    }

    private Element blockElement(Block block) {
        Element element = new Element(tagOf(block.kind()));
        element.getClassList().add("block");
        element.getClassList().add("block-" + block.kind().name().toLowerCase());
        if (block.kind() == BlockKind.HEADLINE) {
            element.setAttribute("id", "article-headline");
        }
        fill(element, block);
        return element;
    }

    private void fill(Element element, Block block) {
        List<String> ids = idsIn(block);
        String html = selected != null && ids.contains(selected) ? html(block)
                : RENDERED.get(article, a -> Caffeine.newBuilder().maximumSize(MAX_BLOCKS_PER_ARTICLE).build())
                        .get(new BlockKey(block.index(), ids, getLocale(), glossary.terms()), key -> html(block));
        element.setProperty("innerHTML", html);
        blocks.put(block.index(), new Shown(ids, element));
    }

    /**
     * The blocks' HTML, shared by every reader of the same article: a block with the same highlights in
     * the same language is the same text for all of them, so a class holds it once, not once a student.
     * Keyed by the article object (one per lesson version, shared by its readers; weakly held).
     */
    private static final Cache<Article, Cache<BlockKey, String>> RENDERED = Caffeine.newBuilder().weakKeys().build();
    private static final int MAX_BLOCKS_PER_ARTICLE = 5_000;

    private record BlockKey(int block, List<String> ids, java.util.Locale locale, List<?> glossary) {
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
        String was = selected;
        selected = id != null && visible.containsKey(id) ? id : null;
        if (!java.util.Objects.equals(was, selected)) {
            getContent().getElement().executeJs(
                    "this.querySelectorAll('.hl.is-selected').forEach(e => e.classList.remove('is-selected'));"
                            + "if ($0) this.querySelectorAll('.hl[data-annotation=\"' + CSS.escape($0) + '\"]')"
                            + ".forEach(e => e.classList.add('is-selected'));", selected);
        }
    }

    /** The highlight whose explanation is open, or {@code null}. */
    String selected() {
        return selected;
    }

    /** The block's text as HTML: highlights nested as they overlap, each opened by its lens's marker. */
    String html(Block block) {
        List<Annotation> inBlock = visible.values().stream()
                .filter(a -> a.span().block() == block.index()).toList();
        StringBuilder out = new StringBuilder();
        GlossaryMarks marks = glossary.withPrefix("a" + block.index());
        List<Annotation> open = new ArrayList<>();
        Set<String> started = new HashSet<>();
        for (HighlightLayout.Run run : HighlightLayout.runs(block.text(), inBlock)) {
            int keep = 0;
            while (keep < open.size() && keep < run.covering().size() && open.get(keep) == run.covering().get(keep)) {
                keep++;
            }
            while (open.size() > keep) {
                open.remove(open.size() - 1);
                out.append("</span>");
            }
            for (Annotation annotation : run.covering().subList(keep, run.covering().size())) {
                if (started.add(annotation.id())) {
                    marker(out, annotation);
                }
                out.append("<span class=\"hl hl-").append(annotation.lens().id())
                        .append(annotation.id().equals(selected) ? " is-selected" : "")
                        .append("\" data-annotation=\"").append(GlossaryMarks.escape(annotation.id())).append("\">");
                open.add(annotation);
            }
            marks.appendHtml(out, block.text().substring(run.start(), run.end()));
        }
        out.append("</span>".repeat(open.size()));
        return out.toString();
    }

    private void marker(StringBuilder out, Annotation annotation) {
        out.append("<button type=\"button\" class=\"hl-marker hl-marker-").append(annotation.lens().id())
                .append("\" data-annotation=\"").append(GlossaryMarks.escape(annotation.id()))
                .append("\" aria-label=\"").append(GlossaryMarks.escape(Labels.describe(annotation)))
                .append("\" title=\"")
                .append(GlossaryMarks.escape(getTranslation("lesson.marker.title", Translations.text(annotation.lens().nameKey()))))
                .append("\"></button>");
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
