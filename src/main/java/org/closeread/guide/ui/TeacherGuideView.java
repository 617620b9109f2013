package org.closeread.guide.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.closeread.base.ui.MainLayout;
import org.closeread.guide.GuideHtml;
import org.closeread.guide.TeacherGuide;
import org.closeread.guide.TeacherGuides;
import org.closeread.security.TeacherAccountService;

/**
 * A lesson's teacher's guide in the app: objectives, both paths with minutes per step, the answer key,
 * discussion, differentiation and the note; with the PDF and a printable page.
 */
@Route(value = "teacher/lessons/:slug/guide", layout = MainLayout.class)
@RolesAllowed(TeacherAccountService.TEACHER_ROLE)
@StyleSheet("context://styles/teacher-guide.css")
public class TeacherGuideView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TeacherGuides guides;
    private TeacherGuide guide;

    public TeacherGuideView(TeacherGuides guides) {
        this.guides = guides;
        addClassName("teacher-guide-view");
    }

    /** Where a lesson's guide is. */
    public static String path(String slug) {
        return "teacher/lessons/" + slug + "/guide";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String slug = event.getRouteParameters().get("slug").orElse("");
        Optional<TeacherGuide> found = guides.guide(slug);
        guide = found.orElse(null);
        if (found.isEmpty()) {
            add(new H1(getTranslation("guide.not-found")), new Paragraph(getTranslation("guide.not-found.text")),
                    new Anchor("teacher", getTranslation("guide.back")));
            return;
        }
        Anchor back = new Anchor("teacher", getTranslation("guide.back"));
        back.addClassName("back-link");
        String api = "/api/teacher/lessons/" + slug + "/guide";
        Html body = new Html(GuideHtml.body(guide, (key, args) -> getTranslation(key, args), api + ".pdf", api));
        add(back, body);
        getElement().executeJs("this.querySelectorAll('a.guide-pdf, a.guide-print').forEach(a => a.setAttribute('router-ignore', ''))");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", guide == null ? getTranslation("guide.not-found")
                : getTranslation("guide.page-title", guide.title()));
    }
}
