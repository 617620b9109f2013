package org.closeread.quiz;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One submission of an answer, in the order given; written once, never updated. */
@Entity
@Table(name = "answer_try")
class AnswerTryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    AttemptEntity attempt;

    @ManyToOne(optional = false)
    QuestionEntity question;

    int tryNumber;
    String response;
    double score;
    Instant answeredAt;

    /** The name the client gave this answer, so that the same request arriving again is stored once. */
    String requestId;
}
