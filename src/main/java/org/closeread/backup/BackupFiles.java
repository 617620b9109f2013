package org.closeread.backup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** How backup files are named and which ones to delete: plain rules, no files touched here. */
public final class BackupFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("closeread-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}Z(-\\d+)?\\.zip");

    private BackupFiles() {
    }

    /** {@code closeread-2026-11-29T02-00-00Z.zip}: sorts by time as text, says when in UTC. */
    public static String name(Instant at) {
        return "closeread-" + STAMP.format(at) + ".zip";
    }

    public static boolean isBackup(String fileName) {
        return NAME.matcher(fileName).matches();
    }

    /** The backups beyond the newest {@code keep}, oldest first; files that are not backups are never listed. */
    public static List<String> toDelete(List<String> fileNames, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup, not " + keep);
        }
        List<String> backups = fileNames.stream().filter(BackupFiles::isBackup)
                .sorted(Comparator.reverseOrder()).toList();
        return backups.size() <= keep ? List.of()
                : backups.subList(keep, backups.size()).reversed();
    }
}
