package org.closeread.quiz.ui;

import org.closeread.quiz.Verdict;

/** The words a student reads for a verdict (never only a colour or an icon). */
final class Verdicts {

    private Verdicts() {
    }

    static String label(Verdict verdict) {
        return switch (verdict) {
            case RIGHT -> "Right";
            case PARTLY_RIGHT -> "Partly right";
            case WRONG -> "Wrong";
            case MISSED -> "Missed";
            case NOT_CHOSEN -> "Rightly left out";
        };
    }
}
