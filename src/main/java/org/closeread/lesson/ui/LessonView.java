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
import java.util.List;
import java.util.Optional;
import org.closeread.base.ui.LessonAddOn;
import org.closeread.base.ui.MainLayout;
import org.closeread.lesson.LessonPath;
import org.closeread.lesson.LessonReading;
import org.closeread.lesson.LessonService;

/** The guided reading: the article, one step at a time, with highlights, legend and explanations. */
@Route(value = "lessons/:slug", layout = MainLayout.class)
@AnonymousAllowed
class LessonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonService lessons;
    private final List<LessonAddOn> addOns;
    private LessonReading reading;
    private GuidedReading guided;

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
            add(new H1(getTranslation("lesson.not-found.title")), new Paragraph(getTranslation("lesson.not-found.text")),
                    new Anchor("", getTranslation("lesson.back-to-library")));
            return;
        }
        LessonPath path = PathChoice.chosen(slug, event.getLocation().getQueryParameters()
                .getSingleParameter("path"), found.get().lesson().plan().hasPaths());
        // Shared by all readers; built here only if the lesson was hidden a moment ago.
        reading = lessons.reading(slug, path)
                .orElseGet(() -> new LessonReading(found.get().lesson().onPath(path), found.get().article()));
        int requested = event.getLocation().getQueryParameters().getSingleParameter("step")
                .map(GuidedReading::parseStep).orElse(1) - 1;
        guided = new GuidedReading(reading, (lessonSlug, stepId) -> addOns.stream()
                .map(addOn -> stepId == null ? addOn.forLesson(lessonSlug, path.id())
                        : addOn.forStep(lessonSlug, stepId, path.id()))
                .flatMap(Optional::stream).toList(), "lessons/" + slug, path);
        if (found.get().lesson().plan().hasPaths()) {
            guided.header().add(new PathChoice(slug, lessons.minutes(found.get()), path));
        }
        add(guided);
        guided.goTo(requested);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", reading == null ? getTranslation("lesson.not-found.title")
                : reading.lesson().title());
    }

    ArticleText article() {
        return guided.article();
    }

    StepGuide guide() {
        return guided.guide();
    }

    LensFilter filter() {
        return guided.filter();
    }

    ExplanationPanel explanation() {
        return guided.explanation();
    }
}
