package org.closeread.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.stream.IntStream;
import org.closeread.base.ui.MainLayout;
import org.closeread.classroom.AnswerCell;
import org.closeread.classroom.ClassReport;
import org.closeread.classroom.ClassSkills;
import org.closeread.classroom.Member;
import org.closeread.base.ui.component.TextTable;
import org.closeread.classroom.ClassroomService;
import org.closeread.classroom.ResultsCsv;
import org.closeread.classroom.StudentProgress;
import org.closeread.security.TeacherAccountService;

/**
 * An assignment's results: the score distribution, a table per student and per question, and the CSV
 * (one row per student and question), built from the stored answers when it is downloaded. Written answers
 * in a class wait "to mark": the teacher marks each against its rubric here, with an optional comment.
 */
@Route(value = "teacher/classes/:classId/results/:assignmentId", layout = MainLayout.class)
@RolesAllowed(TeacherAccountService.TEACHER_ROLE)
class ResultsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter FINISHED = ClassView.JOINED;

    private final ClassroomService classrooms;
    private final String teacher;
    private ClassReport report;
    private Anchor csv;
    private DownloadHandler csvFile;
    private long classId;
    private long assignmentId;

    ResultsView(ClassroomService classrooms, AuthenticationContext authentication) {
        this.classrooms = classrooms;
        this.teacher = authentication.getPrincipalName().orElseThrow();
        addClassName("results-view");
    }

    static String path(long classId, long assignmentId) {
        return ClassView.path(classId) + "/results/" + assignmentId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        classId = event.getRouteParameters().getLong("classId").orElse(-1L);
        assignmentId = event.getRouteParameters().getLong("assignmentId").orElse(-1L);
        build();
    }

    private void build() {
        report = classrooms.report(teacher, classId, assignmentId).orElse(null);
        removeAll();
        if (report == null) {
            add(new Anchor("teacher/classes", "← Your classes"), new H1("Results not found"),
                    new Paragraph("None of your classes has this assignment, or its lesson has no quiz."));
            return;
        }
        Anchor back = new Anchor(ClassView.path(classId), "← " + report.className());
        back.addClassName("back-link");
        // Built again at download time, so the file has every answer stored by then.
        csvFile = download -> {
            ClassReport now = classrooms.report(teacher, classId, assignmentId).orElseThrow();
            download.setFileName(ResultsCsv.fileName(now));
            download.setContentType(ResultsCsv.MEDIA_TYPE);
            ResultsCsv.write(now, download.getOutputStream());
        };
        csv = new Anchor(csvFile, AttachmentType.DOWNLOAD, "Download the results as CSV");
        csv.setId("results-csv");
        Paragraph csvHint = new Paragraph("One row per student and question, with the answer that counts, its"
                + " score, how many tries the question took and when it was given. Opens in any spreadsheet.");
        csvHint.addClassName("hint");

        DataTable<StudentProgress> students = new DataTable<StudentProgress>("Students", StudentProgress::name)
                .text("Student", StudentProgress::name)
                .text("Finished", s -> s.stage() == StudentProgress.Stage.FINISHED
                        ? s.lastActivity().map(FINISHED::format).orElse("yes") : "no")
                .text("Answered", s -> s.answered() + " of " + s.total())
                .text("Full marks", s -> String.valueOf(s.answers().stream().filter(a -> a.right()).count()))
                .text("Tries", DashboardView::tries)
                .text("Score", StudentProgress::scoreText)
                .text("Passed (" + report.passMark() + "%)", s -> !s.hasAnswers() ? "–" : s.passed() ? "yes" : "no");
        students.setId("results-students");
        students.setRows(report.students());
        QuestionTable questions = new QuestionTable();
        questions.setId("results-questions");
        questions.show(report.questions());
        Div answers = new Div();
        answers.setId("results-answers");
        for (StudentProgress student : report.students()) {
            if (!student.hasAnswers()) {
                continue;
            }
            DataTable<AnswerCell> table = new DataTable<AnswerCell>("Answers of " + student.name(),
                    AnswerCell::questionId)
                    .text("Question", a -> report.question(a.questionId())
                            .map(q -> q.number() + ". " + q.prompt()).orElse(a.questionId()))
                    .text("Answer that counts", AnswerCell::answer)
                    .text("Score", a -> a.percent() + "%")
                    .text("Tries", a -> String.valueOf(a.tries()))
                    .text("Marking", AnswerCell::marking);
            table.setRows(student.answers());
            Details details = new Details(student.name() + ": " + student.answered() + " answered, "
                    + student.tries() + " tries" + (student.toMark() > 0 ? ", " + student.toMark() + " to mark" : ""),
                    table);
            student.answers().stream().filter(AnswerCell::markable)
                    .forEach(answer -> details.add(markingForm(student, answer)));
            details.setOpened(student.toMark() > 0);
            answers.add(details);
        }
        Anchor lenses = new Anchor(ClassSkillsView.path(classId), getTranslation("class.skills.link"));
        lenses.setId("results-skills-link");
        add(back, new H1("Results: " + report.assignment().lessonTitle()), new Div(csv, csvHint),
                new H2("Scores"), new ScoreChart(report.distribution()), new H2("By student"), students,
                new H2("Each student's answers"), answers,
                new H2("By question"), questions,
                new H2(getTranslation("class.skills.overall.heading")), lensSummary(), new Paragraph(lenses),
                new Anchor(DashboardView.path(classId, assignmentId), "Live dashboard"));
    }

    /** The teacher marks a written answer: the rubric points it makes, and a comment the student sees. */
    private Div markingForm(StudentProgress student, AnswerCell answer) {
        String number = report.question(answer.questionId()).map(q -> String.valueOf(q.number()))
                .orElse(answer.questionId());
        CheckboxGroup<Integer> points = new CheckboxGroup<>("Question " + number + ": which points does "
                + student.name() + "'s answer make?");
        points.setItems(IntStream.range(0, answer.rubric().size()).boxed().toList());
        points.setItemLabelGenerator(answer.rubric()::get);
        points.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        TextArea comment = new TextArea("Comment for the student (optional)");
        comment.setMaxLength(4000);
        comment.setWidthFull();
        answer.mark().ifPresent(mark -> {
            points.setValue(new HashSet<>(mark.met()));
            comment.setValue(mark.comment());
        });
        Paragraph state = new Paragraph(answer.toMark() ? "To mark" : answer.marking());
        state.addClassName("marking-state");
        Button save = new Button("Save the mark", click -> {
            classrooms.mark(teacher, classId, assignmentId, student.participantId(), answer.questionId(),
                    points.getValue(), comment.getValue());
            build();
        });
        Div form = new Div(state, points, comment, save);
        form.addClassName("marking-form");
        form.setId("mark-" + student.participantId() + "-" + answer.questionId());
        return form;
    }

    /** Each student's score per lens over all the class's lessons; the page it links to shows them lesson by lesson. */
    private com.vaadin.flow.component.Component lensSummary() {
        ClassSkills skills = classrooms.skills(teacher, classId).orElse(null);
        if (skills == null || !skills.anyAnswers()) {
            return new Paragraph(getTranslation("class.skills.none"));
        }
        java.util.List<String> headers = new java.util.ArrayList<>(java.util.List.of(
                getTranslation("class.skills.student")));
        skills.lensesScored().forEach(lens -> headers.add(lens.label()));
        java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
        for (Member member : skills.members()) {
            java.util.List<String> row = new java.util.ArrayList<>(java.util.List.of(member.name()));
            skills.lensesScored().forEach(lens -> row.add(skills.overall(member.participantId(), lens)
                    .map(s -> getTranslation("class.skills.cell", s.percent(), s.questions())).orElse("—")));
            rows.add(row);
        }
        TextTable table = new TextTable(getTranslation("class.skills.overall.caption", skills.lessons().size()),
                headers, rows);
        table.setId("results-lenses");
        return TextTable.titled(table);
    }

    @Override
    public String getPageTitle() {
        return report == null ? "Results not found — CloseRead"
                : "Results: " + report.assignment().lessonTitle() + " — CloseRead";
    }

    ClassReport report() {
        return report;
    }

    Anchor csvLink() {
        return csv;
    }

    DownloadHandler csvDownload() {
        return csvFile;
    }
}
