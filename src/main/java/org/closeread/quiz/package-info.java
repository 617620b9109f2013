/**
 * Quizzes and practice exercises: the question types, how each is scored with feedback, what a student
 * may see before answering, and reading questions from lesson files. Plain Java; storage and views
 * build on these types.
 */
package org.closeread.quiz;
