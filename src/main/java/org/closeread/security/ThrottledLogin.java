package org.closeread.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.closeread.base.Throttle;
import org.closeread.base.ThrottleStore;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a teacher's password only when the client may try, and tells the throttles how each attempt
 * went (OWASP ASVS 2.2.1: slow guessing down without letting a guesser lock the real teacher out):
 * <ul>
 * <li>per account <em>and</em> client address: a few free failures, then growing waits;</li>
 * <li>per client address, over all accounts: one client guessing many accounts;</li>
 * <li>per account, a much higher ceiling that holds back only clients that have failed on that account
 * already: a guesser spreading over many addresses is slowed, while the teacher typing the right
 * password from a client that has not been failing still gets in.</li>
 * </ul>
 */
class ThrottledLogin implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final Throttle pairs;
    private final Throttle accounts;
    private final Throttle clients;

    ThrottledLogin(AuthenticationProvider passwords, Throttle pairs, Throttle accounts, Throttle clients) {
        this.passwords = passwords;
        this.pairs = pairs;
        this.accounts = accounts;
        this.clients = clients;
    }

    /** Free failures per account and client address, per account (the ceiling), per client address. */
    record Limits(int perAccountAndAddress, int perAccount, int perAddress) {
    }

    static ThrottledLogin of(AuthenticationProvider passwords, Limits limits, Clock clock) {
        return new ThrottledLogin(passwords, new Throttle(clock, limits.perAccountAndAddress()),
                new Throttle(clock, limits.perAccount()), new Throttle(clock, limits.perAddress()));
    }

    /** With the failures in the database, counted across every node. */
    static ThrottledLogin of(AuthenticationProvider passwords, Limits limits, Clock clock, ThrottleStore store) {
        return new ThrottledLogin(passwords,
                new Throttle(clock, limits.perAccountAndAddress(), store.named("login-pair")),
                new Throttle(clock, limits.perAccount(), store.named("login-account")),
                new Throttle(clock, limits.perAddress(), store.named("login-address")));
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String account = String.valueOf(authentication.getName()).strip().toLowerCase(Locale.ROOT);
        String client = clientOf(authentication);
        String pair = account + "\n" + client;
        Optional<Duration> wait = Stream.of(pairs.waitFor(pair), clients.waitFor(client),
                        pairs.hasFailed(pair) ? accounts.waitFor(account) : Optional.<Duration>empty())
                .flatMap(Optional::stream).max(Duration::compareTo);
        if (wait.isPresent()) {
            throw new LockedException(message(wait.get()));
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            pairs.succeeded(pair);
            accounts.succeeded(account);
            return result;
        } catch (BadCredentialsException e) {
            pairs.failed(pair);
            accounts.failed(account);
            clients.failed(client);
            throw e;
        }
    }

    static String message(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return "Too many failed logins — try again in " + seconds + " seconds.";
    }

    private static String clientOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? String.valueOf(details.getRemoteAddress()) : "unknown";
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }
}
