package org.closeread.article;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Map;

@Entity
@Table(name = "annotation")
class AnnotationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    ArticleEntity article;

    int position;
    String anchorId;

    @Enumerated(EnumType.STRING)
    Lens lens;

    int blockPosition;
    int startOffset;
    int endOffset;
    String exactText;
    String prefixText;
    String suffixText;
    String explanation;

    @Column(name = "facts")
    @Convert(converter = FactsConverter.class)
    Map<String, String> facts;

    static AnnotationEntity of(ArticleEntity article, int position, Annotation annotation) {
        AnnotationEntity entity = new AnnotationEntity();
        entity.article = article;
        entity.position = position;
        entity.anchorId = annotation.id();
        entity.lens = annotation.lens();
        entity.blockPosition = annotation.span().block();
        entity.startOffset = annotation.span().start();
        entity.endOffset = annotation.span().end();
        entity.exactText = annotation.quote().exact();
        entity.prefixText = annotation.quote().prefix();
        entity.suffixText = annotation.quote().suffix();
        entity.explanation = annotation.explanation();
        entity.facts = annotation.facts();
        return entity;
    }

    Annotation toAnnotation() {
        return new Annotation(anchorId, lens, new TextSpan(blockPosition, startOffset, endOffset),
                new TextQuote(exactText, prefixText, suffixText), explanation, facts);
    }
}
