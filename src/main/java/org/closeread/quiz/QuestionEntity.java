package org.closeread.quiz;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "question")
class QuestionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    QuizEntity quiz;

    int position;
    String questionKey;
    String type;
    String definition;

    private transient Question parsed;

    static QuestionEntity of(QuizEntity quiz, int position, Question question) {
        QuestionEntity entity = new QuestionEntity();
        entity.quiz = quiz;
        entity.position = position;
        entity.questionKey = question.id();
        entity.type = question.type().id();
        entity.definition = QuestionCodec.write(question);
        return entity;
    }

    Question toQuestion() {
        if (parsed == null) {
            parsed = QuestionCodec.question(definition);
        }
        return parsed;
    }
}
