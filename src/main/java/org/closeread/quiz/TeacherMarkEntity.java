package org.closeread.quiz;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A teacher's mark of one written answer of an attempt; marking again replaces it. */
@Entity
@Table(name = "teacher_mark")
class TeacherMarkEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    AttemptEntity attempt;

    @ManyToOne(optional = false)
    QuestionEntity question;

    /** The rubric points met, as indexes separated by commas ("" for none). */
    String points;
    String comment;
    String markedBy;
    Instant markedAt;

    void setMet(Set<Integer> met) {
        points = met.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    TeacherMark toMark(List<String> rubric) {
        Set<Integer> met = points.isEmpty() ? Set.of() : Arrays.stream(points.split(","))
                .map(Integer::valueOf).filter(i -> i < rubric.size()).collect(Collectors.toSet());
        return new TeacherMark(rubric, met, comment, markedBy, markedAt);
    }
}
