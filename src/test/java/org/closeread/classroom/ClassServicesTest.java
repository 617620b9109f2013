package org.closeread.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.closeread.base.GuessThrottle;
import org.closeread.quiz.AttemptView;
import org.closeread.quiz.Participant;
import org.closeread.quiz.PromptView;
import org.closeread.quiz.QuestionType;
import org.closeread.quiz.QuizService;
import org.closeread.quiz.TrueFalseAnswer;
import org.closeread.security.TeacherAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class ClassServicesTest {

    static final String SLUG = "china-russia-defence-ministers";
    static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    JoinService joins;
    @Autowired
    ClassReportService reports;
    @Autowired
    LiveWatchService live;
    @Autowired
    ClassRetentionService retention;
    @Autowired
    ClassAdminService admin;

    @Autowired
    QuizService quizzes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TeacherAccountService teachers;

    @BeforeEach
    void teachers() {
        for (String name : new String[] {"ada", "grace"}) {
            if (!teachers.exists(name)) {
                teachers.create(name, name, PASSWORD);
            }
        }
    }

    /** A browser of its own on an address of its own, so throttling in one test never touches another. */
    static JoinClient newClient() {
        int n = CLIENTS.incrementAndGet();
        return new JoinClient("192.0.2." + n, "browser-" + n);
    }

    private Classroom classWithQuiz() {
        Classroom created = admin.create("ada", "8B English");
        return admin.assign("ada", created.id(), SLUG, AssignmentKind.QUIZ);
    }

    private Participant join(Classroom classroom, String name) {
        JoinOutcome outcome = joins.join(classroom.code().shown(), name, newClient(), Optional.empty());
        return ((JoinOutcome.Joined) outcome).participant();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void a_new_class_is_open_and_has_its_own_join_code() {
        Classroom one = admin.create("ada", "  8B   English ");
        Classroom two = admin.create("ada", "8C");

        assertThat(one.name()).isEqualTo("8B English");
        assertThat(one.open()).isTrue();
        assertThat(one.code()).isNotEqualTo(two.code());
        assertThat(admin.classes("ada")).extracting(Classroom::id).contains(one.id(), two.id());
    }

    @Test
    void another_teacher_finds_nothing_of_a_class_and_cannot_change_it() {
        Classroom mine = classWithQuiz();
        long assignment = mine.assignments().get(0).id();

        assertThat(admin.classroom("grace", mine.id())).isEmpty();
        assertThat(admin.classes("grace")).extracting(Classroom::id).doesNotContain(mine.id());
        assertThat(reports.report("grace", mine.id(), assignment)).isEmpty();
        assertThatThrownBy(() -> admin.setOpen("grace", mine.id(), false)).hasMessage("No such class.");
        assertThatThrownBy(() -> admin.delete("grace", mine.id())).hasMessage("No such class.");
        assertThatThrownBy(() -> live.watch("grace", mine.id(), () -> { })).hasMessage("No such class.");
        assertThat(admin.classroom("ada", mine.id())).isPresent();
    }

    @Test
    void a_student_joins_with_the_code_and_a_name_and_lands_in_the_one_open_assignment() {
        Classroom classroom = classWithQuiz();

        JoinOutcome outcome = joins.join(classroom.code().value().toLowerCase(), " Sam ", newClient(),
                Optional.empty());

        JoinOutcome.Joined joined = (JoinOutcome.Joined) outcome;
        assertThat(joined.participant().displayName()).isEqualTo("Sam");
        assertThat(joined.place().className()).isEqualTo("8B English");
        assertThat(joined.place().landing()).contains("lessons/" + SLUG + "/quiz");
        assertThat(admin.classroom("ada", classroom.id()).orElseThrow().members())
                .extracting(Member::name).containsExactly("Sam");
    }

    @Test
    void a_name_is_needed_to_join() {
        Classroom classroom = classWithQuiz();

        assertThat(joins.join(classroom.code().value(), "  ", newClient(), Optional.empty()))
                .isEqualTo(new JoinOutcome.Refused(JoinOutcome.Field.NAME, JoinOutcome.NAME_NEEDED, StudentName.MAX_LENGTH));
    }

    @Test
    void a_wrong_or_closed_code_gets_a_clear_message() {
        Classroom classroom = classWithQuiz();
        admin.setOpen("ada", classroom.id(), false);

        JoinOutcome closed = joins.join(classroom.code().value(), "Sam", newClient(), Optional.empty());
        JoinOutcome wrong = joins.join("ZZZ-ZZZ", "Sam", newClient(), Optional.empty());

        assertThat(closed).isEqualTo(new JoinOutcome.Refused(JoinOutcome.Field.CODE, JoinOutcome.NO_OPEN_CLASS));
        assertThat(wrong).isEqualTo(closed);
    }

    @Test
    void repeated_wrong_codes_make_that_client_wait_but_never_lock_others_out_of_the_real_class() {
        Classroom classroom = classWithQuiz();
        JoinClient guesser = newClient();
        JoinOutcome last = null;
        for (int i = 0; i < org.closeread.base.GuessThrottle.FREE_PER_BROWSER; i++) {
            last = joins.join("ZZZ-ZZ" + (char) ('A' + i), "Guesser", guesser, Optional.empty());
        }

        assertThat((JoinOutcome.Refused) last).isEqualTo(new JoinOutcome.Refused(JoinOutcome.Field.CODE, GuessThrottle.WAIT, 30L));
        JoinOutcome evenRight = joins.join(classroom.code().value(), "Guesser", guesser, Optional.empty());
        assertThat(((JoinOutcome.Refused) evenRight).message()).isEqualTo(GuessThrottle.WAIT);
        assertThat(joins.join(classroom.code().value(), "Sam", newClient(), Optional.empty()))
                .as("a classmate elsewhere joins the real class").isInstanceOf(JoinOutcome.Joined.class);
    }

    @Test
    void a_right_code_never_counts_as_a_failure() {
        Classroom classroom = classWithQuiz();
        JoinClient sharedTablet = newClient();

        for (int i = 0; i < 3 * org.closeread.base.GuessThrottle.FREE_PER_BROWSER; i++) {
            assertThat(joins.join(classroom.code().value(), "Student " + i, sharedTablet, Optional.empty()))
                    .isInstanceOf(JoinOutcome.Joined.class);
        }
    }

    @Test
    void the_same_browser_typing_the_code_again_comes_back_as_the_same_student() {
        Classroom classroom = classWithQuiz();
        Participant sam = join(classroom, "Sam");

        JoinOutcome again = joins.join(classroom.code().value(), "", newClient(), Optional.of(sam));

        assertThat(((JoinOutcome.Joined) again).participant()).isEqualTo(sam);
        assertThat(admin.classroom("ada", classroom.id()).orElseThrow().members()).hasSize(1);
    }

    @Test
    void a_student_comes_back_in_another_browser_with_the_resume_code() {
        Classroom classroom = classWithQuiz();
        Participant sam = join(classroom, "Sam");

        JoinOutcome back = joins.resume(sam.shownCode().toLowerCase(), newClient());

        assertThat(((JoinOutcome.Joined) back).participant()).isEqualTo(sam);
        assertThat(((JoinOutcome.Joined) back).place().classId()).isEqualTo(classroom.id());
        assertThat(joins.resume("ZZZZ-ZZZZ", newClient()))
                .isEqualTo(new JoinOutcome.Refused(JoinOutcome.Field.RESUME_CODE, JoinOutcome.NO_RESUME));
    }

    @Test
    void closing_an_assignment_hides_it_from_students() {
        Classroom classroom = classWithQuiz();
        Participant sam = join(classroom, "Sam");

        admin.setAssignmentOpen("ada", classroom.id(), classroom.assignments().get(0).id(), false);

        StudentClass place = joins.place(sam).orElseThrow();
        assertThat(place.assignments()).isEmpty();
        assertThat(place.open()).isTrue();
    }

    private AttemptView answerATrueFalse(Participant student, boolean value) {
        AttemptView attempt = quizzes.attempt(student, SLUG, "quiz").orElseThrow();
        PromptView question = attempt.quiz().questions().stream().filter(q -> q.type() == QuestionType.TRUE_FALSE)
                .findFirst().orElseThrow();
        quizzes.answer(student, attempt.id(), question.id(), new TrueFalseAnswer(value));
        return attempt;
    }

    @Test
    void the_report_is_built_from_stored_answers() {
        Classroom classroom = classWithQuiz();
        Participant sam = join(classroom, "Sam");
        join(classroom, "Ali");
        AttemptView attempt = answerATrueFalse(sam, false);
        int answered = attempt.quiz().indexOf(attempt.quiz().questions().stream()
                .filter(q -> q.type() == QuestionType.TRUE_FALSE).findFirst().orElseThrow().id());

        ClassReport report = reports.report("ada", classroom.id(), classroom.assignments().get(0).id())
                .orElseThrow();

        assertThat(report.students()).extracting(StudentProgress::name).containsExactly("Ali", "Sam");
        assertThat(report.students().get(1).answered()).isEqualTo(1);
        assertThat(report.students().get(1).stage()).isEqualTo(StudentProgress.Stage.ANSWERING);
        assertThat(report.students().get(1).question()).isEqualTo(answered + 2);
        assertThat(report.students().get(1).total()).isEqualTo(attempt.quiz().questions().size());
        assertThat(report.students().get(0).stage()).isEqualTo(StudentProgress.Stage.NOT_STARTED);
        assertThat(report.questions().stream().filter(q -> q.answered() == 1)).hasSize(1);
        assertThat(reports.report("ada", classroom.id(), classroom.assignments().get(0).id()))
                .as("built again from the database, the same").contains(report);
    }

    @Test
    void an_answer_reaches_the_watchers_of_the_class_once_it_is_committed() throws Exception {
        Classroom classroom = classWithQuiz();
        Participant sam = join(classroom, "Sam");
        Classroom other = classWithQuiz();
        CountDownLatch told = new CountDownLatch(1);
        AtomicInteger otherTold = new AtomicInteger();
        Runnable stop = live.watch("ada", classroom.id(), told::countDown);
        Runnable stopOther = live.watch("ada", other.id(), otherTold::incrementAndGet);
        // Making the other class is itself news for its watchers, delivered on the broadcaster's own thread
        // (late when the machine is busy): let it pass before the answer is given.
        Thread.sleep(300);
        otherTold.set(0);

        answerATrueFalse(sam, true);

        assertThat(told.await(2, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        assertThat(otherTold).as("only the student's own class hears of it").hasValue(0);
        stop.run();
        stopOther.run();
    }

    @Test
    void removing_a_student_deletes_their_name_attempts_and_answers() {
        Classroom classroom = classWithQuiz();
        Participant sam = join(classroom, "Sam");
        Participant ali = join(classroom, "Ali");
        answerATrueFalse(sam, true);

        Classroom after = admin.removeStudent("ada", classroom.id(), sam.id());

        assertThat(after.members()).extracting(Member::name).containsExactly("Ali");
        assertThat(count("select count(*) from participant where id = ?", sam.id())).isZero();
        assertThat(count("select count(*) from attempt where participant_id = ?", sam.id())).isZero();
        assertThat(count("select count(*) from participant where id = ?", ali.id())).isOne();
        assertThat(quizzes.resume(sam.resumeCode())).isEmpty();
    }

    @Test
    void deleting_a_class_deletes_its_assignments_students_and_answers() {
        Classroom classroom = classWithQuiz();
        Participant sam = join(classroom, "Sam");
        AttemptView attempt = answerATrueFalse(sam, true);

        admin.delete("ada", classroom.id());

        assertThat(admin.classroom("ada", classroom.id())).isEmpty();
        assertThat(count("select count(*) from assignment where classroom_id = ?", classroom.id())).isZero();
        assertThat(count("select count(*) from classroom_member where classroom_id = ?", classroom.id())).isZero();
        assertThat(count("select count(*) from participant where id = ?", sam.id())).isZero();
        assertThat(count("select count(*) from answer where attempt_id = ?", attempt.id())).isZero();
    }

    @Test
    void retention_deletes_attempts_older_than_the_class_keeps_them() {
        Classroom keepsOneDay = classWithQuiz();
        admin.setRetention("ada", keepsOneDay.id(), Optional.of(1));
        Classroom keepsLong = classWithQuiz();
        Participant sam = join(keepsOneDay, "Sam");
        Participant ali = join(keepsLong, "Ali");
        answerATrueFalse(sam, true);
        answerATrueFalse(ali, true);

        retention.applyRetention(Instant.now().plus(Duration.ofDays(2)));

        assertThat(count("select count(*) from attempt where participant_id = ?", sam.id())).isZero();
        assertThat(count("select count(*) from participant where id = ?", sam.id()))
                .as("a student with nothing left is forgotten").isZero();
        assertThat(count("select count(*) from attempt where participant_id = ?", ali.id()))
                .as("the default keeps " + admin.defaultRetentionDays() + " days").isOne();
    }

    @Test
    void retention_outside_its_limits_is_refused() {
        Classroom classroom = classWithQuiz();

        assertThatThrownBy(() -> admin.setRetention("ada", classroom.id(), Optional.of(0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(admin.setRetention("ada", classroom.id(), Optional.of(30)).retentionDays()).contains(30);
        assertThat(admin.setRetention("ada", classroom.id(), Optional.empty()).retentionDays()).isEmpty();
    }
}
