package org.closeread.security;

/**
 * Who may frame CloseRead's pages. No one, except: the LTI login and launch answers (framable anywhere:
 * they show nothing to click but a refusal), and the pages of a browser session that came from an LMS
 * launch, which the LMS that launched it may frame (its origins, set by the launch in
 * {@link #SESSION_ATTRIBUTE}).
 */
public final class Framing {

    /** The origins (space-separated) of the LMS that may frame this session's pages. */
    public static final String SESSION_ATTRIBUTE = Framing.class.getName() + ".ancestors";

    /**
     * The origins (space-separated) a page of this session may post a form to besides our own: the LMS's
     * deep-linking return address, for the page that sends the picked link back ({@code /lti/deep-link}).
     */
    public static final String FORM_TARGETS_ATTRIBUTE = Framing.class.getName() + ".form-targets";

    private Framing() {
    }
}
