package org.closeread.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttle failures in the database (table throttle_failure), which every node shares: the same guesser
 * counts once across all nodes. Keys are stored as SHA-256 hashes. Each change runs in a transaction of
 * its own (a refused join rolls back, its failure stays) and locks the row, so two nodes counting the same
 * key at once both count.
 */
public final class ThrottleStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public ThrottleStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The store of one throttle (its name tells its rows from the others'). */
    public Throttle.Store named(String throttle) {
        return new Throttle.Store() {
            @Override
            public Optional<Throttle.Failures> get(String key) {
                return read(throttle, hash(key), false);
            }

            @Override
            public void update(String key, UnaryOperator<Throttle.Failures> change) {
                String hashed = hash(key);
                try {
                    change(throttle, hashed, change);
                } catch (DataIntegrityViolationException e) {
                    // Another node inserted the same key first: count on its row.
                    change(throttle, hashed, change);
                }
            }

            @Override
            public void remove(String key) {
                ownTransaction.executeWithoutResult(status -> jdbc.update(
                        "delete from throttle_failure where throttle = ? and client_key = ?", throttle, hash(key)));
            }

            @Override
            public long size() {
                Long count = jdbc.queryForObject("select count(*) from throttle_failure where throttle = ?",
                        Long.class, throttle);
                return count == null ? 0 : count;
            }
        };
    }

    /** Deletes the rows no throttle counts any more (last failure over an hour ago); how many went. */
    public int prune() {
        long before = clock.instant().minus(Throttle.FORGET_AFTER).toEpochMilli();
        return ownTransaction.execute(status -> jdbc.update("delete from throttle_failure where last_ms < ?", before));
    }

    private void change(String throttle, String key, UnaryOperator<Throttle.Failures> change) {
        ownTransaction.executeWithoutResult(status -> {
            Optional<Throttle.Failures> before = read(throttle, key, true);
            Throttle.Failures after = change.apply(before.orElse(null));
            Long blocked = after.blockedUntil() == null ? null : after.blockedUntil().toEpochMilli();
            if (before.isPresent()) {
                jdbc.update("update throttle_failure set failures = ?, last_ms = ?, blocked_ms = ?"
                                + " where throttle = ? and client_key = ?", after.count(), after.last().toEpochMilli(),
                        blocked, throttle, key);
            } else {
                jdbc.update("insert into throttle_failure (throttle, client_key, failures, last_ms, blocked_ms)"
                        + " values (?, ?, ?, ?, ?)", throttle, key, after.count(), after.last().toEpochMilli(), blocked);
            }
        });
    }

    private Optional<Throttle.Failures> read(String throttle, String key, boolean lock) {
        List<Throttle.Failures> rows = jdbc.query("select failures, last_ms, blocked_ms from throttle_failure"
                        + " where throttle = ? and client_key = ?" + (lock ? " for update" : ""),
                (rs, n) -> {
                    long blocked = rs.getLong(3);
                    return new Throttle.Failures(rs.getInt(1), Instant.ofEpochMilli(rs.getLong(2)),
                            rs.wasNull() ? null : Instant.ofEpochMilli(blocked));
                }, throttle, key);
        return rows.stream().findFirst();
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
