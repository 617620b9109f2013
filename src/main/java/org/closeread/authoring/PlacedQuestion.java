package org.closeread.authoring;

/** A question with where it lives, as the question list shows it. */
public record PlacedQuestion(QuestionPlace place, DraftQuestion question) {
}
