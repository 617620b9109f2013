package org.closeread.classroom.ui;

import org.closeread.base.ui.Translations;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.closeread.base.ui.MainLayout;
import org.closeread.classroom.AnswerCell;
import org.closeread.classroom.ClassReport;
import org.closeread.classroom.ClassReportService;
import org.closeread.classroom.ClassSkills;
import org.closeread.classroom.LmsLinks;
import org.closeread.classroom.Member;
import org.springframework.beans.factory.ObjectProvider;
import org.closeread.base.ui.component.TextTable;
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

    private final ClassReportService classrooms;
    private final String teacher;
    private ClassReport report;
    private Anchor csv;
    private DownloadHandler csvFile;
    private long classId;
    private long assignmentId;

    private final Optional<LmsLinks> lms;

    ResultsView(ClassReportService classrooms, ObjectProvider<LmsLinks> lms, AuthenticationContext authentication) {
        this.classrooms = classrooms;
        this.lms = Optional.ofNullable(lms.getIfAvailable());
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
            add(new Anchor("teacher/classes", Translations.text("back-to", Translations.text("classroom.class-list-view.your-classes"))), new H1(Translations.text("classroom.results-view.results-not-found")),
                    new Paragraph(Translations.text("classroom.results-view.none-of-your-classes")));
            return;
        }
        Anchor back = new Anchor(ClassView.path(classId), Translations.text("back-to", report.className()));
        back.addClassName("back-link");
        // Built again at download time, so the file has every answer stored by then. The header's words are
        // translated here, in the page's language.
        Map<String, String> headerWords = new HashMap<>();
        ResultsCsv.headerKeys().forEach(key -> headerWords.put(key, getTranslation(key)));
        csvFile = download -> {
            ClassReport now = classrooms.report(teacher, classId, assignmentId).orElseThrow();
            download.setFileName(ResultsCsv.fileName(now));
            download.setContentType(ResultsCsv.MEDIA_TYPE);
            ResultsCsv.write(now, lms.map(links -> links.lmsUsers(classId)).orElse(Map.of()), headerWords::get,
                    download.getOutputStream());
        };
        csv = new Anchor(csvFile, AttachmentType.DOWNLOAD, Translations.text("classroom.results-view.download-the-results-as"));
        csv.setId("results-csv");
        Paragraph csvHint = new Paragraph(Translations.text("results.csv.hint"));
        csvHint.addClassName("hint");

        DataTable<StudentProgress> students = new DataTable<StudentProgress>(Translations.text("classroom.class-list-view.students"), StudentProgress::name)
                .text(Translations.text("classroom.results-view.student"), StudentProgress::name)
                .text(Translations.text("classroom.results-view.finished"), s -> s.stage() == StudentProgress.Stage.FINISHED
                        ? s.lastActivity().map(FINISHED::format).orElse(Translations.text("yes")) : Translations.text("no"))
                .text(Translations.text("classroom.results-view.answered"), s -> Translations.text("dashboard.answered", s.answered(), s.total()))
                .text(Translations.text("classroom.results-view.full-marks"), s -> String.valueOf(s.answers().stream().filter(a -> a.right()).count()))
                .text(Translations.text("classroom.results-view.tries"), DashboardView::tries)
                .text(Translations.text("results.score"), s -> !s.hasAnswers() ? "–" : s.toMark() == 0 ? Translations.text("dashboard.percent", s.percent())
                        : Translations.text("results.score.marked", s.percent(), s.toMark()))
                .text(Translations.text("results.passed", report.passMark()), s -> !s.hasAnswers() ? "–" : Translations.text(s.passed() ? "yes" : "no"));
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
            DataTable<AnswerCell> table = new DataTable<AnswerCell>(Translations.text("results.answers-of", student.name()),
                    AnswerCell::questionId)
                    .text(Translations.text("classroom.results-view.question"), a -> report.question(a.questionId())
                            .map(q -> q.number() + ". " + q.prompt()).orElse(a.questionId()))
                    .text(Translations.text("classroom.results-view.answer-that-counts"), AnswerCell::answer)
                    .text(Translations.text("classroom.results-view.score"), a -> a.percent() + "%")
                    .text(Translations.text("classroom.results-view.tries"), a -> String.valueOf(a.tries()))
                    .text(Translations.text("classroom.results-view.marking"), ResultsView::marking);
            table.setRows(student.answers());
            Details details = new Details(Translations.text("results.student", student.name(), student.answered(), student.tries())
                    + (student.toMark() > 0 ? Translations.text("results.student.to-mark", student.toMark()) : ""),
                    table);
            student.answers().stream().filter(AnswerCell::markable)
                    .forEach(answer -> details.add(markingForm(student, answer)));
            details.setOpened(student.toMark() > 0);
            answers.add(details);
        }
        Anchor lenses = new Anchor(ClassSkillsView.path(classId), getTranslation("class.skills.link"));
        lenses.setId("results-skills-link");
        add(back, new H1(Translations.text("results.title", report.assignment().lessonTitle())), new Div(csv, csvHint),
                new H2(Translations.text("classroom.results-view.scores")), new ScoreChart(report.distribution()), new H2(Translations.text("classroom.results-view.by-student")), students,
                new H2(Translations.text("classroom.results-view.each-student-s-answers")), answers,
                new H2(Translations.text("classroom.results-view.by-question")), questions,
                new H2(getTranslation("class.skills.overall.heading")), lensSummary(), new Paragraph(lenses),
                new Anchor(DashboardView.path(classId, assignmentId), Translations.text("class.dashboard-link")));
    }

    /** "To mark", "Marked by ada: 2 of 3 points", or "" for an answer the app (or a self-check) scored. */
    static String marking(AnswerCell answer) {
        if (answer.toMark()) {
            return Translations.text("classroom.dashboard-view.to-mark");
        }
        return answer.mark().map(m -> Translations.text("results.marked-by", m.markedBy(), m.met().size(), m.rubric().size()))
                .orElse("");
    }

    /** The teacher marks a written answer: the rubric points it makes, and a comment the student sees. */
    private Div markingForm(StudentProgress student, AnswerCell answer) {
        String number = report.question(answer.questionId()).map(q -> String.valueOf(q.number()))
                .orElse(answer.questionId());
        CheckboxGroup<Integer> points = new CheckboxGroup<>(Translations.text("results.mark.points", number, student.name()));
        points.setItems(IntStream.range(0, answer.rubric().size()).boxed().toList());
        points.setItemLabelGenerator(answer.rubric()::get);
        points.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        TextArea comment = new TextArea(Translations.text("classroom.results-view.comment-for-the-student"));
        comment.setMaxLength(4000);
        comment.setWidthFull();
        answer.mark().ifPresent(mark -> {
            points.setValue(new HashSet<>(mark.met()));
            comment.setValue(mark.comment());
        });
        Paragraph state = new Paragraph(marking(answer));
        state.addClassName("marking-state");
        Button save = new Button(Translations.text("classroom.results-view.save-the-mark"), click -> {
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
        skills.lensesScored().forEach(lens -> headers.add(Translations.text(lens.nameKey())));
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
        return report == null ? Translations.text("page.title", Translations.text("results.not-found"))
                : Translations.text("page.title", Translations.text("results.title", report.assignment().lessonTitle()));
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
