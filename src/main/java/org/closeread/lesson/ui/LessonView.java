package org.closeread.lesson.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.closeread.article.Annotation;
import org.closeread.base.ui.LessonAddOn;
import org.closeread.base.ui.MainLayout;
import org.closeread.lesson.LessonReading;
import org.closeread.lesson.LessonService;

/** The guided reading: the article, one step at a time, with highlights, legend and explanations. */
@Route(value = "lessons/:slug", layout = MainLayout.class)
@AnonymousAllowed
class LessonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonService lessons;
    private final List<LessonAddOn> addOns;
    private LessonReading reading;
    private ArticleText article;
    private StepGuide guide;
    private LensFilter filter;
    private ExplanationPanel explanation;
    private int step;

    LessonView(LessonService lessons, List<LessonAddOn> addOns) {
        this.lessons = lessons;
        this.addOns = addOns;
        addClassName("lesson-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Optional<LessonReading> found = lessons.reading(slug);
        removeAll();
        if (found.isEmpty()) {
            reading = null;
            add(new H1("Lesson not found"), new Paragraph("There is no lesson at this address."),
                    new Anchor("", "Back to the library"));
            return;
        }
        reading = found.get();
        int requested = event.getLocation().getQueryParameters().getSingleParameter("step")
                .map(LessonView::parseStep).orElse(1) - 1;
        build();
        goTo(Math.max(0, Math.min(requested, reading.lesson().steps().size() - 1)));
    }

    private void build() {
        article = new ArticleText(reading.article());
        guide = new StepGuide(reading.lesson(), this::goTo);
        filter = new LensFilter(reading.lesson().lenses());
        explanation = new ExplanationPanel();
        article.onOpen(explanation::show);
        explanation.onClose(() -> article.select(null));
        filter.onChange(this::showHighlights);

        H1 title = new H1(reading.lesson().title());
        title.addClassName("lesson-title");
        Paragraph source = new Paragraph(reading.article().outlet()
                + (reading.article().date() == null ? "" : ", " + reading.article().date()));
        source.addClassName("lesson-source");
        Anchor download = new Anchor("/api/articles/" + reading.article().slug() + "/annotations",
                "Download the annotations (W3C Web Annotation JSON-LD)");
        download.getElement().setAttribute("download", reading.article().slug() + "-annotations.jsonld");
        download.getElement().setAttribute("router-ignore", true);
        download.addClassName("download-link");
        Paragraph licence = new Paragraph(Optional.ofNullable(reading.article().licence()).orElse(""));
        licence.addClassName("article-licence");

        Div header = new Div(title, source);
        addOns.forEach(addOn -> addOn.forLesson(reading.lesson().slug()).ifPresent(header::add));
        header.addClassName("lesson-header");
        Div main = new Div(article, licence, download);
        main.addClassName("lesson-article");
        Div side = new Div(guide, filter, explanation);
        side.addClassName("lesson-side");
        Div body = new Div(main, side);
        body.addClassName("lesson-body");
        add(header, body);
    }

    private void goTo(int index) {
        step = index;
        guide.show(index);
        guide.extra().removeAll();
        String stepId = reading.lesson().steps().get(index).id();
        addOns.forEach(addOn -> addOn.forStep(reading.lesson().slug(), stepId).ifPresent(guide.extra()::add));
        filter.showOnly(EnumSet.of(reading.lesson().steps().get(index).lens()));
        explanation.close();
        showHighlights();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "lessons/" + reading.lesson().slug() + "?step=" + (index + 1)));
    }

    private void showHighlights() {
        List<Annotation> visible = reading.annotationsThrough(step).stream()
                .filter(a -> filter.shown().contains(a.lens())).toList();
        article.show(visible);
        Annotation open = explanation.shown();
        if (open != null && !visible.contains(open)) {
            explanation.close();
        }
    }

    @Override
    public String getPageTitle() {
        return reading == null ? "Lesson not found — CloseRead" : reading.lesson().title() + " — CloseRead";
    }

    private static int parseStep(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    ArticleText article() {
        return article;
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
}
