package org.closeread.quiz;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizRepository extends JpaRepository<QuizEntity, Long> {

    Optional<QuizEntity> findByLessonSlugAndQuizKeyAndCurrentTrue(String lessonSlug, String quizKey);

    Optional<QuizEntity> findFirstByLessonSlugAndQuizKeyOrderByVersionDesc(String lessonSlug, String quizKey);

    List<QuizEntity> findByLessonSlugAndCurrentTrue(String lessonSlug);
}
