package org.closeread.lesson;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.closeread.article.Lens;

@Entity
@Table(name = "lesson_step")
class StepEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    LessonEntity lesson;

    int position;
    String stepKey;
    String title;

    @Enumerated(EnumType.STRING)
    Lens lens;

    String teachingText;

    /** Annotation ids separated by spaces; ids never contain one. */
    String reveal;

    static StepEntity of(LessonEntity lesson, int position, Step step) {
        StepEntity entity = new StepEntity();
        entity.lesson = lesson;
        entity.position = position;
        entity.stepKey = step.id();
        entity.title = step.title();
        entity.lens = step.lens();
        entity.teachingText = step.text();
        entity.reveal = String.join(" ", step.reveal());
        return entity;
    }

    Step toStep() {
        List<String> ids = reveal.isBlank() ? List.of() : Arrays.asList(reveal.split(" "));
        return new Step(stepKey, title, lens, teachingText, ids);
    }
}
