package org.closeread.lesson;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** How a {@link Lesson} is stored; the service maps it to and from the record. */
@Entity
@Table(name = "lesson")
class LessonEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String slug;
    String title;
    String level;
    int minutes;
    String objectives;
    String articleSlug;
    String contentHash;

    /** The files the lesson was read from, kept so it can be exported and edited as it was written. */
    String articleText;
    String lessonYaml;

    /** Unpublished: students cannot see it, the attempts made on it stay. */
    boolean hidden;

    /** Published from the app: its folder in {@code lessons/} is not loaded over it at start-up. */
    boolean editedInApp;

    @Version
    long version;

    @OneToMany(mappedBy = "lesson", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<StepEntity> steps = new ArrayList<>();

    Lesson toLesson() {
        List<String> objectiveList = objectives.isEmpty() ? List.of() : Arrays.asList(objectives.split("\n"));
        return new Lesson(slug, title, level, minutes, objectiveList, articleSlug,
                steps.stream().map(StepEntity::toStep).toList(), LessonPlans.of(contentHash, lessonYaml));
    }

    PublishedLesson toPublished() {
        return new PublishedLesson(slug, title, articleSlug, contentHash, hidden, editedInApp);
    }

    void copyFrom(Lesson lesson, LessonSource source) {
        slug = lesson.slug();
        title = lesson.title();
        level = lesson.level();
        minutes = lesson.minutes();
        objectives = String.join("\n", lesson.objectives());
        articleSlug = lesson.articleSlug();
        contentHash = source.contentHash();
        articleText = source.articleText();
        lessonYaml = source.lessonYaml();
        steps.clear();
        for (int i = 0; i < lesson.steps().size(); i++) {
            steps.add(StepEntity.of(this, i, lesson.steps().get(i)));
        }
    }
}
