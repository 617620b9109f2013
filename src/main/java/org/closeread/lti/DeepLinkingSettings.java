package org.closeread.lti;

import java.util.List;
import java.util.Optional;

/**
 * The {@code deep_linking_settings} of a Deep Linking 2.0 request (LTI Deep Linking 2.0 §4.4.1): where the
 * answer goes, which kinds of content item the platform takes and whether more than one, and the
 * whether it makes a gradebook column from a content item's {@code lineItem} ({@code accept_lineitem}, true
 * unless it says false), and the {@code data} to send back unchanged.
 */
public record DeepLinkingSettings(String returnUrl, List<String> acceptTypes, boolean acceptMultiple,
                                  boolean acceptLineItem, Optional<String> data) {

    public DeepLinkingSettings {
        acceptTypes = List.copyOf(acceptTypes);
    }

    /** Whether the platform takes an LTI resource link, the only kind of item CloseRead offers. */
    public boolean acceptsResourceLinks() {
        return acceptTypes.contains(Claims.RESOURCE_LINK_TYPE);
    }
}
