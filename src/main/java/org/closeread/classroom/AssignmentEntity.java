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

    Assignment toAssignment(String lessonTitle) {
        return new Assignment(id, lessonSlug, lessonTitle, kind, open, position);
    }
}
