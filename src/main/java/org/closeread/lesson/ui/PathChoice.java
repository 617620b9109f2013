package org.closeread.lesson.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import java.util.Optional;
import org.closeread.lesson.LessonMinutes;
import org.closeread.lesson.LessonPath;
import org.closeread.lesson.LessonReading;

/**
 * The student's choice of path in self-study: core (one lesson period) or full. The choice is kept in the
 * address ({@code ?path=full}) and remembered for the lesson in this browser session, so the quiz asks
 * the same path; a class assignment sends its students with the path in the address.
 */
class PathChoice extends Composite<Div> {

    private static final String REMEMBERED = PathChoice.class.getName() + "/";

    PathChoice(LessonReading reading, LessonPath current) {
        String slug = reading.lesson().slug();
        RadioButtonGroup<LessonPath> choice = new RadioButtonGroup<>(getTranslation("path.choose.label"));
        choice.setId("path-choice");
        choice.setItems(LessonPath.values());
        int core = LessonMinutes.of(reading.lesson(), reading.article(), LessonPath.CORE).roundedMinutes();
        int full = LessonMinutes.of(reading.lesson(), reading.article(), LessonPath.FULL).roundedMinutes();
        choice.setItemLabelGenerator(p -> p == LessonPath.CORE ? getTranslation("path.core.minutes", core)
                : getTranslation("path.full.minutes", full));
        choice.setValue(current);
        choice.setHelperText(getTranslation("path.choose.helper"));
        choice.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                remember(slug, change.getValue());
                getUI().ifPresent(ui -> ui.navigate("lessons/" + slug,
                        QueryParameters.simple(Map.of("path", change.getValue().id()))));
            }
        });
        getContent().addClassName("path-choice");
        getContent().add(choice);
    }

    /**
     * The path to show: the one in the address (remembered from then on), else the one remembered for the
     * lesson, else core. A lesson without extension items has one path; it is called full.
     */
    static LessonPath chosen(String slug, Optional<String> requested, boolean twoPaths) {
        if (!twoPaths) {
            return LessonPath.FULL;
        }
        Optional<LessonPath> asked = requested.flatMap(LessonPath::fromId);
        asked.ifPresent(path -> remember(slug, path));
        return asked.or(() -> remembered(slug)).orElse(LessonPath.CORE);
    }

    static Optional<LessonPath> remembered(String slug) {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty()
                : Optional.ofNullable((LessonPath) session.getAttribute(REMEMBERED + slug));
    }

    private static void remember(String slug, LessonPath path) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(REMEMBERED + slug, path);
        }
    }
}
