package org.closeread.classroom.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.closeread.base.ui.MainLayout;
import org.closeread.classroom.Assignment;
import org.closeread.classroom.JoinService;
import org.closeread.classroom.StudentClass;
import org.closeread.quiz.CurrentParticipant;
import org.closeread.quiz.Participant;

/** A student's class: what the teacher has opened for them, and their resume code. */
@Route(value = "class", layout = MainLayout.class)
@PageTitle("Your class — CloseRead")
@AnonymousAllowed
class ClassHomeView extends Div implements BeforeEnterObserver {

    private final JoinService classrooms;
    private final CurrentParticipant student;

    ClassHomeView(JoinService classrooms, CurrentParticipant student) {
        this.classrooms = classrooms;
        this.student = student;
        addClassName("class-home");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Participant participant = student.get().orElse(null);
        StudentClass place = participant == null ? null : classrooms.place(participant).orElse(null);
        if (place == null) {
            add(new H1("You are not in a class yet"), new Paragraph("Your teacher gives you a class code."),
                    new Anchor("join", "Join a class"));
            return;
        }
        add(new H1(place.className()));
        Span code = new Span(participant.shownCode());
        code.addClassName("resume-code");
        Paragraph who = new Paragraph("You are " + place.studentName() + ". Your resume code: ");
        who.add(code);
        add(who, new Paragraph("With it you continue in another browser, at Join a class."));
        if (!place.open()) {
            add(new Paragraph("This class is closed. Your teacher can open it again."));
        } else if (place.assignments().isEmpty()) {
            add(new Paragraph("Nothing to do yet: your teacher has not opened an assignment. Reload this page when"
                    + " they tell you to."));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("class-assignments");
            for (Assignment assignment : place.assignments()) {
                list.add(new ListItem(new Anchor(assignment.path(), assignment.lessonTitle() + " ("
                        + assignment.kind().label().toLowerCase() + ")")));
            }
            add(list);
        }
    }
}
