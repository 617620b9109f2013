package org.closeread.quiz;

/** What a deletion removed: attempts (with their answers) and participants. */
public record Forgotten(int attempts, int participants) {
}
