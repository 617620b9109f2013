package org.closeread.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after a number of free failed attempts for one key (an account, or a
 * client address) further attempts wait, 30 seconds at first and twice as long after each
 * further failure, up to 15 minutes. A success clears the key. Plain Java, so the rule is testable.
 */
public final class LoginThrottle {

    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int freeFailures;

    public LoginThrottle(Clock clock, int freeFailures) {
        this.clock = clock;
        this.freeFailures = freeFailures;
    }

    /** How long the key must still wait, if it must. */
    public Optional<Duration> waitFor(String key) {
        Failures f = failures.get(key);
        Instant now = clock.instant();
        if (f == null || f.blockedUntil() == null || !now.isBefore(f.blockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, f.blockedUntil()));
    }

    public void failed(String key) {
        Instant now = clock.instant();
        failures.compute(key, (k, f) -> {
            int count = f == null || now.isAfter(f.last().plus(FORGET_AFTER)) ? 1 : f.count() + 1;
            Instant until = null;
            if (count >= freeFailures) {
                long factor = 1L << Math.min(10, count - freeFailures);
                Duration wait = FIRST_WAIT.multipliedBy(factor);
                until = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
            }
            return new Failures(count, now, until);
        });
    }

    public void succeeded(String key) {
        failures.remove(key);
    }
}
