package org.closeread.base;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * On H2, lets one connection at a time hold uncommitted changes; reads go on beside it.
 *
 * <p>H2 2.4 recovers a killed process's file wrongly when several transactions had uncommitted changes at
 * the kill: a unique index may keep an entry whose row was rolled back, or an identity may restart
 * below rows already stored, so the next insert fails (and in one app crash test an acknowledged answer
 * disappeared). With writers taking turns it did not happen in hundreds of kills (docs/reliability.md,
 * decision 2026-11-30-h2-writers-take-turns). A connection enters the gate at its first statement that
 * changes data or takes row locks, and leaves it when it commits, rolls back or is closed. The same
 * thread may enter again through another connection (a nested transaction of its own).
 */
public final class H2WriteGate {

    /** How long a change waits for the one before it, then fails (nothing stored; the caller may try again). */
    static final Duration WAIT = Duration.ofSeconds(30);

    private static final Map<String, H2WriteGate> BY_DATABASE = new ConcurrentHashMap<>();
    private static final Pattern READ = Pattern.compile("^(select|with|values|table|explain|show|backup|script)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCKS_OR_COUNTS = Pattern.compile("\\bfor\\s+(update|share)\\b|\\bnext\\s+value\\s+for\\b"
            + "|\\bnextval\\s*\\(", Pattern.CASE_INSENSITIVE);

    private final Semaphore permit = new Semaphore(1, true);
    private final Duration wait;
    private Thread owner;
    private int holders;

    H2WriteGate(Duration wait) {
        this.wait = wait;
    }

    /** Whether {@code url} is an H2 URL, whose writers should take turns. */
    public static boolean wanted(String url) {
        return url != null && url.startsWith("jdbc:h2:");
    }

    /** {@code target} with writers taking turns; one gate for every data source on the same H2 database. */
    public static DataSource guard(DataSource target, String url) {
        String database = url.contains(";") ? url.substring(0, url.indexOf(';')) : url;
        return new Gated(target, BY_DATABASE.computeIfAbsent(database, d -> new H2WriteGate(WAIT)));
    }

    /** Whether a statement changes data or takes locks (anything but a plain query counts as a change). */
    static boolean changes(String sql) {
        String text = withoutLeadingComments(sql);
        if (!READ.matcher(text).find()) {
            return true;
        }
        return LOCKS_OR_COUNTS.matcher(text).find();
    }

    private static String withoutLeadingComments(String sql) {
        String text = sql.strip();
        while (true) {
            if (text.startsWith("--")) {
                int end = text.indexOf('\n');
                text = end < 0 ? "" : text.substring(end + 1).strip();
            } else if (text.startsWith("/*")) {
                int end = text.indexOf("*/");
                text = end < 0 ? "" : text.substring(end + 2).strip();
            } else if (text.startsWith("(")) {
                text = text.substring(1).strip();
            } else {
                return text;
            }
        }
    }

    void enter() throws SQLException {
        synchronized (this) {
            if (owner == Thread.currentThread()) {
                holders++;
                return;
            }
        }
        boolean entered;
        try {
            entered = permit.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientException("Interrupted while waiting for another change to the database.", e);
        }
        if (!entered) {
            throw new SQLTransientException("Another change to the database took over " + wait.toSeconds()
                    + " s; nothing was stored, try again.");
        }
        synchronized (this) {
            owner = Thread.currentThread();
            holders = 1;
        }
    }

    synchronized void leave() {
        if (holders <= 0) {
            throw new IllegalStateException("left a write gate not entered");
        }
        if (--holders == 0) {
            owner = null;
            permit.release();
        }
    }

    /** Whether a connection holds the gate now (for tests). */
    synchronized boolean held() {
        return holders > 0;
    }

    /** The data source whose connections take turns to write. */
    static final class Gated extends DelegatingDataSource implements AutoCloseable {
        private final H2WriteGate gate;

        Gated(DataSource target, H2WriteGate gate) {
            super(target);
            this.gate = gate;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return GatedConnection.wrap(obtainTargetDataSource().getConnection(), gate);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return GatedConnection.wrap(obtainTargetDataSource().getConnection(username, password), gate);
        }

        H2WriteGate gate() {
            return gate;
        }

        /** Closes the pool behind it (the context calls this on shutdown, as it would the pool's own). */
        @Override
        public void close() throws Exception {
            if (obtainTargetDataSource() instanceof AutoCloseable pool) {
                pool.close();
            }
        }
    }

    /** One connection: enters the gate at its first change, leaves at the end of its transaction. */
    private static final class GatedConnection implements InvocationHandler {
        private final Connection target;
        private final H2WriteGate gate;
        private Connection self;
        private boolean inside;

        private GatedConnection(Connection target, H2WriteGate gate) {
            this.target = target;
            this.gate = gate;
        }

        static Connection wrap(Connection target, H2WriteGate gate) {
            GatedConnection handler = new GatedConnection(target, gate);
            handler.self = (Connection) Proxy.newProxyInstance(H2WriteGate.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, handler);
            return handler.self;
        }

        synchronized void before(String sql) throws SQLException {
            if (!inside && changes(sql)) {
                gate.enter();
                inside = true;
            }
        }

        private synchronized void out() {
            if (inside) {
                inside = false;
                gate.leave();
            }
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "H2WriteGate(" + target + ")";
                case "prepareStatement", "prepareCall":
                    before((String) args[0]);
                    return call(method, args);
                case "createStatement":
                    Statement statement = (Statement) call(method, args);
                    return Proxy.newProxyInstance(H2WriteGate.class.getClassLoader(),
                            new Class<?>[] {Statement.class}, new GatedStatement(statement, this));
                case "close":
                    try {
                        return call(method, args);
                    } finally {
                        out();
                    }
                case "commit":
                    Object committed = call(method, args);
                    out();
                    return committed;
                case "rollback":
                    if (args == null || args.length == 0) {
                        try {
                            return call(method, args);
                        } finally {
                            out();
                        }
                    }
                    return call(method, args);
                case "setAutoCommit":
                    Object set = call(method, args);
                    if (Boolean.TRUE.equals(args[0])) {
                        out();
                    }
                    return set;
                default:
                    return call(method, args);
            }
        }

        private Object call(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    /** A plain statement of a gated connection: each SQL text it runs is looked at first. */
    private record GatedStatement(Statement target, GatedConnection connection) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("getConnection")) {
                return connection.self;
            }
            if (name.equals("equals")) {
                return proxy == args[0];
            }
            if (name.equals("hashCode")) {
                return System.identityHashCode(proxy);
            }
            if ((name.startsWith("execute") || name.equals("addBatch")) && args != null && args.length > 0
                    && args[0] instanceof String sql) {
                connection.before(sql);
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
