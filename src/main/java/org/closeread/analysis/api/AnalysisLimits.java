package org.closeread.analysis.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How much analysing anyone may ask for: a token bucket per client address ({@code perMinute} requests
 * a minute, as a burst or spread out) and at most {@code concurrent} analyses at once. The buckets live
 * in a bounded, expiring Caffeine cache, so a flood of addresses cannot fill the memory.
 */
final class AnalysisLimits {

    static final long MAX_ADDRESSES = 50_000;

    private record Bucket(double tokens, long atNanos) {
    }

    private final Cache<String, Bucket> buckets;
    private final Clock clock;
    private final int perMinute;
    private final Semaphore running;
    private final int concurrent;
    private final Duration timeLimit;

    AnalysisLimits(Clock clock, int perMinute, int concurrent, Duration timeLimit) {
        if (perMinute < 1 || concurrent < 1) {
            throw new IllegalArgumentException("limits must be at least 1");
        }
        this.clock = clock;
        this.perMinute = perMinute;
        this.concurrent = concurrent;
        this.running = new Semaphore(concurrent);
        this.timeLimit = timeLimit;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_ADDRESSES)
                .expireAfterAccess(Duration.ofMinutes(2))
                .ticker(this::nanos)
                .executor(Runnable::run)
                .build();
    }

    /** Takes one request from the address's bucket; empty when allowed, else how long until one is. */
    Optional<Duration> take(String address) {
        long now = nanos();
        double perNano = perMinute / (double) TimeUnit.MINUTES.toNanos(1);
        Duration[] wait = {null};
        buckets.asMap().compute(address == null ? "unknown" : address, (key, bucket) -> {
            double tokens = bucket == null ? perMinute
                    : Math.min(perMinute, bucket.tokens() + (now - bucket.atNanos()) * perNano);
            if (tokens >= 1) {
                return new Bucket(tokens - 1, now);
            }
            wait[0] = Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano));
            return new Bucket(tokens, now);
        });
        return Optional.ofNullable(wait[0]);
    }

    /** A slot for one analysis, if one is free; give it back with {@link #release()}. */
    boolean tryAcquire() {
        return running.tryAcquire();
    }

    void release() {
        running.release();
    }

    int concurrent() {
        return concurrent;
    }

    Duration timeLimit() {
        return timeLimit;
    }

    long addresses() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private long nanos() {
        return TimeUnit.MILLISECONDS.toNanos(clock.millis());
    }
}
