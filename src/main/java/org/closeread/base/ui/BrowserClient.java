package org.closeread.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Objects;
import org.closeread.base.GuessThrottle;

/**
 * The client of the current Vaadin request, for the guess throttle: the connection's address (forwarded
 * headers only where the server is told to trust them, server.forward-headers-strategy) and the session.
 */
public record BrowserClient(String address, String browser) implements GuessThrottle.Client {

    public BrowserClient {
        address = Objects.requireNonNullElse(address, "unknown");
        browser = Objects.requireNonNullElse(browser, "unknown");
    }

    public static BrowserClient current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinSession session = VaadinSession.getCurrent();
        return new BrowserClient(request == null ? null : request.getRemoteAddr(),
                session == null || session.getSession() == null ? null : session.getSession().getId());
    }
}
