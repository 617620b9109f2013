package org.closeread.quiz;

/** What a feedback line says about one option, pair, item, target or mark. */
public enum Verdict {
    /** Chosen, matched, placed or marked rightly. */
    RIGHT,
    /** Partly right, such as a target marked with words missing or extra. */
    PARTLY_RIGHT,
    /** Chosen, matched, placed or marked wrongly. */
    WRONG,
    /** Right, but not chosen, matched, placed or marked. */
    MISSED,
    /** A wrong option that was rightly left out. */
    NOT_CHOSEN
}
