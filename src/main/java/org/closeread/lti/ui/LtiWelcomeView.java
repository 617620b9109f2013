package org.closeread.lti.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.WrappedSession;
import org.closeread.base.ui.MainLayout;
import org.closeread.lti.Handover;
import org.closeread.quiz.CurrentParticipant;

/**
 * Where an LMS launch lands in the browser: takes over what the launch left in the session (the student to
 * work as, the page to open) once, and goes on to that page. Opened without a launch, it says so.
 */
@Route(value = "lti/welcome", layout = MainLayout.class)
@AnonymousAllowed
public class LtiWelcomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentParticipant student;

    LtiWelcomeView(CurrentParticipant student) {
        this.student = student;
        addClassName("lti-welcome");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lti.welcome.title") + " — CloseRead";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        WrappedSession session = VaadinSession.getCurrent().getSession();
        Object handover = session.getAttribute(Handover.SESSION_ATTRIBUTE);
        if (handover instanceof Handover launch) {
            session.removeAttribute(Handover.SESSION_ATTRIBUTE);
            launch.participant().ifPresent(student::use);
            org.closeread.base.ui.Addresses.forwardTo(event, launch.path());
            return;
        }
        add(new H1(getTranslation("lti.welcome.title")), new Paragraph(getTranslation("lti.welcome.none")));
    }
}
