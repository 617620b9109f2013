/**
 * What teachers make: lessons as drafts of their two lesson files (articles pasted and split into blocks,
 * annotations, steps, exercises and quizzes), edited by plain rules, published through the lesson file
 * reader, previewed, exported and imported as zips, and annotation suggestions from the analyser.
 */
package org.closeread.authoring;
