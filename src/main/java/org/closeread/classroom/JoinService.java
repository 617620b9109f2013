package org.closeread.classroom;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.closeread.base.GuessThrottle;
import org.closeread.quiz.Participant;
import org.closeread.quiz.QuizService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Students in classes, without accounts: joining an open class with its code and a name, coming back
 * with a resume code in any browser, and the class a student is in.
 */
@Service
public class JoinService {

    private final ClassroomRepository classrooms;
    private final MemberRepository members;
    private final QuizService quizzes;
    private final GuessThrottle throttle;
    private final ClassStore lookup;
    private final ApplicationEventPublisher events;

    JoinService(ClassroomRepository classrooms, MemberRepository members, QuizService quizzes,
                GuessThrottle throttle, ClassStore lookup, ApplicationEventPublisher events) {
        this.classrooms = classrooms;
        this.members = members;
        this.quizzes = quizzes;
        this.throttle = throttle;
        this.lookup = lookup;
        this.events = events;
    }

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
        enrol(entity, participant);
        return joined(participant, entity);
    }

    /** Makes the participant a member of the class, and tells whoever watches it. */
    private void enrol(ClassroomEntity entity, Participant participant) {
        MemberEntity member = new MemberEntity();
        member.classroom = entity;
        member.participantId = participant.id();
        member.joinedAt = Instant.now();
        members.save(member);
        events.publishEvent(new ClassroomChanged(entity.id));
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
        Optional<ClassroomEntity> entity = participant.flatMap(p -> lookup.membership(p.id()))
                .map(m -> m.classroom).filter(c -> c.open);
        if (entity.isEmpty()) {
            return wrong(client, JoinOutcome.Field.RESUME_CODE, JoinOutcome.NO_RESUME);
        }
        return joined(participant.get(), entity.get());
    }

    /** The class this student is in, as they may see it; empty for a student in no class. */
    @Transactional(readOnly = true)
    public Optional<StudentClass> place(Participant participant) {
        return lookup.membership(participant.id()).map(m -> StudentClass.of(lookup.toClassroom(m.classroom, List.of()),
                ClassStore.nameOf(participant)));
    }

    private JoinOutcome wrong(JoinClient client, JoinOutcome.Field field, String message) {
        throttle.wrongCode(client);
        return throttle.waitFor(client)
                .map(w -> new JoinOutcome.Refused(field, GuessThrottle.WAIT, GuessThrottle.seconds(w)))
                .orElse(new JoinOutcome.Refused(field, message));
    }

    /**
     * Puts a student who arrived already identified (an LMS launch, no join code) into the teacher's class,
     * once: a member of it already stays as they are. Refused like answering when the class is closed.
     */
    @Transactional
    public JoinOutcome admit(String teacher, long classId, Participant participant) {
        ClassroomEntity entity = lookup.require(teacher, classId);
        if (!entity.open) {
            return new JoinOutcome.Refused(JoinOutcome.Field.CODE, JoinOutcome.NO_OPEN_CLASS);
        }
        if (members.findByClassroomIdAndParticipantId(entity.id, participant.id()).isEmpty()) {
            enrol(entity, participant);
        }
        return joined(participant, entity);
    }

    private JoinOutcome joined(Participant participant, ClassroomEntity entity) {
        return new JoinOutcome.Joined(participant,
                StudentClass.of(lookup.toClassroom(entity, List.of()), ClassStore.nameOf(participant)));
    }
}
