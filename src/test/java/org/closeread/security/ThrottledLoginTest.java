package org.closeread.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.closeread.ManualClock;
import org.closeread.base.Throttle;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** OWASP ASVS 2.2.1: the guesser is slowed down, the real teacher is never locked out. */
class ThrottledLoginTest {

    private static final String PASSWORD = "correct horse battery staple";

    private final ManualClock clock = new ManualClock("2026-11-29T09:00:00Z");
    /** Accepts only ada's password. */
    private final AuthenticationProvider passwords = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication a) {
            if (a.getName().equals("ada") && PASSWORD.equals(a.getCredentials())) {
                return UsernamePasswordAuthenticationToken.authenticated("ada", null,
                        List.of(new SimpleGrantedAuthority("ROLE_TEACHER")));
            }
            throw new BadCredentialsException("Bad credentials");
        }

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }
    };

    private final ThrottledLogin login = ThrottledLogin.of(passwords, new ThrottledLogin.Limits(5, 100, 20), clock);

    private static Authentication attempt(String user, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }

    private void guess(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            try {
                login.authenticate(attempt(user, "guess " + i, address));
            } catch (BadCredentialsException | LockedException expected) {
                // counted
            }
        }
    }

    @Test
    void a_guesser_is_slowed_down_even_with_the_right_password() {
        guess("ada", "203.0.113.9", 5);

        assertThatThrownBy(() -> login.authenticate(attempt("ada", PASSWORD, "203.0.113.9")))
                .isInstanceOf(LockedException.class).hasMessageStartingWith("Too many failed logins — try again in 30");
        clock.advanceSeconds(31);
        assertThat(login.authenticate(attempt("ada", PASSWORD, "203.0.113.9")).isAuthenticated()).isTrue();
    }

    @Test
    void the_waits_grow_with_each_further_failure() {
        guess("ada", "203.0.113.9", 5);
        clock.advanceSeconds(31);
        guess("ada", "203.0.113.9", 1);

        assertThatThrownBy(() -> login.authenticate(attempt("ada", PASSWORD, "203.0.113.9")))
                .hasMessageStartingWith("Too many failed logins — try again in 60");
    }

    @Test
    void the_real_teacher_on_another_address_is_not_locked_out_by_a_guesser() {
        guess("ada", "203.0.113.9", 50);

        assertThat(login.authenticate(attempt("ada", PASSWORD, "192.0.2.10")).isAuthenticated()).isTrue();
    }

    @Test
    void a_guesser_spread_over_many_addresses_meets_the_account_ceiling_but_the_teacher_still_gets_in() {
        for (int i = 0; i < 100; i++) {
            guess("ada", "198.51.100." + i, 2);
        }

        assertThatThrownBy(() -> login.authenticate(attempt("ada", PASSWORD, "198.51.100.7")))
                .as("an address that has failed on ada is held back once the ceiling is reached")
                .isInstanceOf(LockedException.class);
        assertThat(login.authenticate(attempt("ada", PASSWORD, "192.0.2.10")).isAuthenticated())
                .as("a client that has not been failing gets in with the right password").isTrue();
    }

    @Test
    void one_address_guessing_many_accounts_is_slowed_down() {
        for (int i = 0; i < 20; i++) {
            guess("teacher" + i, "203.0.113.9", 1);
        }

        assertThatThrownBy(() -> login.authenticate(attempt("ada", PASSWORD, "203.0.113.9")))
                .isInstanceOf(LockedException.class);
        assertThat(login.authenticate(attempt("ada", PASSWORD, "192.0.2.10")).isAuthenticated()).isTrue();
    }

    @Test
    void memory_stays_bounded_after_100000_distinct_failing_accounts_and_addresses() {
        Throttle pairs = new Throttle(clock, 5);
        Throttle accounts = new Throttle(clock, 100);
        Throttle clients = new Throttle(clock, 20);
        ThrottledLogin bounded = new ThrottledLogin(passwords, pairs, accounts, clients);
        for (int i = 0; i < 100_000; i++) {
            try {
                bounded.authenticate(attempt("user" + i, "guess", "10." + (i >> 16 & 255) + "." + (i >> 8 & 255)
                        + "." + (i & 255)));
            } catch (BadCredentialsException expected) {
                // counted
            }
        }

        assertThat(pairs.size() + accounts.size() + clients.size()).isLessThanOrEqualTo(3 * Throttle.MAX_KEYS);
        assertThat(bounded.authenticate(attempt("ada", PASSWORD, "192.0.2.10")).isAuthenticated()).isTrue();
    }

    @Test
    void the_message_says_when_to_try_again() {
        assertThat(ThrottledLogin.message(Duration.ofMillis(29_200)))
                .isEqualTo("Too many failed logins — try again in 30 seconds.");
    }
}
