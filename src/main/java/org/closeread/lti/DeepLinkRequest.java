package org.closeread.lti;

import java.io.Serializable;
import java.util.Optional;

/**
 * A verified deep-linking request waiting in the instructor's browser session for a pick: which platform and
 * deployment asked, where the answer goes, the platform's {@code data} to echo, and a random id the picker's
 * form must carry (single use, like a login's state).
 */
public record DeepLinkRequest(String id, long platformId, String issuer, String clientId, String deploymentId,
                              String returnUrl, String data, boolean acceptLineItem, String contextTitle)
        implements Serializable {

    public static final String SESSION_ATTRIBUTE = DeepLinkRequest.class.getName();

    public Optional<String> echoedData() {
        return Optional.ofNullable(data);
    }
}
