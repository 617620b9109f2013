package org.closeread.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a teacher's password only when neither the account nor the client is being throttled, and
 * tells the throttle how each attempt went.
 */
class ThrottledLogin implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle accounts;
    private final LoginThrottle clients;

    ThrottledLogin(AuthenticationProvider passwords, LoginThrottle accounts, LoginThrottle clients) {
        this.passwords = passwords;
        this.accounts = accounts;
        this.clients = clients;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String account = String.valueOf(authentication.getName()).strip().toLowerCase(Locale.ROOT);
        String client = clientOf(authentication);
        Optional<Duration> wait = Stream.of(accounts.waitFor(account), clients.waitFor(client))
                .flatMap(Optional::stream).max(Duration::compareTo);
        if (wait.isPresent()) {
            throw new LockedException(message(wait.get()));
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            accounts.succeeded(account);
            return result;
        } catch (BadCredentialsException e) {
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
