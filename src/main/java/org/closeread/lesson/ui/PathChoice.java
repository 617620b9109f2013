package org.closeread.lesson.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import java.util.Optional;
import org.closeread.lesson.LessonPath;
import org.closeread.lesson.LessonService;

/**
 * The student's choice of path in self-study: core (one lesson period) or full. The choice is kept in the
 * address ({@code ?path=full}) and remembered for the lesson in this browser session, so the quiz asks
 * the same path; a class assignment sends its students with the path in the address.
 */
class PathChoice extends Composite<Div> {

    private static final String REMEMBERED = PathChoice.class.getName() + "/";

    /** The event data: the value of the radio button chosen. */
    static final String CHOSEN = "event.target.value";

    private final LessonPath current;

    PathChoice(String slug, LessonService.PathMinutes minutes, LessonPath current) {
        this.current = current;
        int core = minutes.core();
        int full = minutes.full();
        // Plain HTML in one element (native radio buttons in a fieldset): a fraction of the bytes of a
        // radio group component, and the choice is only ever read from the address.
        StringBuilder html = new StringBuilder("<fieldset id=\"path-choice\" aria-describedby=\"path-choice-helper\"><legend>")
                .append(GlossaryMarks.escape(getTranslation("path.choose.label"))).append("</legend>");
        for (LessonPath path : LessonPath.values()) {
            String label = path == LessonPath.CORE ? getTranslation("path.core.minutes", core)
                    : getTranslation("path.full.minutes", full);
            html.append("<label><input type=\"radio\" name=\"lesson-path\" value=\"").append(path.id()).append('"')
                    .append(path == current ? " checked" : "").append('>').append(GlossaryMarks.escape(label))
                    .append("</label>");
        }
        html.append("<p id=\"path-choice-helper\" class=\"path-choice-helper\">")
                .append(GlossaryMarks.escape(getTranslation("path.choose.helper"))).append("</p></fieldset>");
        getContent().addClassName("path-choice");
        getContent().getElement().setProperty("innerHTML", html.toString());
        getContent().getElement().addEventListener("change", change ->
                LessonPath.fromId(change.getEventData().path(CHOSEN).stringValue("")).ifPresent(path -> {
                    remember(slug, path);
                    getUI().ifPresent(ui -> {
                        ui.navigate("lessons/" + slug, QueryParameters.simple(Map.of("path", path.id())));
                        // The page is built again: the keyboard stays on the choice just made.
                        ui.getPage().executeJs("document.querySelector('.path-choice input:checked')?.focus()");
                    });
                })).addEventData(CHOSEN);
    }

    /** The path this page shows (its radio button is the one checked). */
    LessonPath current() {
        return current;
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
