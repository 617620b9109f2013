package org.closeread.classroom.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.closeread.base.ui.MainLayout;
import org.closeread.classroom.JoinService;
import org.closeread.classroom.JoinClient;
import org.closeread.classroom.JoinOutcome;
import org.closeread.classroom.StudentClass;
import org.closeread.classroom.StudentName;
import org.closeread.quiz.CurrentParticipant;

/**
 * Where students join a class: the class code and their name, nothing else. A student already in a
 * class in this browser continues with one click; in another browser, with their resume code.
 */
@Route(value = "join", layout = MainLayout.class)
@PageTitle("Join your class — CloseRead")
@AnonymousAllowed
class JoinView extends Div implements BeforeEnterObserver {

    private final JoinService classrooms;
    private final CurrentParticipant student;
    private final Div returning = new Div();
    private final TextField code = new TextField(Translations.text("classroom.join-view.class-code"));
    private final TextField name = new TextField(Translations.text("classroom.join-view.your-name"));
    private final Button join = new Button(Translations.text("classroom.join-view.join"));
    private final TextField resumeCode = new TextField(Translations.text("classroom.join-view.resume-code"));
    private final Button resume = new Button(Translations.text("classroom.join-view.continue"));

    JoinView(JoinService classrooms, CurrentParticipant student) {
        this.classrooms = classrooms;
        this.student = student;
        addClassName("join-view");
        code.setId("join-code");
        code.setPlaceholder(Translations.text("join.code.placeholder"));
        code.setMaxLength(12);
        code.setHelperText(Translations.text("classroom.join-view.six-letters-and-digits"));
        code.getElement().setAttribute("autocomplete", "off");
        name.setId("join-name");
        name.setMaxLength(StudentName.MAX_LENGTH);
        name.setHelperText(Translations.text("classroom.join-view.as-your-teacher-should"));
        name.getElement().setAttribute("autocomplete", "off");
        join.setId("join-button");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickListener(click -> join());
        join.addClickShortcut(Key.ENTER).listenOn(code, name);
        Div form = new Div(code, name, join);
        form.addClassName("join-form");

        resumeCode.setId("resume-code-field");
        resumeCode.setPlaceholder(Translations.text("quiz.resume.placeholder"));
        resumeCode.setMaxLength(12);
        resume.addClickListener(click -> resume());
        resume.addClickShortcut(Key.ENTER).listenOn(resumeCode);
        Div again = new Div(new H2(Translations.text("classroom.join-view.been-here-before-in")),
                new Paragraph(Translations.text("classroom.join-view.type-the-resume-code")),
                new Div(resumeCode, resume));
        again.addClassName("join-resume");

        returning.addClassName("join-returning");
        add(new H1(Translations.text("classroom.join-view.join-your-class")), returning, form, again);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        returning.removeAll();
        student.get().flatMap(classrooms::place).filter(place -> place.open()).ifPresent(place -> {
            Button back = new Button(Translations.text("join.continue-in", place.className()), click -> go(place.landing().orElse("class")));
            back.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            returning.add(new Paragraph(Translations.text("join.you-are-in", place.className(), StudentName.sentenceEnd(place.studentName()))), back);
        });
    }

    private void join() {
        show(classrooms.join(code.getValue(), name.getValue(), client(), student.get()));
    }

    private void resume() {
        show(classrooms.resume(resumeCode.getValue(), client()));
    }

    private void show(JoinOutcome outcome) {
        code.setInvalid(false);
        name.setInvalid(false);
        resumeCode.setInvalid(false);
        if (outcome instanceof JoinOutcome.Joined joined) {
            student.use(joined.participant());
            greet(joined.place());
            go(joined.place().landing().orElse("class"));
        } else if (outcome instanceof JoinOutcome.Refused refused) {
            TextField field = switch (refused.field()) {
                case CODE -> code;
                case NAME -> name;
                case RESUME_CODE -> resumeCode;
            };
            field.setErrorMessage(Translations.text(refused.message(), refused.args().toArray()));
            field.setInvalid(true);
            field.focus();
        }
    }

    /** Says, on the page the student lands on, which class they joined and under what name. */
    private void greet(StudentClass place) {
        Notification welcome = new Notification();
        welcome.setText(Translations.text("join.welcome", place.className(),
                StudentName.sentenceEnd(place.studentName())));
        welcome.addClassName("join-welcome");
        welcome.setPosition(Notification.Position.TOP_CENTER);
        welcome.setDuration(10000);
        welcome.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        welcome.open();
    }

    /** Goes to a landing address, which may carry a query (the assignment's path: {@code ?path=core}). */
    private void go(String address) {
        getUI().ifPresent(ui -> org.closeread.base.ui.Addresses.navigate(ui, address));
    }

    /** The connection's address (forwarded headers only where the server is told to trust them) and session. */
    private static JoinClient client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinSession session = VaadinSession.getCurrent();
        return new JoinClient(request == null ? null : request.getRemoteAddr(),
                session == null || session.getSession() == null ? null : session.getSession().getId());
    }

    TextField codeField() {
        return code;
    }

    TextField nameField() {
        return name;
    }

    TextField resumeField() {
        return resumeCode;
    }
}
