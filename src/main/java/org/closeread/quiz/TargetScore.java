package org.closeread.quiz;

import org.closeread.article.TextSpan;

/**
 * How well one highlight target was marked: the target, the accepted wording the marks came closest
 * to, and the word-overlap precision, recall and F1 against that wording.
 */
public record TargetScore(TextSpan target, TextSpan closest, double precision, double recall, double f1) {
}
