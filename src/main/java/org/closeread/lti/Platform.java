package org.closeread.lti;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** An LMS a teacher registered: who it is (issuer, our client id there), its deployments and its addresses. */
public record Platform(long id, String owner, String issuer, String clientId, List<String> deploymentIds,
                       String jwksUrl, String authUrl, String tokenUrl) {

    public Platform {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        deploymentIds = List.copyOf(deploymentIds);
    }

    /** Deployment ids as typed: separated by spaces, commas or new lines. */
    public static List<String> deployments(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[\\s,]+")).filter(s -> !s.isEmpty())
                .distinct().toList();
    }
}
