package org.closeread.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.closeread.article.Annotation;
import org.closeread.article.Lens;
import org.closeread.lesson.Step;
import org.closeread.lesson.GlossaryTerm;
import org.closeread.lesson.LessonPath;
import org.closeread.lesson.LessonReading;

/**
 * The guided reading of one lesson: the article with highlights, the steps, the legend and the
 * explanation panel. The same for students on the lesson page and for teachers previewing a draft;
 * only what the other features add ({@code addOn}) and the page's address differ.
 */
@StyleSheet("context://styles/reading-aids.css")
class GuidedReading extends Div {

    /** What another feature shows for the lesson ({@code stepId} null) or for one of its steps. */
    interface AddOns extends BiFunction<String, String, List<Component>> {
    }

    private final LessonReading reading;
    private final AddOns addOns;
    private final String path;
    private final String pathQuery;
    private Div header;
    private final ArticleText article;
    private final StepGuide guide;
    private final LensFilter filter;
    private final ExplanationPanel explanation;
    private int step;

    GuidedReading(LessonReading reading, AddOns addOns, String path) {
        this(reading, addOns, path, LessonPath.FULL);
    }

    /** @param lessonPath the path being read; the address keeps it, so a reload stays on it */
    GuidedReading(LessonReading reading, AddOns addOns, String path, LessonPath lessonPath) {
        this.reading = reading;
        this.addOns = addOns;
        this.path = path;
        this.pathQuery = reading.lesson().plan().hasPaths() ? "path=" + lessonPath.id() + "&" : "";
        article = new ArticleText(reading.article());
        guide = new StepGuide(reading.lesson(), this::goTo, this::wayOn);
        filter = new LensFilter(reading.lesson().lenses());
        explanation = new ExplanationPanel();
        article.onOpen(explanation::show);
        explanation.onClose(() -> article.select(null));
        explanation.closeOnEscape(this);
        filter.onChange(this::showHighlights);
        List<GlossaryTerm> terms = reading.lesson().plan().glossary();
        if (!terms.isEmpty()) {
            article.setGlossary(new GlossaryMarks(terms, "a"));
            guide.setGlossary(new GlossaryMarks(terms, "s"));
            explanation.setGlossary(new GlossaryMarks(terms, "e"));
        }

        H1 title = new H1(reading.lesson().title());
        title.addClassName("lesson-title");
        Paragraph source = new Paragraph(reading.article().outlet()
                + (reading.article().date() == null ? "" : ", " + reading.article().date()));
        source.addClassName("lesson-source");
        Anchor download = new Anchor("/api/articles/" + reading.article().slug() + "/annotations",
                getTranslation("lesson.download"));
        download.getElement().setAttribute("download", reading.article().slug() + "-annotations.jsonld");
        download.getElement().setAttribute("router-ignore", true);
        download.addClassName("download-link");
        Paragraph licence = new Paragraph(Optional.ofNullable(reading.article().licence()).orElse(""));
        licence.addClassName("article-licence");
        webAddress(reading.article().sourceUrl())
                .ifPresent(url -> {
                    Anchor original = new Anchor(url, getTranslation("lesson.original", reading.article().outlet()));
                    original.setId("article-source-link");
                    original.setTarget("_blank");
                    original.getElement().setAttribute("rel", "noopener noreferrer");
                    original.getElement().setAttribute("router-ignore", true);
                    licence.add(new com.vaadin.flow.component.Text(" "), original);
                });

        header = new Div(title, source);
        objectives(reading.lesson().objectives()).ifPresent(header::add);
        addOns.apply(reading.lesson().slug(), null).forEach(header::add);
        header.addClassName("lesson-header");
        Div main = new Div(article, licence, download);
        glossaryList(terms).ifPresent(main::add);
        main.setId("lesson-article");
        main.addClassName("lesson-article");
        Div side = new Div(guide, filter, explanation);
        side.addClassName("lesson-side");
        Div body = new Div(guide.bar(), main, side);
        body.addClassName("lesson-body");
        add(header, body);
    }

    /** What the student will be able to do, at the start of the guided reading. */
    private Optional<Component> objectives(List<String> objectives) {
        if (objectives.isEmpty()) {
            return Optional.empty();
        }
        Div box = new Div(new H2(getTranslation("objectives.heading")));
        box.addClassName("lesson-objectives");
        box.setId("lesson-objectives");
        // Fixed text: one element with its items as escaped HTML, not a node per item.
        StringBuilder items = new StringBuilder();
        objectives.forEach(o -> items.append("<li>").append(GlossaryMarks.escape(o)).append("</li>"));
        box.getElement().appendChild(new com.vaadin.flow.dom.Element("ul").setProperty("innerHTML", items.toString()));
        return Optional.of(box);
    }

    /** The whole glossary, at the end of the article. */
    private Optional<Component> glossaryList(List<GlossaryTerm> terms) {
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        Div section = new Div(new H2(getTranslation("glossary.heading")), new Paragraph(getTranslation("glossary.intro")));
        section.addClassName("lesson-glossary");
        section.setId("lesson-glossary");
        StringBuilder entries = new StringBuilder();
        for (GlossaryTerm term : terms) {
            entries.append("<dt>").append(GlossaryMarks.escape(term.term())).append("</dt><dd>")
                    .append(GlossaryMarks.escape(term.definition())).append("</dd>");
        }
        section.getElement().appendChild(new com.vaadin.flow.dom.Element("dl").setProperty("innerHTML", entries.toString()));
        return Optional.of(section);
    }

    void goTo(int index) {
        step = Math.max(0, Math.min(index, reading.lesson().steps().size() - 1));
        guide.show(step);
        guide.extra().removeAll();
        String stepId = reading.lesson().steps().get(step).id();
        addOns.apply(reading.lesson().slug(), stepId).forEach(guide.extra()::add);
        filter.showOnly(EnumSet.of(reading.lesson().steps().get(step).lens()));
        explanation.close();
        showHighlights();
        // The side panel scrolls on its own: a new step starts at its top.
        getElement().executeJs("const side = this.querySelector('.lesson-side'); if (side) side.scrollTop = 0;");
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, path + "?" + pathQuery + "step=" + (step + 1)));
    }

    private void showHighlights() {
        List<Annotation> revealed = reading.annotationsThrough(step);
        List<Annotation> visible = revealed.stream().filter(a -> filter.shown().contains(a.lens())).toList();
        article.show(visible);
        for (Lens lens : reading.lesson().lenses()) {
            boolean none = filter.shown().contains(lens) && revealed.stream().noneMatch(a -> a.lens() == lens);
            filter.note(lens, none ? whyNothing(lens) : "");
        }
        Annotation open = explanation.shown();
        if (open != null && !visible.contains(open)) {
            explanation.close();
        }
    }

    /** Why a lens that is switched on shows nothing on this step. */
    private String whyNothing(Lens lens) {
        List<Step> steps = reading.lesson().steps();
        for (int i = step + 1; i < steps.size(); i++) {
            if (steps.get(i).lens() == lens) {
                return getTranslation("lenses.starts-later", i + 1);
            }
        }
        return getTranslation("lenses.none-yet");
    }

    /** The article's source address, if it is a well-formed http(s) address; anything else is not linked. */
    static Optional<String> webAddress(String address) {
        if (address == null) {
            return Optional.empty();
        }
        try {
            java.net.URI uri = new java.net.URI(address);
            boolean web = ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
            return web ? Optional.of(uri.toASCIIString()) : Optional.empty();
        } catch (java.net.URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }

    /** What follows the last step: what the lesson leads to (its quiz), or the way back to the library. */
    private Component wayOn() {
        Component on = addOns.apply(reading.lesson().slug(), null).stream().findFirst().orElseGet(() -> {
            Anchor library = new Anchor("", getTranslation("lesson.back-to-library"));
            library.addClassName("quiz-link");
            return library;
        });
        on.addClassName("way-on");
        return on;
    }

    ArticleText article() {
        return article;
    }

    /** The lesson's header (title, source, what other features add), for what a page adds to it. */
    Div header() {
        return header;
    }

    StepGuide guide() {
        return guide;
    }

    LensFilter filter() {
        return filter;
    }

    ExplanationPanel explanation() {
        return explanation;
    }

    static int parseStep(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
