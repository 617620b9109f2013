package org.closeread.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;
import org.closeread.lesson.LessonPath;
import org.closeread.quiz.FeedbackTiming;

@Entity
@Table(name = "assignment")
class AssignmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    ClassroomEntity classroom;

    String lessonSlug;

    @Enumerated(EnumType.STRING)
    AssignmentKind kind;

    @Column(name = "is_open")
    boolean open;

    int position;

    /** When students see feedback in this assignment's quiz; null: as the lesson's quiz says. */
    @Enumerated(EnumType.STRING)
    FeedbackTiming feedback;

    /** Which way through the lesson the class goes; null (assigned before there were paths): the full path. */
    @Enumerated(EnumType.STRING)
    LessonPath lessonPath;

    LessonPath pathOrFull() {
        return lessonPath == null ? LessonPath.FULL : lessonPath;
    }

    Assignment toAssignment(String lessonTitle) {
        return new Assignment(id, lessonSlug, lessonTitle, kind, open, position, Optional.ofNullable(feedback),
                pathOrFull());
    }
}
