package org.closeread.quiz;

/** The student's "true" or "false". */
public record TrueFalseAnswer(boolean value) implements Answer {
}
