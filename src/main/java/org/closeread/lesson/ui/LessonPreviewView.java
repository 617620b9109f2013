package org.closeread.lesson.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.closeread.base.ui.LessonAddOn;
import org.closeread.base.ui.MainLayout;
import org.closeread.lesson.LessonPreviews;
import org.closeread.lesson.LessonReading;
import org.closeread.security.TeacherAccountService;

/** A teacher's preview of a lesson not yet published: the guided reading exactly as students will get it. */
@Route(value = "teacher/preview/:slug", layout = MainLayout.class)
@RolesAllowed(TeacherAccountService.TEACHER_ROLE)
class LessonPreviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonPreviews previews;
    private final List<LessonAddOn> addOns;
    private LessonReading reading;
    private GuidedReading guided;

    LessonPreviewView(LessonPreviews previews, List<LessonAddOn> addOns) {
        this.previews = previews;
        this.addOns = addOns;
        addClassNames("lesson-view", "preview-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Optional<LessonReading> found = previews.preview(slug);
        removeAll();
        Anchor back = new Anchor("teacher/lessons/" + slug + "/publish", getTranslation("preview.back"));
        back.addClassName("back-link");
        if (found.isEmpty()) {
            reading = null;
            add(back, new H1(getTranslation("preview.nothing.title")), new Paragraph(getTranslation("preview.nothing.text")));
            return;
        }
        reading = found.get();
        Paragraph banner = new Paragraph(getTranslation("preview.banner"));
        banner.addClassName("preview-banner");
        int requested = event.getLocation().getQueryParameters().getSingleParameter("step")
                .map(GuidedReading::parseStep).orElse(1) - 1;
        guided = new GuidedReading(reading, (lessonSlug, stepId) -> addOns.stream()
                .map(addOn -> stepId == null ? addOn.forPreviewLesson(lessonSlug)
                        : addOn.forPreviewStep(lessonSlug, stepId))
                .flatMap(Optional::stream).toList(), "teacher/preview/" + slug);
        add(back, banner, guided);
        guided.goTo(requested);
    }

    @Override
    public String getPageTitle() {
        return reading == null ? getTranslation("preview.title")
                : getTranslation("preview.title.lesson", reading.lesson().title());
    }

    GuidedReading reading() {
        return guided;
    }
}
