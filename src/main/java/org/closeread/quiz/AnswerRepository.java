package org.closeread.quiz;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerRepository extends JpaRepository<AnswerEntity, Long> {

    Optional<AnswerEntity> findByAttemptIdAndQuestionId(long attemptId, long questionId);

    long countByAttemptIdAndQuestionId(long attemptId, long questionId);
}
