package org.closeread.base;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Slows down guessing (passwords, class codes, resume codes): after a number of free failures for one
 * key, further attempts wait, 30 seconds at first and twice as long after each further failure, up to
 * 15 minutes. A key is forgotten an hour after its last failure, and at most {@code maxKeys} keys are
 * kept (the least useful go first), so a flood of distinct keys cannot fill the memory; or the failures
 * are kept in a {@link Store} all nodes share. Plain Java on
 * Caffeine, with an injectable clock, so every rule is testable without waiting.
 */
public final class Throttle {

    public static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    public static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** Keys kept per throttle; an entry is about 200 bytes, so a throttle stays under a few MB. */
    public static final long MAX_KEYS = 10_000;

    /** What a throttle remembers about one key. */
    public record Failures(int count, Instant last, Instant blockedUntil) {
    }

    /**
     * Where a throttle keeps its failures: this node's memory ({@link #inMemory}), or a store every node
     * shares (the database), so a guesser gets one allowance, not one per node.
     */
    public interface Store {
        Optional<Failures> get(String key);

        /** Replaces the key's failures with {@code change} applied to them (null when there are none). */
        void update(String key, UnaryOperator<Failures> change);

        void remove(String key);

        long size();
    }

    private final Store failures;
    private final Clock clock;
    private final int freeFailures;

    public Throttle(Clock clock, int freeFailures) {
        this(clock, freeFailures, MAX_KEYS);
    }

    public Throttle(Clock clock, int freeFailures, long maxKeys) {
        this(clock, freeFailures, inMemory(clock, maxKeys));
    }

    public Throttle(Clock clock, int freeFailures, Store store) {
        if (freeFailures < 1) {
            throw new IllegalArgumentException("at least one free failure");
        }
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.failures = store;
    }

    /** Failures in this node's memory: at most {@code maxKeys} keys, each forgotten an hour after its last failure. */
    public static Store inMemory(Clock clock, long maxKeys) {
        Cache<String, Failures> cache = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterWrite(FORGET_AFTER)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run)
                .build();
        return new Store() {
            @Override
            public Optional<Failures> get(String key) {
                return Optional.ofNullable(cache.getIfPresent(key));
            }

            @Override
            public void update(String key, UnaryOperator<Failures> change) {
                cache.asMap().compute(key, (k, f) -> change.apply(f));
            }

            @Override
            public void remove(String key) {
                cache.invalidate(key);
            }

            @Override
            public long size() {
                cache.cleanUp();
                return cache.estimatedSize();
            }
        };
    }

    private Optional<Failures> current(String key) {
        Instant now = clock.instant();
        return failures.get(key).filter(f -> !now.isAfter(f.last().plus(FORGET_AFTER)));
    }

    /** How long the key must still wait, if it must. */
    public Optional<Duration> waitFor(String key) {
        Failures f = current(key).orElse(null);
        Instant now = clock.instant();
        if (f == null || f.blockedUntil() == null || !now.isBefore(f.blockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, f.blockedUntil()));
    }

    /** Whether the key has failed within the last hour. */
    public boolean hasFailed(String key) {
        return current(key).isPresent();
    }

    public void failed(String key) {
        Instant now = clock.instant();
        failures.update(key, f -> {
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

    /** How many keys are kept now (after pending evictions). */
    public long size() {
        return failures.size();
    }

    /** "try again in 30 seconds" (whole seconds, rounded up). */
    public static String inSeconds(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return "try again in " + seconds + (seconds == 1 ? " second." : " seconds.");
    }
}
