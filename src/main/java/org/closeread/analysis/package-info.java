/**
 * Annotation suggestions: finds quotes, their speakers and channels, reporting verbs and their
 * stance, and loaded wording in an article's text, with character offsets into that text.
 * Pure Java on Apache OpenNLP; nothing here knows Spring, Vaadin or the database.
 */
package org.closeread.analysis;
