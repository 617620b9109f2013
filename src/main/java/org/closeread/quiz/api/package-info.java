/** The read-only outline of a lesson and its quiz: prompts and options only, never keys or explanations. */
package org.closeread.quiz.api;
