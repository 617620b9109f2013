package org.closeread.classroom;

import java.util.Objects;
import org.closeread.base.GuessThrottle;

/**
 * Who is typing join codes: the network address the request came from and the browser session. The
 * address is the connection's own; X-Forwarded-For counts only where the server is configured to trust
 * it (server.forward-headers-strategy).
 */
public record JoinClient(String address, String browser) implements GuessThrottle.Client {

    public JoinClient {
        address = Objects.requireNonNullElse(address, "unknown");
        browser = Objects.requireNonNullElse(browser, "unknown");
    }
}
