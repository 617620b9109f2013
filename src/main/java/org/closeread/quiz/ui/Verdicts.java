package org.closeread.quiz.ui;

import org.closeread.base.ui.Translations;

import org.closeread.quiz.Verdict;

/** The words a student reads for a verdict (never only a colour or an icon). */
final class Verdicts {

    private Verdicts() {
    }

    static String label(Verdict verdict) {
        return switch (verdict) {
            case RIGHT -> Translations.text("verdict.right");
            case PARTLY_RIGHT -> Translations.text("verdict.partly");
            case WRONG -> Translations.text("verdict.wrong");
            case MISSED -> Translations.text("verdict.missed");
            case NOT_CHOSEN -> Translations.text("verdict.not-chosen");
        };
    }
}
