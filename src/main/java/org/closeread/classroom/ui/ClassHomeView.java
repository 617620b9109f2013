package org.closeread.classroom.ui;

import org.closeread.base.ui.Translations;

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
import org.closeread.classroom.StudentName;
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
            add(new H1(Translations.text("classroom.class-home-view.you-are-not-in")), new Paragraph(Translations.text("classroom.class-home-view.your-teacher-gives-you")),
                    new Anchor("join", Translations.text("app.nav.join")));
            return;
        }
        add(new H1(place.className()));
        Span code = new Span(participant.shownCode());
        code.addClassName("resume-code");
        Paragraph who = new Paragraph(Translations.text("class-home.who", StudentName.sentenceEnd(place.studentName())) + " ");
        who.add(code);
        add(who, new Paragraph(Translations.text("classroom.class-home-view.with-it-you-continue")));
        if (!place.open()) {
            add(new Paragraph(Translations.text("classroom.class-home-view.this-class-is-closed")));
        } else if (place.assignments().isEmpty()) {
            add(new Paragraph(Translations.text("class-home.nothing-yet")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("class-assignments");
            for (Assignment assignment : place.assignments()) {
                list.add(new ListItem(new Anchor(assignment.path(), Translations.text("class-home.assignment", assignment.lessonTitle(),
                        Translations.text("assignment.kind." + assignment.kind().name().toLowerCase())))));
            }
            add(list);
        }
    }
}
