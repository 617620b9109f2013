package org.closeread.classroom;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.closeread.course.CourseService;
import org.closeread.lesson.LessonPath;
import org.closeread.lesson.LessonCard;
import org.closeread.lesson.LessonService;
import org.closeread.quiz.FeedbackTiming;
import org.closeread.quiz.QuizService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher's classes: create, assign lessons, open and close, remove a student, delete, keep answers so
 * long. Every method takes the logged-in teacher's username and finds only that teacher's classes:
 * another teacher's class id finds nothing.
 */
@Service
public class ClassAdminService {

    private final ClassroomRepository classrooms;
    private final MemberRepository members;
    private final QuizService quizzes;
    private final LessonService lessons;
    private final ClassStore lookup;
    private final ClassRetentionService retention;
    private final ApplicationEventPublisher events;
    private final CourseService courses;

    ClassAdminService(ClassroomRepository classrooms, MemberRepository members, QuizService quizzes, LessonService lessons,
               ClassStore lookup, ClassRetentionService retention, ApplicationEventPublisher events,
               CourseService courses) {
        this.classrooms = classrooms;
        this.members = members;
        this.quizzes = quizzes;
        this.lessons = lessons;
        this.lookup = lookup;
        this.retention = retention;
        this.events = events;
        this.courses = courses;
    }

    @Transactional(readOnly = true)
    public List<Classroom> classes(String teacher) {
        return classrooms.findByOwnerOrderByCreatedAtDescIdDesc(teacher).stream().map(lookup::toClassroom).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Classroom> classroom(String teacher, long classId) {
        return lookup.owned(teacher, classId).map(lookup::toClassroom);
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
        return lookup.toClassroom(classrooms.save(entity));
    }

    /** Opens or closes the class: a closed class lets nobody join and shows students no assignment. */
    @Transactional
    public Classroom setOpen(String teacher, long classId, boolean open) {
        ClassroomEntity entity = lookup.require(teacher, classId);
        entity.open = open;
        return changed(entity);
    }

    /** Assigns a lesson (or only its quiz), open at once; assigning it again changes what is assigned. */
    @Transactional
    public Classroom assign(String teacher, long classId, String lessonSlug, AssignmentKind kind) {
        return assign(teacher, classId, lessonSlug, kind, LessonPath.FULL);
    }

    /** Assigns a lesson on a path: core (one period) or full (core and extension). */
    @Transactional
    public Classroom assign(String teacher, long classId, String lessonSlug, AssignmentKind kind, LessonPath path) {
        ClassroomEntity entity = lookup.require(teacher, classId);
        if (lessons.reading(lessonSlug).isEmpty()) {
            throw new IllegalArgumentException("No lesson " + lessonSlug + ".");
        }
        AssignmentEntity assignment = ClassStore.assignment(entity, lessonSlug).orElseGet(() -> {
            AssignmentEntity created = new AssignmentEntity();
            created.classroom = entity;
            created.lessonSlug = lessonSlug;
            created.position = entity.assignments.size();
            entity.assignments.add(created);
            return created;
        });
        assignment.kind = Objects.requireNonNull(kind, "kind");
        assignment.lessonPath = Objects.requireNonNull(path, "path");
        assignment.open = true;
        return changed(entity);
    }

    @Transactional
    public Classroom setAssignmentOpen(String teacher, long classId, long assignmentId, boolean open) {
        ClassroomEntity entity = lookup.require(teacher, classId);
        assignment(entity, assignmentId).open = open;
        return changed(entity);
    }

    /**
     * When students of this assignment see feedback (empty: as the lesson's quiz says). Applies to attempts
     * started from now on; an attempt keeps the timing it started with.
     */
    @Transactional
    public Classroom setAssignmentFeedback(String teacher, long classId, long assignmentId,
                                           Optional<FeedbackTiming> feedback) {
        ClassroomEntity entity = lookup.require(teacher, classId);
        assignment(entity, assignmentId).feedback = feedback.orElse(null);
        return changed(entity);
    }

    /** How many days answers are kept; empty: the app's default ({@link #defaultRetentionDays()}). */
    @Transactional
    public Classroom setRetention(String teacher, long classId, Optional<Integer> days) {
        days.filter(d -> !Classroom.validRetention(d)).ifPresent(d -> {
            throw new IllegalArgumentException("Keep answers between " + Classroom.RETENTION_MIN_DAYS + " and "
                    + Classroom.RETENTION_MAX_DAYS + " days.");
        });
        ClassroomEntity entity = lookup.require(teacher, classId);
        entity.retentionDays = days.orElse(null);
        return lookup.toClassroom(entity);
    }

    public int defaultRetentionDays() {
        return retention.defaultRetentionDays();
    }

    /** Deletes one student of the class: their name, resume code, attempts and answers. */
    @Transactional
    public Classroom removeStudent(String teacher, long classId, long participantId) {
        ClassroomEntity entity = lookup.require(teacher, classId);
        members.findByClassroomIdAndParticipantId(classId, participantId)
                .orElseThrow(() -> new IllegalArgumentException("No such student in this class."));
        quizzes.forget(List.of(participantId));
        events.publishEvent(new ClassroomChanged(classId));
        return lookup.toClassroom(lookup.require(teacher, entity.id));
    }

    /** Deletes the class with its assignments and every student's name, attempts and answers. */
    @Transactional
    public void delete(String teacher, long classId) {
        lookup.require(teacher, classId);
        quizzes.forget(lookup.memberIds(classId));
        classrooms.deleteById(classId);
        events.publishEvent(new ClassroomChanged(classId));
    }

    /**
     * Assigns every published lesson of the course at once, in the course's order (each an assignment of its
     * own, as {@link #assign} makes it); a lesson already assigned keeps its place and takes the kind given.
     */
    @Transactional
    public Classroom assignCourse(String teacher, long classId, AssignmentKind kind) {
        List<String> slugs = courses.courseLessons().stream().map(LessonCard::slug).toList();
        if (slugs.isEmpty()) {
            throw new IllegalArgumentException("There is no course to assign.");
        }
        Classroom changed = null;
        for (String slug : slugs) {
            changed = assign(teacher, classId, slug, kind);
        }
        return changed;
    }

    /** The lessons of the course a teacher can assign in one go, in order. */
    public List<LessonCard> courseLessons() {
        return courses.courseLessons();
    }

    /** The course's title, if there is a course. */
    public Optional<String> courseTitle() {
        return courses.course().map(org.closeread.course.Course::title);
    }

    /** The lessons a teacher can assign. */
    @Transactional(readOnly = true)
    public List<LessonCard> lessons() {
        return lessons.library();
    }

    private static AssignmentEntity assignment(ClassroomEntity entity, long assignmentId) {
        return entity.assignments.stream().filter(a -> a.id == assignmentId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such assignment in this class."));
    }

    private Classroom changed(ClassroomEntity entity) {
        events.publishEvent(new ClassroomChanged(entity.id));
        return lookup.toClassroom(classrooms.saveAndFlush(entity));
    }
}
