package org.closeread.lti;

import java.util.Objects;

/** A login or launch CloseRead will not take, with the reason shown to the person in the LMS. */
public final class LtiRefusedException extends Exception {

    private final Refusal reason;

    public LtiRefusedException(Refusal reason, String detail) {
        super(reason + ": " + detail);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Refusal reason() {
        return reason;
    }
}
