package org.closeread.lti;

/** Why a login or a launch is refused; each has its message under {@code lti.refused.<name>}. */
public enum Refusal {
    MISSING_PARAMETER,
    UNKNOWN_PLATFORM,
    UNKNOWN_STATE,
    MALFORMED_TOKEN,
    BAD_SIGNATURE,
    KEYS_UNAVAILABLE,
    WRONG_ISSUER,
    WRONG_AUDIENCE,
    EXPIRED,
    ISSUED_IN_FUTURE,
    WRONG_NONCE,
    UNKNOWN_DEPLOYMENT,
    WRONG_VERSION,
    UNSUPPORTED_MESSAGE,
    NO_USER,
    NO_CONTEXT,
    UNKNOWN_LESSON,
    CLASS_CLOSED,
    NO_RETURN_ADDRESS,
    LINK_NOT_ACCEPTED,
    NOT_TEACHING_STAFF,
    PICK_EXPIRED;

    public String key() {
        return "lti.refused." + name();
    }
}
