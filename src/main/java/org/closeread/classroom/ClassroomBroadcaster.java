package org.closeread.classroom;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the open dashboards of a class that its stored data changed, so they rebuild from the
 * database. In memory: it reaches the dashboards on this node; on PostgreSQL {@link CrossNodeUpdates}
 * carries changes to and from the other nodes (see docs/decisions/2026-11-30-several-nodes.md). Delivery runs on its own thread, never in
 * the student's request, which holds the student's session and must not wait for a teacher's.
 */
@Component
class ClassroomBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(ClassroomBroadcaster.class);

    private final Map<Long, Set<Runnable>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "classroom-broadcast");
        thread.setDaemon(true);
        return thread;
    });

    /** Calls {@code listener} (on the delivery thread) whenever the class changes; run the result to stop. */
    Runnable listen(long classId, Runnable listener) {
        listeners.computeIfAbsent(classId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.computeIfPresent(classId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** Runs a task on the delivery thread (e.g. finding the classes a change belongs to). */
    void deliver(Runnable task) {
        delivery.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("A live class update failed; dashboards catch up on their next refresh", e);
            }
        });
    }

    void changed(long classId) {
        deliver(() -> listeners.getOrDefault(classId, Set.of()).forEach(listener -> {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.debug("A dashboard could not take an update (closed?)", e);
            }
        }));
    }

    /** Every open dashboard of this node rebuilds (after missing what other nodes said). */
    void changedAll() {
        listeners.keySet().forEach(this::changed);
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }
}
