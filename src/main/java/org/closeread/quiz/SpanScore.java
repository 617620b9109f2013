package org.closeread.quiz;

/** What highlight scoring gives: the score with its feedback, and the marked spans sorted out. */
record SpanScore(Score score, SpanReport report) {
}
