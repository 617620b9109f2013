package org.closeread.classroom;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.closeread.base.GuessThrottle;
import org.closeread.lesson.LessonCard;
import org.closeread.lesson.LessonService;
import org.closeread.quiz.AnswerGate;
import org.closeread.quiz.Result;
import org.closeread.quiz.AttemptRecord;
import org.closeread.quiz.FeedbackTiming;
import org.closeread.quiz.Forgotten;
import org.closeread.quiz.Participant;
import org.closeread.quiz.QuizService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes for teachers (create, assign, open and close, remove a student, delete, keep answers so
 * long) and for students (join with a code and a name, come back with a resume code), and the reports
 * a teacher reads, built from stored answers. Every teacher method takes the logged-in teacher's
 * username and finds only that teacher's classes: another teacher's class id finds nothing.
 */
@Service
public class ClassroomService implements AnswerGate {

    /** What a student reads when answering in a closed assignment or class. */
    public static final String ASSIGNMENT_CLOSED = "This assignment is closed. Your answers so far are saved.";
    public static final String CLASS_CLOSED = "This class is closed. Your answers so far are saved.";

    /** The lesson's quiz, as the quiz feature names it; practice answers do not change a dashboard. */
    static final String QUIZ_KEY = "quiz";
    static final String NO_NAME = "(no name)";

    private final ClassroomRepository classrooms;
    private final MemberRepository members;
    private final QuizService quizzes;
    private final LessonService lessons;
    private final GuessThrottle throttle;
    private final ClassroomBroadcaster broadcaster;
    private final ApplicationEventPublisher events;
    private final int defaultRetentionDays;
    private final int refreshSeconds;

    ClassroomService(ClassroomRepository classrooms, MemberRepository members, QuizService quizzes,
                     LessonService lessons, GuessThrottle throttle, ClassroomBroadcaster broadcaster,
                     ApplicationEventPublisher events,
                     @Value("${closeread.retention-days:365}") int defaultRetentionDays,
                     @Value("${closeread.dashboard.refresh-seconds:5}") int refreshSeconds) {
        if (!Classroom.validRetention(defaultRetentionDays)) {
            throw new IllegalArgumentException("closeread.retention-days must lie between "
                    + Classroom.RETENTION_MIN_DAYS + " and " + Classroom.RETENTION_MAX_DAYS);
        }
        this.classrooms = classrooms;
        this.members = members;
        this.quizzes = quizzes;
        this.lessons = lessons;
        this.throttle = throttle;
        this.broadcaster = broadcaster;
        this.events = events;
        this.defaultRetentionDays = defaultRetentionDays;
        this.refreshSeconds = Math.max(1, refreshSeconds);
    }

    // --- teachers ---------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Classroom> classes(String teacher) {
        return classrooms.findByOwnerOrderByCreatedAtDescIdDesc(teacher).stream().map(this::toClassroom).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Classroom> classroom(String teacher, long classId) {
        return owned(teacher, classId).map(this::toClassroom);
    }

    /** A new, open class with a fresh join code. */
    @Transactional
    public Classroom create(String teacher, String typedName) {
        String name = Classroom.cleanName(typedName).orElseThrow(() -> new IllegalArgumentException(
                "A class name needs text and at most " + Classroom.NAME_MAX_LENGTH + " characters."));
        ClassroomEntity entity = new ClassroomEntity();
        entity.owner = teacher;
        entity.name = name;
        do {
            entity.joinCode = JoinCode.generate().value();
        } while (classrooms.existsByJoinCode(entity.joinCode));
        entity.open = true;
        entity.createdAt = Instant.now();
        return toClassroom(classrooms.save(entity));
    }

    /** Opens or closes the class: a closed class lets nobody join and shows students no assignment. */
    @Transactional
    public Classroom setOpen(String teacher, long classId, boolean open) {
        ClassroomEntity entity = require(teacher, classId);
        entity.open = open;
        return changed(entity);
    }

    /** Assigns a lesson (or only its quiz), open at once; assigning it again changes what is assigned. */
    @Transactional
    public Classroom assign(String teacher, long classId, String lessonSlug, AssignmentKind kind) {
        ClassroomEntity entity = require(teacher, classId);
        if (lessons.reading(lessonSlug).isEmpty()) {
            throw new IllegalArgumentException("No lesson " + lessonSlug + ".");
        }
        AssignmentEntity assignment = entity.assignments.stream().filter(a -> a.lessonSlug.equals(lessonSlug))
                .findFirst().orElseGet(() -> {
                    AssignmentEntity created = new AssignmentEntity();
                    created.classroom = entity;
                    created.lessonSlug = lessonSlug;
                    created.position = entity.assignments.size();
                    entity.assignments.add(created);
                    return created;
                });
        assignment.kind = Objects.requireNonNull(kind, "kind");
        assignment.open = true;
        return changed(entity);
    }

    @Transactional
    public Classroom setAssignmentOpen(String teacher, long classId, long assignmentId, boolean open) {
        ClassroomEntity entity = require(teacher, classId);
        entity.assignments.stream().filter(a -> a.id == assignmentId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such assignment in this class.")).open = open;
        return changed(entity);
    }

    /**
     * When students of this assignment see feedback (empty: as the lesson's quiz says). Applies to attempts
     * started from now on; an attempt keeps the timing it started with.
     */
    @Transactional
    public Classroom setAssignmentFeedback(String teacher, long classId, long assignmentId,
                                           Optional<FeedbackTiming> feedback) {
        ClassroomEntity entity = require(teacher, classId);
        entity.assignments.stream().filter(a -> a.id == assignmentId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such assignment in this class.")).feedback =
                feedback.orElse(null);
        return changed(entity);
    }

    /** How many days answers are kept; empty: the app's default ({@link #defaultRetentionDays()}). */
    @Transactional
    public Classroom setRetention(String teacher, long classId, Optional<Integer> days) {
        days.filter(d -> !Classroom.validRetention(d)).ifPresent(d -> {
            throw new IllegalArgumentException("Keep answers between " + Classroom.RETENTION_MIN_DAYS + " and "
                    + Classroom.RETENTION_MAX_DAYS + " days.");
        });
        ClassroomEntity entity = require(teacher, classId);
        entity.retentionDays = days.orElse(null);
        return toClassroom(entity);
    }

    public int defaultRetentionDays() {
        return defaultRetentionDays;
    }

    /** Deletes one student of the class: their name, resume code, attempts and answers. */
    @Transactional
    public Classroom removeStudent(String teacher, long classId, long participantId) {
        ClassroomEntity entity = require(teacher, classId);
        members.findByClassroomIdAndParticipantId(classId, participantId)
                .orElseThrow(() -> new IllegalArgumentException("No such student in this class."));
        quizzes.forget(List.of(participantId));
        events.publishEvent(new ClassroomChanged(classId));
        return toClassroom(require(teacher, entity.id));
    }

    /** Deletes the class with its assignments and every student's name, attempts and answers. */
    @Transactional
    public void delete(String teacher, long classId) {
        require(teacher, classId);
        quizzes.forget(memberIds(classId));
        classrooms.deleteById(classId);
        events.publishEvent(new ClassroomChanged(classId));
    }

    /** The lessons a teacher can assign. */
    @Transactional(readOnly = true)
    public List<LessonCard> lessons() {
        return lessons.library();
    }

    /** How the class is doing on an assignment's quiz; empty for another teacher's class or a lesson without a quiz. */
    @Transactional(readOnly = true)
    public Optional<ClassReport> report(String teacher, long classId, long assignmentId) {
        return owned(teacher, classId).flatMap(entity -> entity.assignments.stream()
                .filter(a -> a.id == assignmentId).findFirst()
                .flatMap(assignment -> quizzes.quizWithKeys(assignment.lessonSlug).map(quiz -> {
                    List<Member> memberList = members(classId);
                    return ClassReport.build(classId, entity.name,
                            assignment.toAssignment(title(assignment.lessonSlug)), quiz, memberList,
                            quizzes.latestAttempts(memberList.stream().map(Member::participantId).toList(),
                                    assignment.lessonSlug));
                })));
    }

    /**
     * The class's teacher marks a student's written answer in the assignment's quiz (their latest attempt)
     * against the rubric, with an optional comment the student sees. Refused for another teacher's class,
     * a student not in the class, or an answer that is not a teacher-marked written answer.
     */
    @Transactional
    public Result mark(String teacher, long classId, long assignmentId, long participantId, String questionId,
                       Set<Integer> met, String comment) {
        ClassroomEntity entity = require(teacher, classId);
        AssignmentEntity assignment = entity.assignments.stream().filter(a -> a.id == assignmentId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such assignment."));
        if (members.findByClassroomIdAndParticipantId(classId, participantId).isEmpty()) {
            throw new IllegalArgumentException("No such student in this class.");
        }
        AttemptRecord attempt = quizzes.latestAttempts(List.of(participantId), assignment.lessonSlug).stream()
                .findFirst().orElseThrow(() -> new IllegalArgumentException("This student has not started the quiz."));
        return quizzes.mark(attempt.attemptId(), questionId, met, comment, teacher);
    }

    /**
     * How often an open dashboard rebuilds from the database anyway, for answers stored on another node
     * (closeread.dashboard.refresh-seconds).
     */
    public int refreshSeconds() {
        return refreshSeconds;
    }

    /**
     * Calls {@code onChange} whenever a student of the class answers, joins or is removed, on this node
     * (from another thread). Run the returned task to stop.
     */
    @Transactional(readOnly = true)
    public Runnable watch(String teacher, long classId, Runnable onChange) {
        require(teacher, classId);
        return broadcaster.listen(classId, onChange);
    }

    // --- students ---------------------------------------------------------------------------------

    /**
     * Lets a student into an open class by its code. The same browser typing the code of a class it is in
     * already comes back as the same student; anyone else becomes a new student with the name typed.
     * Wrong codes count against the client ({@link GuessThrottle}); a right code never does.
     */
    @Transactional
    public JoinOutcome join(String typedCode, String typedName, JoinClient client, Optional<Participant> current) {
        if (typedCode == null || typedCode.isBlank()) {
            return new JoinOutcome.Refused(JoinOutcome.Field.CODE, JoinOutcome.NO_CODE);
        }
        Optional<Duration> wait = throttle.waitFor(client);
        if (wait.isPresent()) {
            return new JoinOutcome.Refused(JoinOutcome.Field.CODE, GuessThrottle.WAIT, GuessThrottle.seconds(wait.get()));
        }
        Optional<ClassroomEntity> found = JoinCode.parse(typedCode)
                .flatMap(code -> classrooms.findByJoinCodeAndOpenTrue(code.value()));
        if (found.isEmpty()) {
            return wrong(client, JoinOutcome.Field.CODE, JoinOutcome.NO_OPEN_CLASS);
        }
        ClassroomEntity entity = found.get();
        Optional<Participant> returning = current
                .filter(p -> members.findByClassroomIdAndParticipantId(entity.id, p.id()).isPresent());
        if (returning.isPresent()) {
            return joined(returning.get(), entity);
        }
        Optional<String> name = StudentName.clean(typedName);
        if (name.isEmpty()) {
            return new JoinOutcome.Refused(JoinOutcome.Field.NAME, JoinOutcome.NAME_NEEDED, StudentName.MAX_LENGTH);
        }
        Participant participant = quizzes.newParticipant(name.get());
        MemberEntity member = new MemberEntity();
        member.classroom = entity;
        member.participantId = participant.id();
        member.joinedAt = Instant.now();
        members.save(member);
        events.publishEvent(new ClassroomChanged(entity.id));
        return joined(participant, entity);
    }

    /**
     * Puts a student who arrived already identified (an LMS launch, no join code) into the teacher's class,
     * once: a member of it already stays as they are. Refused like joining when the class is closed.
     */
    @Transactional
    public JoinOutcome admit(String teacher, long classId, Participant participant) {
        ClassroomEntity entity = require(teacher, classId);
        if (!entity.open) {
            return new JoinOutcome.Refused(JoinOutcome.Field.CODE, CLASS_CLOSED);
        }
        if (members.findByClassroomIdAndParticipantId(entity.id, participant.id()).isEmpty()) {
            MemberEntity member = new MemberEntity();
            member.classroom = entity;
            member.participantId = participant.id();
            member.joinedAt = Instant.now();
            members.save(member);
            events.publishEvent(new ClassroomChanged(entity.id));
        }
        return joined(participant, entity);
    }

    /** Brings a student of an open class back by their resume code, in any browser. */
    @Transactional
    public JoinOutcome resume(String typedResumeCode, JoinClient client) {
        if (typedResumeCode == null || typedResumeCode.isBlank()) {
            return new JoinOutcome.Refused(JoinOutcome.Field.RESUME_CODE, JoinOutcome.NO_RESUME_CODE);
        }
        Optional<Duration> wait = throttle.waitFor(client);
        if (wait.isPresent()) {
            return new JoinOutcome.Refused(JoinOutcome.Field.RESUME_CODE, GuessThrottle.WAIT,
                    GuessThrottle.seconds(wait.get()));
        }
        Optional<Participant> participant = quizzes.resume(typedResumeCode);
        Optional<ClassroomEntity> entity = participant.flatMap(p -> membership(p.id()))
                .map(m -> m.classroom).filter(c -> c.open);
        if (entity.isEmpty()) {
            return wrong(client, JoinOutcome.Field.RESUME_CODE, JoinOutcome.NO_RESUME);
        }
        return joined(participant.get(), entity.get());
    }

    /** The class this student is in, as they may see it; empty for a student in no class. */
    @Transactional(readOnly = true)
    public Optional<StudentClass> place(Participant participant) {
        return membership(participant.id()).map(m -> StudentClass.of(toClassroom(m.classroom, List.of()),
                nameOf(participant)));
    }

    // --- the answer gate: closed is closed -----------------------------------------------------------

    /**
     * A student of a closed class, or of a closed assignment of the lesson, may not answer (quiz or
     * practice); what they answered before stays. Reopening lets them go on where they were.
     */
    @Override
    @Transactional(readOnly = true)
    public Optional<String> refusal(long participantId, String lessonSlug, String quizKey) {
        Optional<ClassroomEntity> place = membership(participantId).map(m -> m.classroom);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        if (!place.get().open) {
            return Optional.of(CLASS_CLOSED);
        }
        return assignment(place.get(), lessonSlug).filter(a -> !a.open).map(a -> ASSIGNMENT_CLOSED);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FeedbackTiming> feedback(long participantId, String lessonSlug) {
        return membership(participantId).flatMap(m -> assignment(m.classroom, lessonSlug))
                .flatMap(a -> Optional.ofNullable(a.feedback));
    }

    /** In a class that has the lesson assigned, the teacher marks written answers: no self-check counts. */
    @Override
    @Transactional(readOnly = true)
    public boolean teacherMarks(long participantId, String lessonSlug) {
        return membership(participantId).flatMap(m -> assignment(m.classroom, lessonSlug)).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> managed(Collection<Long> participantIds) {
        return participantIds.isEmpty() ? Set.of() : Set.copyOf(members.findParticipantIdsIn(participantIds));
    }

    private static Optional<AssignmentEntity> assignment(ClassroomEntity entity, String lessonSlug) {
        return entity.assignments.stream().filter(a -> a.lessonSlug.equals(lessonSlug)).findFirst();
    }

    // --- for the live updates and the retention job -------------------------------------------------

    @Transactional(readOnly = true)
    List<Long> classesOf(long participantId) {
        return members.findByParticipantIdOrderByJoinedAtDesc(participantId).stream()
                .map(m -> m.classroom.id).toList();
    }

    /** Deletes what each class keeps no longer: attempts last active before its retention period. */
    @Transactional
    public Forgotten applyRetention(Instant now) {
        int attempts = 0;
        int participants = 0;
        for (ClassroomEntity entity : classrooms.findAll()) {
            int days = entity.retentionDays == null ? defaultRetentionDays : entity.retentionDays;
            Forgotten gone = quizzes.forgetBefore(memberIds(entity.id), now.minus(Duration.ofDays(days)));
            attempts += gone.attempts();
            participants += gone.participants();
        }
        return new Forgotten(attempts, participants);
    }

    // --- helpers ----------------------------------------------------------------------------------

    private JoinOutcome wrong(JoinClient client, JoinOutcome.Field field, String message) {
        throttle.wrongCode(client);
        return throttle.waitFor(client)
                .map(w -> new JoinOutcome.Refused(field, GuessThrottle.WAIT, GuessThrottle.seconds(w)))
                .orElse(new JoinOutcome.Refused(field, message));
    }

    private JoinOutcome joined(Participant participant, ClassroomEntity entity) {
        return new JoinOutcome.Joined(participant,
                StudentClass.of(toClassroom(entity, List.of()), nameOf(participant)));
    }

    private Optional<MemberEntity> membership(long participantId) {
        return members.findByParticipantIdOrderByJoinedAtDesc(participantId).stream().findFirst();
    }

    private Optional<ClassroomEntity> owned(String teacher, long classId) {
        return teacher == null ? Optional.empty() : classrooms.findByIdAndOwner(classId, teacher);
    }

    private ClassroomEntity require(String teacher, long classId) {
        // The same answer for a missing class and another teacher's: ids reveal nothing.
        return owned(teacher, classId).orElseThrow(() -> new IllegalArgumentException("No such class."));
    }

    private Classroom changed(ClassroomEntity entity) {
        events.publishEvent(new ClassroomChanged(entity.id));
        return toClassroom(classrooms.saveAndFlush(entity));
    }

    private List<Long> memberIds(long classId) {
        return members.findByClassroomIdOrderByJoinedAtAscIdAsc(classId).stream().map(m -> m.participantId).toList();
    }

    private List<Member> members(long classId) {
        List<MemberEntity> rows = members.findByClassroomIdOrderByJoinedAtAscIdAsc(classId);
        Map<Long, Participant> participants = quizzes.participants(rows.stream().map(m -> m.participantId).toList())
                .stream().collect(Collectors.toMap(Participant::id, Function.identity()));
        return rows.stream().filter(m -> participants.containsKey(m.participantId))
                .map(m -> new Member(m.participantId, nameOf(participants.get(m.participantId)), m.joinedAt))
                .toList();
    }

    private Classroom toClassroom(ClassroomEntity entity) {
        return toClassroom(entity, members(entity.id));
    }

    private Classroom toClassroom(ClassroomEntity entity, List<Member> memberList) {
        return entity.toClassroom(memberList, titles(entity.assignments.stream().map(a -> a.lessonSlug).toList()));
    }

    private Map<String, String> titles(Collection<String> slugs) {
        Map<String, String> titles = new HashMap<>();
        slugs.forEach(slug -> titles.put(slug, title(slug)));
        return titles;
    }

    private String title(String slug) {
        return lessons.reading(slug).map(r -> r.lesson().title()).orElse(slug);
    }

    private static String nameOf(Participant participant) {
        return participant.displayName() == null ? NO_NAME : participant.displayName();
    }
}
