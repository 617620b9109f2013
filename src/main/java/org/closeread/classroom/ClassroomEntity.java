package org.closeread.classroom;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Entity
@Table(name = "classroom")
class ClassroomEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String owner;
    String name;
    String joinCode;

    @Column(name = "is_open")
    boolean open;

    Integer retentionDays;
    Instant createdAt;

    @Version
    long version;

    @OneToMany(mappedBy = "classroom", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<AssignmentEntity> assignments = new ArrayList<>();

    Classroom toClassroom(List<Member> members, Map<String, String> lessonTitles) {
        return new Classroom(id, name, new JoinCode(joinCode), open, Optional.ofNullable(retentionDays), createdAt,
                assignments.stream().map(a -> a.toAssignment(lessonTitles.getOrDefault(a.lessonSlug, a.lessonSlug)))
                        .toList(), members);
    }
}
