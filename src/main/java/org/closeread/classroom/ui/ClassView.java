package org.closeread.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.closeread.base.ui.MainLayout;
import org.closeread.classroom.Assignment;
import org.closeread.classroom.AssignmentKind;
import org.closeread.quiz.FeedbackTiming;
import org.closeread.classroom.Classroom;
import org.closeread.classroom.ClassroomService;
import org.closeread.classroom.Member;
import org.closeread.lesson.LessonCard;
import org.closeread.lesson.LessonPath;
import org.closeread.security.TeacherAccountService;

/**
 * One class: its join code, open or closed; its assignments (open, close, follow live, results); its
 * students (delete one's data); how long answers are kept; deleting the whole class.
 */
@Route(value = "teacher/classes/:classId", layout = MainLayout.class)
@RolesAllowed(TeacherAccountService.TEACHER_ROLE)
class ClassView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter JOINED = DateTimeFormatter.ofPattern("d MMM, HH:mm").withZone(ZoneId.systemDefault());

    private final ClassroomService classrooms;
    private final String teacher;
    private Classroom classroom;

    ClassView(ClassroomService classrooms, AuthenticationContext authentication) {
        this.classrooms = classrooms;
        this.teacher = authentication.getPrincipalName().orElseThrow();
        addClassName("class-view");
    }

    static String path(long classId) {
        return "teacher/classes/" + classId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        classroom = event.getRouteParameters().getLong("classId")
                .flatMap(id -> classrooms.classroom(teacher, id)).orElse(null);
        render();
    }

    private void render() {
        removeAll();
        Anchor back = new Anchor("teacher/classes", "← Your classes");
        back.addClassName("back-link");
        if (classroom == null) {
            add(back, new H1("Class not found"), new Paragraph("None of your classes is at this address."));
            return;
        }
        add(back, new H1(classroom.name()), codeBox(), assignments(), students(), retention(), deletion());
    }

    private Component codeBox() {
        Span code = new Span(classroom.code().shown());
        code.setId("class-code");
        code.addClassName("class-code");
        Paragraph how = new Paragraph("Students open Join a class (/join) and type this code and their name.");
        Paragraph state = new Paragraph(classroom.open() ? "Open: students can join and see the open assignments."
                : "Closed: nobody can join, and students see no assignment. Everything is kept.");
        state.setId("class-state");
        Button toggle = new Button(classroom.open() ? "Close the class" : "Open the class",
                click -> update(classrooms.setOpen(teacher, classroom.id(), !classroom.open())));
        toggle.setId("toggle-class");
        Div box = new Div(new Paragraph(new Span("Join code: "), code), how, state, toggle);
        box.addClassName("class-code-box");
        return box;
    }

    /** When the assignment's students see feedback: as the lesson says, after each question, or at the end. */
    private Component feedbackChoice(Assignment assignment) {
        Select<String> feedback = new Select<>();
        feedback.setItems(FEEDBACK_AS_LESSON, FEEDBACK_AFTER_EACH, FEEDBACK_AT_END);
        feedback.setValue(assignment.feedback().map(f -> f == FeedbackTiming.AT_END ? FEEDBACK_AT_END
                : FEEDBACK_AFTER_EACH).orElse(FEEDBACK_AS_LESSON));
        feedback.setAriaLabel("Feedback for " + assignment.lessonTitle());
        feedback.setHelperText(FEEDBACK_HELP);
        feedback.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                Optional<FeedbackTiming> timing = switch (change.getValue()) {
                    case FEEDBACK_AFTER_EACH -> Optional.of(FeedbackTiming.AFTER_EACH);
                    case FEEDBACK_AT_END -> Optional.of(FeedbackTiming.AT_END);
                    default -> Optional.empty();
                };
                update(classrooms.setAssignmentFeedback(teacher, classroom.id(), assignment.id(), timing));
            }
        });
        return feedback;
    }

    static final String FEEDBACK_AS_LESSON = "As the lesson sets";
    static final String FEEDBACK_AFTER_EACH = "After each question (answers final)";
    static final String FEEDBACK_AT_END = "At the end (answers change until submitted)";
    static final String FEEDBACK_HELP = "For quizzes started from now on.";

    private Component assignments() {
        DataTable<Assignment> table = new DataTable<Assignment>("Assignments", Assignment::lessonSlug)
                .text("Lesson", Assignment::lessonTitle)
                .text("Students go to", a -> a.kind().label())
                .text(getTranslation("path.column"), a -> getTranslation("path." + a.lessonPath().id()))
                .text("State", a -> a.open() ? "Open" : "Closed")
                .component("Feedback", this::feedbackChoice)
                .component("Follow", a -> new Div(
                        new Anchor(DashboardView.path(classroom.id(), a.id()), "Live dashboard"),
                        new Span(" · "),
                        new Anchor(ResultsView.path(classroom.id(), a.id()), "Results")))
                .component("Change", a -> {
                    Button toggle = new Button(a.open() ? "Close" : "Open", click -> update(
                            classrooms.setAssignmentOpen(teacher, classroom.id(), a.id(), !a.open())));
                    toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    toggle.getElement().setAttribute("aria-label", (a.open() ? "Close " : "Open ") + a.lessonTitle());
                    return toggle;
                });
        table.setRows(classroom.assignments());
        Select<LessonCard> lesson = new Select<>();
        lesson.setLabel("Lesson");
        lesson.setId("assign-lesson");
        lesson.setItems(classrooms.lessons());
        lesson.setItemLabelGenerator(LessonCard::title);
        lesson.setPlaceholder("Choose a lesson");
        RadioButtonGroup<AssignmentKind> kind = new RadioButtonGroup<>("Students go to");
        kind.setId("assign-kind");
        kind.setItems(AssignmentKind.values());
        kind.setItemLabelGenerator(AssignmentKind::label);
        kind.setValue(AssignmentKind.QUIZ);
        RadioButtonGroup<LessonPath> path = new RadioButtonGroup<>(getTranslation("path.assign.label"));
        path.setId("assign-path");
        path.setItems(LessonPath.values());
        path.setValue(LessonPath.CORE);
        path.setVisible(false);
        lesson.addValueChangeListener(change -> {
            LessonCard card = change.getValue();
            path.setVisible(card != null && card.twoPaths());
            if (card != null) {
                path.setItemLabelGenerator(p -> p == LessonPath.CORE
                        ? getTranslation("path.core.minutes", card.coreMinutes())
                        : getTranslation("path.full.minutes", card.fullMinutes()));
                path.setHelperText(getTranslation("path.assign.helper", card.slug()));
            }
        });
        Anchor minutes = new Anchor("", getTranslation("path.assign.minutes"));
        minutes.setId("assign-minutes");
        minutes.setVisible(false);
        lesson.addValueChangeListener(change -> {
            minutes.setVisible(change.getValue() != null);
            if (change.getValue() != null) {
                minutes.setHref("teacher/lessons/" + change.getValue().slug() + "/guide");
            }
        });
        Button assign = new Button("Assign", click -> Optional.ofNullable(lesson.getValue())
                .ifPresentOrElse(card -> update(classrooms.assign(teacher, classroom.id(), card.slug(), kind.getValue(),
                                card.twoPaths() ? path.getValue() : LessonPath.FULL)),
                        () -> {
                            lesson.setErrorMessage("Choose a lesson first.");
                            lesson.setInvalid(true);
                        }));
        assign.setId("assign-button");
        Div form = new Div(lesson, kind, path, assign, minutes);
        form.addClassName("inline-form");
        Div section = new Div(new H2("Assignments"), classroom.assignments().isEmpty()
                ? new Paragraph("Nothing assigned yet. Students who join wait for you to assign a lesson.") : table, form);
        section.addClassName("class-section");
        return section;
    }

    private Component students() {
        DataTable<Member> table = new DataTable<Member>("Students", Member::name)
                .text("Name", Member::name)
                .text("Joined", m -> JOINED.format(m.joinedAt()))
                .component("Data", m -> {
                    Button delete = new Button("Delete", click -> confirmRemove(m));
                    delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    delete.getElement().setAttribute("aria-label", "Delete " + m.name() + "’s name and answers");
                    return delete;
                });
        table.setRows(classroom.members());
        Div section = new Div(new H2("Students (" + classroom.members().size() + ")"), classroom.members().isEmpty()
                ? new Paragraph("Nobody has joined yet.") : table);
        section.addClassName("class-section");
        return section;
    }

    private void confirmRemove(Member member) {
        ConfirmDialog confirm = new ConfirmDialog("Delete " + member.name() + "’s data?",
                "Their name, resume code and every answer they gave are deleted. This cannot be undone.",
                "Delete", event -> update(classrooms.removeStudent(teacher, classroom.id(), member.participantId())));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private Component retention() {
        IntegerField days = new IntegerField("Delete answers after (days)");
        days.setId("retention-days");
        days.setMin(Classroom.RETENTION_MIN_DAYS);
        days.setMax(Classroom.RETENTION_MAX_DAYS);
        days.setStepButtonsVisible(true);
        days.setPlaceholder(String.valueOf(classrooms.defaultRetentionDays()));
        days.setHelperText("Attempts last active longer ago are deleted each night. Empty: the app's default, "
                + classrooms.defaultRetentionDays() + " days.");
        classroom.retentionDays().ifPresent(days::setValue);
        Button save = new Button("Save", click -> {
            Integer value = days.getValue();
            if (value != null && !Classroom.validRetention(value)) {
                days.setErrorMessage("Between " + Classroom.RETENTION_MIN_DAYS + " and " + Classroom.RETENTION_MAX_DAYS
                        + " days.");
                days.setInvalid(true);
                return;
            }
            update(classrooms.setRetention(teacher, classroom.id(), Optional.ofNullable(value)));
        });
        save.setId("save-retention");
        Div form = new Div(days, save);
        form.addClassName("inline-form");
        Div section = new Div(new H2("Keeping answers"), form);
        section.addClassName("class-section");
        return section;
    }

    private Component deletion() {
        Button delete = new Button("Delete the class", click -> {
            ConfirmDialog confirm = new ConfirmDialog("Delete " + classroom.name() + "?",
                    "The class, its assignments and every student's name and answers are deleted. This cannot be"
                            + " undone. Download the results first if you need them.",
                    "Delete the class", event -> {
                        classrooms.delete(teacher, classroom.id());
                        getUI().ifPresent(ui -> ui.navigate("teacher/classes"));
                    });
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.open();
        });
        delete.setId("delete-class");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div section = new Div(new H2("Delete"), delete);
        section.addClassName("class-section");
        return section;
    }

    private void update(Classroom changed) {
        classroom = changed;
        render();
    }

    @Override
    public String getPageTitle() {
        return (classroom == null ? "Class not found" : classroom.name()) + " — CloseRead";
    }

    Classroom classroom() {
        return classroom;
    }
}
