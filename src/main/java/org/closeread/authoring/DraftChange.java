package org.closeread.authoring;

/**
 * What came of saving a change: {@code saved}, with the draft as it now is; or refused because someone
 * else saved the lesson first, with the draft as they left it (the editor keeps the teacher's text).
 */
public record DraftChange(boolean saved, Draft draft) {

    /** The key of what an editing page says when another teacher saved first. */
    public static final String CONFLICT = "authoring.conflict";
    /** The same words for a quiz import's list of problems (still written in English there). */
    public static final String CONFLICT_MESSAGE = "Someone else saved this lesson while you were editing. Your"
            + " changes were not saved: copy them, reload, and apply them again.";
}
