package org.closeread.classroom;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, carries class changes between nodes: the node that stored a change sends
 * {@code NOTIFY closeread_classroom, '<classId>'} once it is committed, and every node listens on a
 * connection of its own and passes what it hears to its {@link ClassroomBroadcaster}, so a dashboard on
 * node A hears of an answer stored through node B at once. The listener reconnects by itself when the
 * database restarts (and then tells every open dashboard to rebuild, for what it missed meanwhile). On H2
 * (one node) it does nothing. The dashboards' regular rebuild stays the safety net either way.
 */
@Component
class CrossNodeUpdates {

    static final String CHANNEL = "closeread_classroom";
    private static final Logger log = LoggerFactory.getLogger(CrossNodeUpdates.class);
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private final ClassroomBroadcaster broadcaster;
    private final JdbcTemplate jdbc;
    private final String url;
    private final String user;
    private final String password;
    /** The database sessions this node sends from: what they send this node has delivered already. */
    private final Set<Integer> ownSessions = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private volatile boolean connected;
    private Thread listener;

    CrossNodeUpdates(ClassroomBroadcaster broadcaster, JdbcTemplate jdbc, Environment environment) {
        this.broadcaster = broadcaster;
        this.jdbc = jdbc;
        this.url = environment.getProperty("spring.datasource.url", "");
        this.user = environment.getProperty("spring.datasource.username");
        this.password = environment.getProperty("spring.datasource.password");
    }

    boolean enabled() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** Whether the listener is connected now (on PostgreSQL). */
    boolean listening() {
        return connected;
    }

    @PostConstruct
    void start() {
        if (!enabled()) {
            return;
        }
        running = true;
        listener = new Thread(this::listen, "classroom-notify-listener");
        listener.setDaemon(true);
        listener.start();
    }

    /** Tells the other nodes that the class changed; call after commit, outside any transaction. */
    void send(long classId) {
        if (!enabled()) {
            return;
        }
        jdbc.query("select pg_notify(?, ?), pg_backend_pid()", (rs, n) -> ownSessions.add(rs.getInt(2)),
                CHANNEL, Long.toString(classId));
    }

    private void listen() {
        long backoff = 250;
        boolean first = true;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                connected = true;
                backoff = 250;
                if (!first) {
                    log.info("Listening for class changes of other nodes again");
                    broadcaster.changedAll();
                }
                first = false;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1_000);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification notification : notifications) {
                        deliver(notification);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Lost the database connection that hears other nodes' class changes; retrying in {} ms"
                            + " (dashboards still rebuild on their own meanwhile): {}", backoff, e.getMessage());
                }
            } finally {
                connected = false;
            }
            if (running) {
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException e) {
                    return;
                }
                backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
            }
        }
    }

    private void deliver(PGNotification notification) {
        if (!CHANNEL.equals(notification.getName()) || ownSessions.contains(notification.getPID())) {
            return;
        }
        try {
            broadcaster.changed(Long.parseLong(notification.getParameter()));
        } catch (NumberFormatException e) {
            log.debug("Ignored a class change notice without a class id: {}", notification.getParameter());
        }
    }

    @PreDestroy
    void stop() {
        // The listener notices within a second and closes its connection itself.
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }
}
