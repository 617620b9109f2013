package org.closeread.classroom;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.closeread.lesson.LessonService;
import org.closeread.quiz.Participant;
import org.closeread.quiz.QuizService;
import org.springframework.stereotype.Component;

/**
 * Finding classes and members and turning them into what the services hand out, shared by the class
 * services. Runs inside their transactions; every teacher lookup finds only that teacher's classes.
 */
@Component
class ClassStore {

    /** The lesson's quiz, as the quiz feature names it; practice answers do not change a dashboard. */
    static final String QUIZ_KEY = "quiz";
    static final String NO_NAME = "(no name)";

    private final ClassroomRepository classrooms;
    private final MemberRepository members;
    private final QuizService quizzes;
    private final LessonService lessons;

    ClassStore(ClassroomRepository classrooms, MemberRepository members, QuizService quizzes,
                LessonService lessons) {
        this.classrooms = classrooms;
        this.members = members;
        this.quizzes = quizzes;
        this.lessons = lessons;
    }

    Optional<ClassroomEntity> owned(String teacher, long classId) {
        return teacher == null ? Optional.empty() : classrooms.findByIdAndOwner(classId, teacher);
    }

    ClassroomEntity require(String teacher, long classId) {
        // The same answer for a missing class and another teacher's: ids reveal nothing.
        return owned(teacher, classId).orElseThrow(() -> new IllegalArgumentException("No such class."));
    }

    Optional<MemberEntity> membership(long participantId) {
        return members.findByParticipantIdOrderByJoinedAtDesc(participantId).stream().findFirst();
    }

    List<Long> memberIds(long classId) {
        return members.findByClassroomIdOrderByJoinedAtAscIdAsc(classId).stream().map(m -> m.participantId).toList();
    }

    List<Member> members(long classId) {
        List<MemberEntity> rows = members.findByClassroomIdOrderByJoinedAtAscIdAsc(classId);
        Map<Long, Participant> participants = quizzes.participants(rows.stream().map(m -> m.participantId).toList())
                .stream().collect(Collectors.toMap(Participant::id, Function.identity()));
        return rows.stream().filter(m -> participants.containsKey(m.participantId))
                .map(m -> new Member(m.participantId, nameOf(participants.get(m.participantId)), m.joinedAt))
                .toList();
    }

    Classroom toClassroom(ClassroomEntity entity) {
        return toClassroom(entity, members(entity.id));
    }

    Classroom toClassroom(ClassroomEntity entity, List<Member> memberList) {
        return entity.toClassroom(memberList, titles(entity.assignments.stream().map(a -> a.lessonSlug).toList()));
    }

    String title(String slug) {
        return lessons.reading(slug).map(r -> r.lesson().title()).orElse(slug);
    }

    private Map<String, String> titles(Collection<String> slugs) {
        Map<String, String> titles = new HashMap<>();
        slugs.forEach(slug -> titles.put(slug, title(slug)));
        return titles;
    }

    static Optional<AssignmentEntity> assignment(ClassroomEntity entity, String lessonSlug) {
        return entity.assignments.stream().filter(a -> a.lessonSlug.equals(lessonSlug)).findFirst();
    }

    static String nameOf(Participant participant) {
        return participant.displayName() == null ? NO_NAME : participant.displayName();
    }
}
