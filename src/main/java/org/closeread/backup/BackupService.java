package org.closeread.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Backs up a running H2 installation without stopping it: H2's {@code BACKUP TO} writes a consistent
 * copy of the database file into a zip while students keep answering. Keeps the newest
 * {@code closeread.backup.keep} zips in {@code closeread.backup.dir}. On PostgreSQL it does nothing and
 * says so: {@code pg_dump} backs up a running PostgreSQL (docs/deployment.md).
 */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final JdbcTemplate jdbc;
    private final Path dir;
    private final int keep;
    private final Clock clock;

    @Autowired
    BackupService(JdbcTemplate jdbc, @Value("${closeread.backup.dir}") Path dir,
                  @Value("${closeread.backup.keep:7}") int keep) {
        this(jdbc, dir, keep, Clock.systemUTC());
    }

    BackupService(JdbcTemplate jdbc, Path dir, int keep, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("closeread.backup.keep must be at least 1, not " + keep);
        }
        this.jdbc = jdbc;
        this.dir = dir;
        this.keep = keep;
        this.clock = clock;
    }

    /** True when the database is H2, the only one this service backs up itself. */
    public boolean supported() {
        return "H2".equalsIgnoreCase(jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()));
    }

    /** A backup now, then the oldest beyond the kept number deleted; empty on PostgreSQL. */
    public Optional<Path> backupNow() {
        if (!supported()) {
            log.info("Backups: the database is not H2; back PostgreSQL up with pg_dump (see docs/deployment.md)");
            return Optional.empty();
        }
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(BackupFiles.name(clock.instant())).toAbsolutePath();
            for (int n = 1; Files.exists(target); n++) {
                target = dir.resolve(BackupFiles.name(clock.instant()).replace(".zip", "-" + n + ".zip"))
                        .toAbsolutePath();
            }
            jdbc.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
            log.info("Backup written: {} ({} bytes)", target, Files.size(target));
            prune();
            return Optional.of(target);
        } catch (IOException e) {
            throw new UncheckedIOException("backup to " + dir + " failed", e);
        }
    }

    /** The backups kept now, oldest first. */
    public List<Path> backups() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> BackupFiles.isBackup(f.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void prune() throws IOException {
        List<String> names = backups().stream().map(p -> p.getFileName().toString()).toList();
        for (String old : BackupFiles.toDelete(names, keep)) {
            Files.deleteIfExists(dir.resolve(old));
            log.info("Backup deleted (keeping the newest {}): {}", keep, old);
        }
    }
}
