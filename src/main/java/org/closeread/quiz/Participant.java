package org.closeread.quiz;

import org.closeread.base.ReadableCode;

/** A student without an account: an optional display name and the code that resumes their work. */
public record Participant(long id, String displayName, String resumeCode) {

    public static final int RESUME_CODE_LENGTH = 8;

    /** The resume code as it is shown: {@code K7QM-4TRX}. */
    public String shownCode() {
        return ReadableCode.display(resumeCode);
    }
}
