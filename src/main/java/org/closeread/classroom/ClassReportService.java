package org.closeread.classroom;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.closeread.quiz.AttemptRecord;
import org.closeread.quiz.QuizService;
import org.closeread.quiz.Result;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a teacher reads about a class, built from stored answers, and the teacher's marks on written
 * answers. Only the class's own teacher finds anything.
 */
@Service
public class ClassReportService {

    private final MemberRepository members;
    private final QuizService quizzes;
    private final ClassStore lookup;

    ClassReportService(MemberRepository members, QuizService quizzes, ClassStore lookup) {
        this.members = members;
        this.quizzes = quizzes;
        this.lookup = lookup;
    }

    /** How the class is doing on an assignment's quiz; empty for another teacher's class or a lesson without a quiz. */
    @Transactional(readOnly = true)
    public Optional<ClassReport> report(String teacher, long classId, long assignmentId) {
        return lookup.owned(teacher, classId).flatMap(entity -> entity.assignments.stream()
                .filter(a -> a.id == assignmentId).findFirst()
                .flatMap(assignment -> quizzes.quizWithKeys(assignment.lessonSlug, quizKey(assignment)).map(quiz -> {
                    List<Member> memberList = lookup.members(classId);
                    return ClassReport.build(classId, entity.name,
                            assignment.toAssignment(lookup.title(assignment.lessonSlug)), quiz, memberList,
                            quizzes.latestAttempts(memberList.stream().map(Member::participantId).toList(),
                                    assignment.lessonSlug, quizKey(assignment)));
                })));
    }

    /**
     * Each student's score per lens in each assignment's quiz and over all of them; empty for another
     * teacher's class.
     */
    @Transactional(readOnly = true)
    public Optional<ClassSkills> skills(String teacher, long classId) {
        return lookup.owned(teacher, classId).map(entity -> {
            Classroom classroom = lookup.toClassroom(entity);
            List<Long> ids = classroom.members().stream().map(Member::participantId).toList();
            return new ClassSkills(classId, classroom.name(), classroom.assignments(), classroom.members(),
                    quizzes.skills(ids, classroom.assignments().stream().map(Assignment::lessonSlug).toList()));
        });
    }

    /**
     * The class's teacher marks a student's written answer in the assignment's quiz (their latest attempt)
     * against the rubric, with an optional comment the student sees. Refused for another teacher's class,
     * a student not in the class, or an answer that is not a teacher-marked written answer.
     */
    @Transactional
    public Result mark(String teacher, long classId, long assignmentId, long participantId, String questionId,
                       Set<Integer> met, String comment) {
        ClassroomEntity entity = lookup.require(teacher, classId);
        AssignmentEntity assignment = entity.assignments.stream().filter(a -> a.id == assignmentId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such assignment."));
        if (members.findByClassroomIdAndParticipantId(classId, participantId).isEmpty()) {
            throw new IllegalArgumentException("No such student in this class.");
        }
        AttemptRecord attempt = quizzes.latestAttempts(List.of(participantId), assignment.lessonSlug,
                        quizKey(assignment)).stream()
                .findFirst().orElseThrow(() -> new IllegalArgumentException("This student has not started the quiz."));
        return quizzes.mark(attempt.attemptId(), questionId, met, comment, teacher);
    }

    /** The quiz the assignment's students take: the core quiz on the core path, where it differs. */
    private String quizKey(AssignmentEntity assignment) {
        return quizzes.quizKey(assignment.lessonSlug, assignment.pathOrFull());
    }
}
