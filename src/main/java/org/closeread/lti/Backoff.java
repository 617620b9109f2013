package org.closeread.lti;

import java.time.Duration;

/** Waits between tries to post a score: 30 s, doubling with every failed try, at most six hours. Plain Java. */
final class Backoff {

    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration MAX = Duration.ofHours(6);

    private Backoff() {
    }

    /** The wait after the {@code failedTries}-th failure (1 for the first). */
    static Duration after(int failedTries) {
        int doublings = Math.max(0, Math.min(failedTries - 1, 20));
        Duration wait = FIRST.multipliedBy(1L << doublings);
        return wait.compareTo(MAX) > 0 ? MAX : wait;
    }
}
