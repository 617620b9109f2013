package org.closeread.analysis;

/**
 * A stretch of text between a pair of quotation marks (marks included), as found before
 * anyone asks who said it. {@code depth} counts the quotations around it; a quotation that
 * runs over several paragraphs comes as one piece per paragraph, linked by
 * {@code continues} (this piece carries on the one before) and {@code runsOn} (the next
 * paragraph carries this one on).
 */
record QuotedText(Span span, int depth, boolean continues, boolean runsOn) {
}
