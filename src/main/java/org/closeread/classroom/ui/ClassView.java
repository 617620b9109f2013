package org.closeread.classroom.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
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
import java.util.List;
import java.util.Optional;
import org.closeread.base.ui.MainLayout;
import org.closeread.classroom.Assignment;
import org.closeread.classroom.AssignmentKind;
import org.closeread.quiz.FeedbackTiming;
import org.closeread.classroom.Classroom;
import org.closeread.classroom.ClassAdminService;
import org.closeread.classroom.LmsLinks;
import org.closeread.classroom.Member;
import org.springframework.beans.factory.ObjectProvider;
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

    private final ClassAdminService classrooms;
    private final Optional<LmsLinks> lms;
    private final String teacher;
    private Classroom classroom;

    ClassView(ClassAdminService classrooms, ObjectProvider<LmsLinks> lms, AuthenticationContext authentication) {
        this.classrooms = classrooms;
        this.lms = Optional.ofNullable(lms.getIfAvailable());
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
        Anchor back = new Anchor("teacher/classes", Translations.text("back-to", Translations.text("classroom.class-list-view.your-classes")));
        back.addClassName("back-link");
        if (classroom == null) {
            add(back, new H1(Translations.text("classroom.class-view.class-not-found")), new Paragraph(Translations.text("classroom.class-view.none-of-your-classes")));
            return;
        }
        add(back, new H1(classroom.name()), codeBox(), assignments(), course(), students());
        lms.flatMap(links -> links.roster(teacher, classroom.id(), false)).ifPresent(roster -> add(roster(roster)));
        add(retention(), deletion());
    }

    /** The LMS course's learners (Names and Role Provisioning), and who of them has not opened CloseRead yet. */
    private Component roster(LmsLinks.Roster roster) {
        Div section = new Div(new H2(getTranslation("lti.roster.heading")));
        section.addClassName("class-section");
        section.setId("lti-roster");
        if (roster.failedAt().isPresent()) {
            Paragraph problem = new Paragraph(roster.fetchedAt().isPresent()
                    ? getTranslation("lti.roster.unreachable", JOINED.format(roster.failedAt().get()),
                            JOINED.format(roster.fetchedAt().get()))
                    : getTranslation("lti.roster.unreachable.never", JOINED.format(roster.failedAt().get())));
            problem.setId("lti-roster-problem");
            problem.addClassName("form-error");
            problem.getElement().setAttribute("role", "status");
            section.add(problem);
        }
        if (roster.fetchedAt().isPresent()) {
            Paragraph summary = new Paragraph(getTranslation("lti.roster.summary", roster.learners().size(),
                    roster.notLaunched().size(), JOINED.format(roster.fetchedAt().get())));
            summary.setId("lti-roster-summary");
            DataTable<LmsLinks.RosterMember> table = new DataTable<LmsLinks.RosterMember>(
                    getTranslation("lti.roster.heading"), LmsLinks.RosterMember::userId)
                    .text(getTranslation("lti.roster.name"), LmsLinks.RosterMember::name)
                    .text(getTranslation("lti.roster.launched"), m -> getTranslation(m.launched()
                            ? "lti.roster.launched.yes" : "lti.roster.launched.no"));
            table.setId("lti-roster-table");
            table.setRows(roster.learners());
            section.add(summary, table);
        }
        Button again = new Button(getTranslation("lti.roster.refresh"), click -> {
            LmsLinks.Roster fresh = lms.flatMap(links -> links.roster(teacher, classroom.id(), true)).orElse(roster);
            render();
            if (fresh.failedAt().isEmpty()) {
                Notification.show(getTranslation("lti.roster.refreshed"));
            }
        });
        again.setId("lti-roster-refresh");
        section.add(again);
        return section;
    }

    private Component codeBox() {
        Span code = new Span(classroom.code().shown());
        code.setId("class-code");
        code.addClassName("class-code");
        Paragraph how = new Paragraph(Translations.text("classroom.class-view.students-open-join-a"));
        Paragraph state = new Paragraph(Translations.text(classroom.open() ? "class.state.open" : "class.state.closed"));
        state.setId("class-state");
        Button toggle = new Button(Translations.text(classroom.open() ? "class.close" : "class.open"),
                click -> update(classrooms.setOpen(teacher, classroom.id(), !classroom.open())));
        toggle.setId("toggle-class");
        Div box = new Div(new Paragraph(new Span(Translations.text("classroom.class-view.join-code")), code), how, state, toggle);
        box.addClassName("class-code-box");
        return box;
    }

    /** When the assignment's students see feedback: as the lesson says, after each question, or at the end. */
    private Component feedbackChoice(Assignment assignment) {
        Select<String> feedback = new Select<>();
        feedback.setItems(FEEDBACK_AS_LESSON, FEEDBACK_AFTER_EACH, FEEDBACK_AT_END);
        feedback.setItemLabelGenerator(key -> Translations.text(key));
        feedback.setValue(assignment.feedback().map(f -> f == FeedbackTiming.AT_END ? FEEDBACK_AT_END
                : FEEDBACK_AFTER_EACH).orElse(FEEDBACK_AS_LESSON));
        feedback.setAriaLabel(Translations.text("class.feedback-for", assignment.lessonTitle()));
        feedback.setHelperText(Translations.text(FEEDBACK_HELP));
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

    static final String FEEDBACK_AS_LESSON = "class.feedback.as-lesson";
    static final String FEEDBACK_AFTER_EACH = "class.feedback.after-each";
    static final String FEEDBACK_AT_END = "class.feedback.at-end";
    static final String FEEDBACK_HELP = "class.feedback.help";

    private Component assignments() {
        DataTable<Assignment> table = new DataTable<Assignment>(Translations.text("classroom.class-list-view.assignments"), Assignment::lessonSlug)
                .text(Translations.text("classroom.class-view.lesson"), Assignment::lessonTitle)
                .text(Translations.text("classroom.class-view.students-go-to"), a -> Translations.text("assignment.kind." + a.kind().name().toLowerCase()))
                .text(getTranslation("path.column"), a -> getTranslation("path." + a.lessonPath().id()))
                .text(Translations.text("classroom.class-view.state"), a -> Translations.text(a.open() ? "class.assignment.open" : "class.assignment.closed"))
                .component(Translations.text("classroom.class-view.feedback"), this::feedbackChoice)
                .component(Translations.text("classroom.class-view.follow"), a -> new Div(
                        new Anchor(DashboardView.path(classroom.id(), a.id()), Translations.text("class.dashboard-link")),
                        new Span(" · "),
                        new Anchor(ResultsView.path(classroom.id(), a.id()), Translations.text("class.results-link"))))
                .component(Translations.text("classroom.class-view.change"), a -> {
                    Button toggle = new Button(Translations.text(a.open() ? "class.assignment.close" : "class.assignment.reopen"), click -> update(
                            classrooms.setAssignmentOpen(teacher, classroom.id(), a.id(), !a.open())));
                    toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    toggle.getElement().setAttribute("aria-label", Translations.text(a.open() ? "class.assignment.close.label" : "class.assignment.reopen.label", a.lessonTitle()));
                    return toggle;
                });
        table.setRows(classroom.assignments());
        Select<LessonCard> lesson = new Select<>();
        lesson.setLabel(Translations.text("classroom.class-view.lesson"));
        lesson.setId("assign-lesson");
        lesson.setItems(classrooms.lessons());
        lesson.setItemLabelGenerator(LessonCard::title);
        lesson.setPlaceholder(Translations.text("classroom.class-view.choose-a-lesson"));
        RadioButtonGroup<AssignmentKind> kind = new RadioButtonGroup<>(Translations.text("classroom.class-view.students-go-to"));
        kind.setId("assign-kind");
        kind.setItems(AssignmentKind.values());
        kind.setItemLabelGenerator(k -> Translations.text("assignment.kind." + k.name().toLowerCase()));
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
                path.setHelperText(getTranslation("path.assign.helper"));
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
        Button assign = new Button(Translations.text("classroom.class-view.assign"), click -> Optional.ofNullable(lesson.getValue())
                .ifPresentOrElse(card -> update(classrooms.assign(teacher, classroom.id(), card.slug(), kind.getValue(),
                                card.twoPaths() ? path.getValue() : LessonPath.FULL)),
                        () -> {
                            lesson.setErrorMessage(Translations.text("classroom.class-view.choose-a-lesson-first"));
                            lesson.setInvalid(true);
                        }));
        assign.setId("assign-button");
        Div form = new Div(lesson, kind, path, assign, minutes);
        form.addClassName("inline-form");
        Div section = new Div(new H2(Translations.text("classroom.class-view.assignments")), classroom.assignments().isEmpty()
                ? new Paragraph(Translations.text("classroom.class-view.nothing-assigned-yet-students")) : table, form);
        section.addClassName("class-section");
        return section;
    }

    /** Assign every lesson of the course at once; and the scores per lens across the class's lessons. */
    private Component course() {
        Div section = new Div(new H2(getTranslation("class.course.heading")));
        section.addClassName("class-section");
        section.setId("class-course");
        List<LessonCard> lessons = classrooms.courseLessons();
        if (lessons.isEmpty()) {
            section.add(new Paragraph(getTranslation("class.course.none")));
        } else {
            section.add(new Paragraph(getTranslation("class.course.text", classrooms.courseTitle().orElse(""),
                    lessons.size())));
            OrderedList list = new OrderedList();
            list.addClassName("class-course-lessons");
            lessons.forEach(l -> list.add(new ListItem(l.title())));
            section.add(list);
            RadioButtonGroup<AssignmentKind> kind = new RadioButtonGroup<>(Translations.text("classroom.class-view.students-go-to"));
            kind.setId("course-kind");
            kind.setItems(AssignmentKind.values());
            kind.setItemLabelGenerator(k -> Translations.text("assignment.kind." + k.name().toLowerCase()));
            kind.setValue(AssignmentKind.LESSON);
            Button assign = new Button(getTranslation("class.course.assign"), click -> {
                update(classrooms.assignCourse(teacher, classroom.id(), kind.getValue()));
                Notification.show(getTranslation("class.course.assigned", lessons.size()));
            });
            assign.setId("assign-course");
            Div form = new Div(kind, assign);
            form.addClassName("inline-form");
            section.add(form);
        }
        if (!classroom.assignments().isEmpty()) {
            Anchor skills = new Anchor(ClassSkillsView.path(classroom.id()), getTranslation("class.skills.link"));
            skills.setId("class-skills-link");
            section.add(new Paragraph(skills));
        }
        return section;
    }

    private Component students() {
        DataTable<Member> table = new DataTable<Member>(Translations.text("classroom.class-list-view.students"), Member::name)
                .text(Translations.text("classroom.class-view.name"), Member::name)
                .text(Translations.text("classroom.class-view.joined"), m -> JOINED.format(m.joinedAt()))
                .component(Translations.text("classroom.class-view.data"), m -> {
                    Button delete = new Button(Translations.text("classroom.class-view.delete"), click -> confirmRemove(m));
                    delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    delete.getElement().setAttribute("aria-label", Translations.text("class.student.delete.label", m.name()));
                    return delete;
                });
        table.setRows(classroom.members());
        Div section = new Div(new H2(Translations.text("class.students", classroom.members().size())), classroom.members().isEmpty()
                ? new Paragraph(Translations.text("classroom.class-view.nobody-has-joined-yet")) : table);
        section.addClassName("class-section");
        return section;
    }

    private void confirmRemove(Member member) {
        ConfirmDialog confirm = new ConfirmDialog(Translations.text("class.student.delete.title", member.name()),
                Translations.text("class.student.delete.text"),
                Translations.text("classroom.class-view.delete"), event -> update(classrooms.removeStudent(teacher, classroom.id(), member.participantId())));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private Component retention() {
        IntegerField days = new IntegerField(Translations.text("classroom.class-view.delete-answers-after-days"));
        days.setId("retention-days");
        days.setMin(Classroom.RETENTION_MIN_DAYS);
        days.setMax(Classroom.RETENTION_MAX_DAYS);
        days.setStepButtonsVisible(true);
        days.setPlaceholder(String.valueOf(classrooms.defaultRetentionDays()));
        days.setHelperText(Translations.text("class.retention.help", classrooms.defaultRetentionDays()));
        classroom.retentionDays().ifPresent(days::setValue);
        Button save = new Button(Translations.text("classroom.class-view.save"), click -> {
            Integer value = days.getValue();
            if (value != null && !Classroom.validRetention(value)) {
                days.setErrorMessage(Translations.text("class.retention.bad", Classroom.RETENTION_MIN_DAYS,
                        Classroom.RETENTION_MAX_DAYS));
                days.setInvalid(true);
                return;
            }
            update(classrooms.setRetention(teacher, classroom.id(), Optional.ofNullable(value)));
        });
        save.setId("save-retention");
        Div form = new Div(days, save);
        form.addClassName("inline-form");
        Div section = new Div(new H2(Translations.text("classroom.class-view.keeping-answers")), form);
        section.addClassName("class-section");
        return section;
    }

    private Component deletion() {
        Button delete = new Button(Translations.text("classroom.class-view.delete-the-class"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(Translations.text("class.delete.title", classroom.name()),
                    Translations.text("class.delete.text"),
                    Translations.text("classroom.class-view.delete-the-class"), event -> {
                        classrooms.delete(teacher, classroom.id());
                        getUI().ifPresent(ui -> ui.navigate("teacher/classes"));
                    });
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.open();
        });
        delete.setId("delete-class");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div section = new Div(new H2(Translations.text("classroom.class-view.delete")), delete);
        section.addClassName("class-section");
        return section;
    }

    private void update(Classroom changed) {
        classroom = changed;
        render();
    }

    @Override
    public String getPageTitle() {
        return Translations.text("page.title", classroom == null ? Translations.text("classroom.class-view.class-not-found") : classroom.name());
    }

    Classroom classroom() {
        return classroom;
    }
}
