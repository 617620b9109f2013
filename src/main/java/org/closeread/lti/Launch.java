package org.closeread.lti;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A verified resource-link launch: who (issuer and subject, name, roles), from which course (context) and
 * which link, what the link asks for (its custom parameters and target link), and the line item scores go
 * to (Assignment and Grade Services, when the platform granted the score scope).
 */
public record Launch(String issuer, String subject, Optional<String> name, List<String> roles,
                     String deploymentId, String contextId, String contextTitle, Optional<String> resourceLinkId,
                     Map<String, String> custom, Optional<String> targetLinkUri, Optional<String> lineItem) {

    public Launch {
        roles = List.copyOf(roles);
        custom = Map.copyOf(custom);
    }

    /** Teaching staff (instructor, content developer, administrator); everyone else is a learner. */
    public boolean instructor() {
        return roles.stream().anyMatch(role -> role.equals(Claims.INSTRUCTOR) || role.equals(Claims.ADMINISTRATOR)
                || role.equals(Claims.CONTENT_DEVELOPER) || role.equals(Claims.SYSTEM_ADMINISTRATOR)
                || role.equals(Claims.INSTITUTION_ADMINISTRATOR)
                // LTI 1.1-style short roles, which some platforms still send
                || role.equals("Instructor") || role.equals("Administrator"));
    }
}
