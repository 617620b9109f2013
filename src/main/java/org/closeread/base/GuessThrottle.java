package org.closeread.base;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Slows down guessing codes a student types: class join codes and resume codes, on every page that
 * takes one. Only wrong codes count, and they count against the client (the browser session, and more
 * generously its network address, which a whole school may share), never against a class or a student:
 * nobody can lock students out by typing their code wrongly. A right code does not wipe earlier
 * failures, or knowing one code would allow guessing others. Bounded and expiring ({@link Throttle}); in
 * the application the failures are in the database, shared by every node ({@link ThrottleStore}).
 */
public final class GuessThrottle {

    /** Wrong codes one browser may type before it must wait. */
    public static final int FREE_PER_BROWSER = 5;
    /** Wrong codes one address may type before every browser behind it must wait. */
    public static final int FREE_PER_ADDRESS = 30;

    /** Who is typing: the connection's network address and the browser session. */
    public interface Client {
        String address();

        String browser();
    }

    private final Throttle browsers;
    private final Throttle addresses;

    public GuessThrottle(Clock clock, int freePerBrowser, int freePerAddress) {
        this(new Throttle(clock, freePerBrowser), new Throttle(clock, freePerAddress));
    }

    /** With the failures kept where all nodes see them (or anywhere else a {@link Throttle.Store} keeps them). */
    public GuessThrottle(Clock clock, int freePerBrowser, int freePerAddress, Throttle.Store browsers,
                         Throttle.Store addresses) {
        this(new Throttle(clock, freePerBrowser, browsers), new Throttle(clock, freePerAddress, addresses));
    }

    private GuessThrottle(Throttle browsers, Throttle addresses) {
        this.browsers = browsers;
        this.addresses = addresses;
    }

    public GuessThrottle(Clock clock) {
        this(clock, FREE_PER_BROWSER, FREE_PER_ADDRESS);
    }

    /** How long this client must still wait before typing another code, if it must. */
    public Optional<Duration> waitFor(Client client) {
        return Stream.of(browsers.waitFor(client.browser()), addresses.waitFor(client.address()))
                .flatMap(Optional::stream).max(Duration::compareTo);
    }

    public void wrongCode(Client client) {
        browsers.failed(client.browser());
        addresses.failed(client.address());
    }

    /** Keys kept, browsers and addresses together. */
    public long size() {
        return browsers.size() + addresses.size();
    }

    /** "Too many attempts — try again in 30 seconds." (whole seconds, rounded up). */
    /** The message key for "too many attempts, wait n seconds"; its one parameter is {@link #seconds}. */
    public static final String WAIT = "throttle.wait";

    /** Whole seconds to wait, at least 1. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    public static String message(Duration wait) {
        return "Too many attempts — " + Throttle.inSeconds(wait);
    }
}
