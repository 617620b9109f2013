package org.closeread.quiz;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "answer")
class AnswerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    AttemptEntity attempt;

    @ManyToOne(optional = false)
    QuestionEntity question;

    String response;
    double score;
    boolean correct;
    Instant answeredAt;

    Answer toAnswer() {
        return QuestionCodec.answer(response);
    }
}
