package org.closeread.classroom;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A participant in a class; the participant row (name, resume code, attempts) belongs to the quiz feature. */
@Entity
@Table(name = "classroom_member")
class MemberEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    ClassroomEntity classroom;

    long participantId;
    Instant joinedAt;
}
