package org.closeread.analysis;

/**
 * A verb that reports speech or thought, by lemma. {@code needsContent} is true for verbs
 * with other everyday senses ("maintain ties"): they report only when content follows them.
 */
record ReportingVerb(String lemma, Stance stance, boolean needsContent) {
}
