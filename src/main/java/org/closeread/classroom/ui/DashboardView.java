package org.closeread.classroom.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.closeread.base.ui.MainLayout;
import org.closeread.classroom.ClassReport;
import org.closeread.classroom.ClassReportService;
import org.closeread.classroom.HeatMap;
import org.closeread.classroom.LiveWatchService;
import org.closeread.classroom.QuestionSummary;
import org.closeread.classroom.StudentProgress;
import org.closeread.security.TeacherAccountService;

/**
 * An assignment while the class does it: a row per student, a row per question, and heat maps of the
 * highlight questions. Rebuilt from stored answers when it opens, pushed again within a second of an
 * answer on this node, and every few seconds anyway (answers given on another node; see
 * {@link LiveWatchService#refreshSeconds()}).
 */
@Route(value = "teacher/classes/:classId/live/:assignmentId", layout = MainLayout.class)
@RolesAllowed(TeacherAccountService.TEACHER_ROLE)
class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final ClassReportService classrooms;
    private final LiveWatchService live;
    private final String teacher;
    /** A rebuild is wanted (an answer came in), one is under way, the page is still watching. */
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final AtomicBoolean building = new AtomicBoolean();
    private volatile boolean watching;
    private static final long MIN_GAP_NANOS = 1_000_000_000L;
    private long classId;
    private long assignmentId;
    private ClassReport report;
    private final Paragraph updated = new Paragraph();
    private final DataTable<StudentProgress> students = new DataTable<StudentProgress>(Translations.text("classroom.class-list-view.students"),
            StudentProgress::name)
            .text(Translations.text("classroom.dashboard-view.student"), StudentProgress::name)
            .text(Translations.text("classroom.dashboard-view.now-at"), DashboardView::nowAt)
            .text(Translations.text("classroom.dashboard-view.answers"), s -> Translations.text("dashboard.answered", s.answered(), s.total()))
            .text(Translations.text("classroom.dashboard-view.tries"), DashboardView::tries)
            .text(Translations.text("dashboard.score-so-far"), s -> s.scoreSoFar().isPresent()
                    ? Translations.text(s.toMark() > 0 ? "dashboard.score-so-far.marked" : "dashboard.percent", s.scoreSoFar().getAsInt())
                    : "–")
            .text(Translations.text("classroom.dashboard-view.to-mark"), s -> s.toMark() == 0 ? "–"
                    : Translations.text("dashboard.to-mark", s.toMark()))
            .text(Translations.text("classroom.dashboard-view.last-activity"), s -> s.lastActivity().map(DashboardView::ago).orElse("–"));
    private final QuestionTable questions = new QuestionTable();
    private final Div heatMaps = new Div();
    private final Set<String> openHeatMaps = new HashSet<>();
    private Runnable stopWatching;
    private Registration polling;
    private Instant shownAll;
    private java.util.List<QuestionSummary> shownQuestions;
    private final java.util.Map<String, Details> heatDetails = new java.util.HashMap<>();
    private final java.util.Map<String, HeatMap> heatShown = new java.util.HashMap<>();

    DashboardView(ClassReportService classrooms, LiveWatchService live, AuthenticationContext authentication) {
        this.classrooms = classrooms;
        this.live = live;
        this.teacher = authentication.getPrincipalName().orElseThrow();
        addClassName("dashboard-view");
        students.setId("dashboard-students");
        questions.setId("dashboard-questions");
        updated.setId("dashboard-updated");
        updated.addClassName("dashboard-updated");
    }

    /** The tries a student made, and which questions took more than one ("7; Q3 ×2"). */
    static String tries(StudentProgress student) {
        if (!student.hasAnswers()) {
            return "–";
        }
        String more = student.answers().stream().filter(a -> a.tries() > 1)
                .map(a -> a.questionId() + " ×" + a.tries()).collect(java.util.stream.Collectors.joining(", "));
        return student.tries() + (more.isEmpty() ? "" : " (" + more + ")");
    }

    static String path(long classId, long assignmentId) {
        return ClassView.path(classId) + "/live/" + assignmentId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        classId = event.getRouteParameters().getLong("classId").orElse(-1L);
        assignmentId = event.getRouteParameters().getLong("assignmentId").orElse(-1L);
        report = classrooms.report(teacher, classId, assignmentId).orElse(null);
        removeAll();
        stopWatching();
        if (report == null) {
            add(new Anchor("teacher/classes", Translations.text("back-to", Translations.text("classroom.class-list-view.your-classes"))), new H1(Translations.text("classroom.dashboard-view.dashboard-not-found")),
                    new Paragraph(Translations.text("classroom.dashboard-view.none-of-your-classes")));
            return;
        }
        Anchor back = new Anchor(ClassView.path(classId), Translations.text("back-to", report.className()));
        back.addClassName("back-link");
        Paragraph how = new Paragraph(Translations.text("dashboard.how"));
        how.addClassName("dashboard-how");
        heatMaps.addClassName("heat-maps");
        shownAll = null;
        shownQuestions = null;
        heatMaps.removeAll();
        heatDetails.clear();
        heatShown.clear();
        add(back, new H1(Translations.text("dashboard.title", report.assignment().lessonTitle())), how, updated, new H2(Translations.text("classroom.dashboard-view.students")), students,
                new H2(Translations.text("classroom.dashboard-view.questions")), questions, heatMaps,
                new Anchor(ResultsView.path(classId, assignmentId), Translations.text("dashboard.results-link")));
        show();
        watch(event.getUI());
    }

    private void watch(UI ui) {
        stopWatching();
        watching = true;
        stopWatching = live.watch(teacher, classId, () -> rebuildAway(ui));
        ui.setPollInterval(live.refreshSeconds() * 1000);
        polling = ui.addPollListener(poll -> rebuildAway(ui));
    }

    /**
     * Builds the report on a thread of its own and then shows it: reading a large class's answers takes a
     * while, and the page (the teacher's clicks, the pushes) must not wait for it. Many answers at once
     * become one rebuild, and rebuilds start at most once a second.
     */
    private void rebuildAway(UI ui) {
        wanted.set(true);
        if (!watching || !building.compareAndSet(false, true)) {
            return;   // the build under way goes again when it is done
        }
        Thread.ofVirtual().name("dashboard-report-" + assignmentId).start(() -> {
            try {
                while (watching && wanted.getAndSet(false)) {
                    long started = System.nanoTime();
                    Optional<ClassReport> fresh = classrooms.report(teacher, classId, assignmentId);
                    if (fresh.isEmpty()) {
                        break;
                    }
                    ui.access(() -> {
                        report = fresh.get();
                        show();
                    });
                    long rest = MIN_GAP_NANOS - (System.nanoTime() - started);
                    if (rest > 0) {
                        Thread.sleep(rest / 1_000_000);
                    }
                }
            } catch (UIDetachedException | InterruptedException gone) {
                watching = false;
            } finally {
                building.set(false);
            }
            if (watching && wanted.get()) {
                rebuildAway(ui);   // an answer came in between the last check and the end
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopWatching();
        event.getUI().setPollInterval(-1);
    }

    private void stopWatching() {
        watching = false;
        if (stopWatching != null) {
            stopWatching.run();
            stopWatching = null;
        }
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    /**
     * Shows the report. Only what changed is built again: the rows of students who answered, the questions
     * and heat maps only when their numbers moved; every row once a minute, so "Last activity" stays true.
     */
    private void show() {
        updated.setText(Translations.text("dashboard.updated", CLOCK.format(Instant.now()), report.students().size()));
        Instant now = Instant.now();
        boolean everything = shownAll == null || Duration.between(shownAll, now).toSeconds() >= 60;
        if (everything) {
            shownAll = now;
        }
        students.setRows(report.students(), everything);
        if (report.questions().equals(shownQuestions)) {
            return;
        }
        shownQuestions = report.questions();
        questions.show(report.questions());
        for (QuestionSummary question : report.questions()) {
            question.heatMap().ifPresent(heat -> {
                Details was = heatDetails.get(question.questionId());
                if (was != null && heat.equals(heatShown.get(question.questionId()))) {
                    return;
                }
                Details details = new Details(Translations.text("dashboard.heat-map", question.number(), question.prompt()),
                        new HeatMapView(heat));
                details.addClassName("heat-map-details");
                // Rebuilt when its marks change: a heat map the teacher opened stays open.
                details.setOpened(openHeatMaps.contains(question.questionId()));
                details.addOpenedChangeListener(change -> {
                    if (change.isOpened()) {
                        openHeatMaps.add(question.questionId());
                    } else {
                        openHeatMaps.remove(question.questionId());
                    }
                });
                if (was == null) {
                    heatMaps.add(details);
                } else {
                    heatMaps.replace(was, details);
                }
                heatDetails.put(question.questionId(), details);
                heatShown.put(question.questionId(), heat);
            });
        }
    }

    static String ago(Instant when) {
        long seconds = Math.max(0, Duration.between(when, Instant.now()).toSeconds());
        if (seconds < 10) {
            return Translations.text("ago.now");
        }
        if (seconds < 60) {
            return Translations.text("ago.seconds", seconds);
        }
        if (seconds < 3600) {
            return Translations.text("ago.minutes", seconds / 60);
        }
        return CLOCK.format(when);
    }

    @Override
    public String getPageTitle() {
        return report == null ? Translations.text("page.title", Translations.text("dashboard.not-found"))
                : Translations.text("page.title", Translations.text("dashboard.title", report.assignment().lessonTitle()));
    }

    /** "Not started", "Question 4 of 20" or "Finished". */
    static String nowAt(StudentProgress student) {
        return switch (student.stage()) {
            case NOT_STARTED -> Translations.text("dashboard.stage.not-started");
            case ANSWERING -> Translations.text("quiz.position", student.question(), student.total());
            case FINISHED -> Translations.text("dashboard.stage.finished");
        };
    }

    ClassReport report() {
        return report;
    }

    DataTable<StudentProgress> studentTable() {
        return students;
    }
}
