package org.closeread.classroom;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.closeread.security.LoginThrottle;

/**
 * Slows down guessing join codes. Only wrong codes count, and they count against the client (the
 * browser session, and more generously its network address, which a whole school may share), never
 * against a class: nobody can lock students out of a real class by typing its code wrongly. A right
 * code does not wipe earlier failures, or knowing one code would allow guessing others.
 */
public final class JoinThrottle {

    /** Wrong codes one browser may type before it must wait. */
    public static final int FREE_PER_BROWSER = 5;
    /** Wrong codes one address may type before every browser behind it must wait. */
    public static final int FREE_PER_ADDRESS = 30;

    private final LoginThrottle browsers;
    private final LoginThrottle addresses;

    public JoinThrottle(Clock clock, int freePerBrowser, int freePerAddress) {
        this.browsers = new LoginThrottle(clock, freePerBrowser);
        this.addresses = new LoginThrottle(clock, freePerAddress);
    }

    public JoinThrottle(Clock clock) {
        this(clock, FREE_PER_BROWSER, FREE_PER_ADDRESS);
    }

    /** How long this client must still wait before typing another code, if it must. */
    public Optional<Duration> waitFor(JoinClient client) {
        return Stream.of(browsers.waitFor(client.browser()), addresses.waitFor(client.address()))
                .flatMap(Optional::stream).max(Duration::compareTo);
    }

    public void wrongCode(JoinClient client) {
        browsers.failed(client.browser());
        addresses.failed(client.address());
    }

    /** "Too many attempts — try again in 30 seconds." (whole seconds, rounded up). */
    public static String message(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return "Too many attempts — try again in " + seconds + (seconds == 1 ? " second." : " seconds.");
    }
}
