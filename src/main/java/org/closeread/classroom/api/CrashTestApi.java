package org.closeread.classroom.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.closeread.classroom.AssignmentKind;
import org.closeread.classroom.ClassAdminService;
import org.closeread.classroom.Classroom;
import org.closeread.classroom.JoinClient;
import org.closeread.classroom.JoinOutcome;
import org.closeread.classroom.JoinService;
import org.closeread.classroom.LiveWatchService;
import org.closeread.quiz.AnswerTry;
import org.closeread.quiz.AttemptView;
import org.closeread.quiz.FeedbackTiming;
import org.closeread.quiz.Participant;
import org.closeread.quiz.QuizService;
import org.closeread.quiz.WrittenAnswer;
import org.closeread.security.TeacherAccountService;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Only with the Spring profile {@code crashtest}, and only from the loopback address: a plain-text way
 * into the same services the student and teacher pages use (join, answer, watch a class), for the crash
 * test (scripts/crash-test.sh) and the two-process test. Students otherwise answer only through the
 * Vaadin pages, whose protocol is not meant to be scripted; see docs/reliability.md.
 */
@RestController
@Profile("crashtest")
class CrashTestApi {

    static final String TEACHER = "crashtest";
    static final String LESSON = "china-russia-defence-ministers";
    static final String QUESTION = "q-written-lateral";

    private final TeacherAccountService teachers;
    private final ClassAdminService admin;
    private final JoinService joins;
    private final LiveWatchService live;
    private final QuizService quizzes;
    private final Map<Long, AtomicLong> heard = new ConcurrentHashMap<>();

    CrashTestApi(TeacherAccountService teachers, ClassAdminService admin, JoinService joins, LiveWatchService live,
                 QuizService quizzes) {
        this.teachers = teachers;
        this.admin = admin;
        this.joins = joins;
        this.live = live;
        this.quizzes = quizzes;
    }

    /** The crash-test class (made on the first call): "classId joinCode". */
    @PostMapping("/crashtest/class")
    synchronized ResponseEntity<String> setUp(HttpServletRequest request) {
        if (!loopback(request)) {
            return ResponseEntity.notFound().build();
        }
        if (!teachers.exists(TEACHER)) {
            byte[] password = new byte[24];
            new SecureRandom().nextBytes(password);
            teachers.create(TEACHER, "Crash test", HexFormat.of().formatHex(password));
        }
        Classroom classroom = admin.classes(TEACHER).stream().findFirst().orElseGet(() -> {
            Classroom made = admin.create(TEACHER, "Crash test");
            made = admin.assign(TEACHER, made.id(), LESSON, AssignmentKind.QUIZ);
            // Feedback at the end: every answer until the quiz is submitted is stored as a new try.
            return admin.setAssignmentFeedback(TEACHER, made.id(), made.assignments().get(0).id(),
                    Optional.of(FeedbackTiming.AT_END));
        });
        return ResponseEntity.ok(classroom.id() + " " + classroom.code().value() + "\n");
    }

    /** Joins the class as a new student: "participantId resumeCode", or 409 with the refusal's message key. */
    @PostMapping("/crashtest/join")
    ResponseEntity<String> join(@RequestParam String code, @RequestParam String name, @RequestParam String browser,
                                HttpServletRequest request) {
        if (!loopback(request)) {
            return ResponseEntity.notFound().build();
        }
        JoinOutcome outcome = joins.join(code, name, new JoinClient(request.getRemoteAddr(), browser),
                Optional.empty());
        if (outcome instanceof JoinOutcome.Joined joined) {
            return ResponseEntity.ok(joined.participant().id() + " " + joined.participant().resumeCode() + "\n");
        }
        // The refusal as its message key and parameters, e.g. "throttle.wait 30".
        JoinOutcome.Refused refused = (JoinOutcome.Refused) outcome;
        return ResponseEntity.status(HttpStatus.CONFLICT).body(refused.message()
                + refused.args().stream().map(arg -> " " + arg).collect(Collectors.joining()) + "\n");
    }

    /**
     * Stores {@code text} as the student's next answer to the written question; "ok" once it is committed.
     * {@code id} names the answer: sent again with the same id, it is acknowledged and stored once.
     */
    @PostMapping("/crashtest/answer")
    ResponseEntity<String> answer(@RequestParam String resume, @RequestParam String text,
                                  @RequestParam(required = false) String id, HttpServletRequest request) {
        Optional<Participant> participant = loopback(request) ? quizzes.resume(resume) : Optional.empty();
        if (participant.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        AttemptView attempt = quizzes.attempt(participant.get(), LESSON, "quiz").orElseThrow();
        quizzes.answer(participant.get(), attempt.id(), QUESTION, new WrittenAnswer(text, Set.of()), id);
        return ResponseEntity.ok("ok\n");
    }

    /** Every answer the student stored to the written question, one a line, in order. */
    @GetMapping("/crashtest/answers")
    ResponseEntity<String> answers(@RequestParam String resume, HttpServletRequest request) {
        Optional<Participant> participant = loopback(request) ? quizzes.resume(resume) : Optional.empty();
        if (participant.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        AttemptView attempt = quizzes.attempt(participant.get(), LESSON, "quiz").orElseThrow();
        List<AnswerTry> tries = quizzes.tries(attempt.id(), QUESTION);
        return ResponseEntity.ok(tries.stream().map(t -> ((WrittenAnswer) t.answer()).text() + "\n")
                .collect(Collectors.joining()));
    }

    /**
     * How many changes of the class this node has heard of since the first call, as its open dashboards
     * would hear them (from this node, or from another through the database).
     */
    @GetMapping("/crashtest/heard")
    ResponseEntity<String> heard(@RequestParam long classId, HttpServletRequest request) {
        if (!loopback(request)) {
            return ResponseEntity.notFound().build();
        }
        AtomicLong count = heard.computeIfAbsent(classId, id -> {
            AtomicLong counter = new AtomicLong();
            live.watch(TEACHER, id, counter::incrementAndGet);
            return counter;
        });
        return ResponseEntity.ok(count.get() + "\n");
    }

    private static boolean loopback(HttpServletRequest request) {
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
