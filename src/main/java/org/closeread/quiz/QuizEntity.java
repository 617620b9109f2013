package org.closeread.quiz;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One version of a lesson's quiz or of a step's exercises; never changed once stored. */
@Entity
@Table(name = "quiz")
class QuizEntity {

    static final String FINAL_QUIZ = "quiz";
    static final String STEP_PREFIX = "step:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String lessonSlug;
    String quizKey;
    int version;

    @Column(name = "is_current")
    boolean current;

    String title;
    int passMark;

    @Enumerated(EnumType.STRING)
    FeedbackTiming feedback;

    String contentHash;
    Instant createdAt;

    /** The article version the questions were written on; null for versions stored before it was kept. */
    String articleSlug;

    @OneToMany(mappedBy = "quiz", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<QuestionEntity> questions = new ArrayList<>();

    Quiz toQuiz() {
        return new Quiz(title, passMark, feedback, questions.stream().map(QuestionEntity::toQuestion).toList());
    }

    StudentQuiz toStudentQuiz() {
        return new StudentQuiz(id, lessonSlug, quizKey, title, passMark, feedback,
                questions.stream().map(q -> q.toQuestion().promptView()).toList());
    }
}
