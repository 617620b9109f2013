package org.closeread.lti;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A verified resource-link launch: who (issuer and subject, name, roles), from which course (context) and
 * which link, what the link asks for (its custom parameters and target link), and the line item scores go
 * to (Assignment and Grade Services, when the platform granted the score scope), the roster address (Names and
 * Role Provisioning Services) and, for a deep-linking request, where to send the picked link.
 */
public record Launch(String issuer, String subject, Optional<String> name, List<String> roles,
                     String deploymentId, String contextId, String contextTitle, Optional<String> resourceLinkId,
                     Map<String, String> custom, Optional<String> targetLinkUri, Optional<String> lineItem,
                     String messageType, Optional<DeepLinkingSettings> deepLinking, Optional<String> membershipsUrl) {

    public Launch {
        roles = List.copyOf(roles);
        custom = Map.copyOf(custom);
    }

    /** A Deep Linking 2.0 request: the LMS asks the instructor to pick what to link to. */
    public boolean deepLinkingRequest() {
        return Claims.DEEP_LINKING_REQUEST.equals(messageType);
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
