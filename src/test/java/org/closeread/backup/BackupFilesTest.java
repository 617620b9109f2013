package org.closeread.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupFilesTest {

    @Test
    void a_backup_is_named_by_its_time_in_utc_and_sorts_by_it() {
        assertThat(BackupFiles.name(Instant.parse("2026-11-29T02:00:05Z"))).isEqualTo("closeread-2026-11-29T02-00-05Z.zip");
        assertThat(BackupFiles.isBackup("closeread-2026-11-29T02-00-05Z.zip")).isTrue();
        assertThat(BackupFiles.isBackup("closeread-2026-11-29T02-00-05Z-1.zip")).isTrue();
        assertThat(BackupFiles.isBackup("closeread.mv.db")).isFalse();
        assertThat(BackupFiles.isBackup("notes.zip")).isFalse();
    }

    @Test
    void the_newest_are_kept_and_nothing_else_is_touched() {
        List<String> files = List.of("closeread-2026-11-27T02-00-00Z.zip", "readme.txt",
                "closeread-2026-11-29T02-00-00Z.zip", "closeread-2026-11-25T02-00-00Z.zip",
                "closeread-2026-11-28T02-00-00Z.zip");

        assertThat(BackupFiles.toDelete(files, 2))
                .containsExactly("closeread-2026-11-25T02-00-00Z.zip", "closeread-2026-11-27T02-00-00Z.zip");
        assertThat(BackupFiles.toDelete(files, 4)).isEmpty();
        assertThat(BackupFiles.toDelete(files, 10)).isEmpty();
        assertThatThrownBy(() -> BackupFiles.toDelete(files, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
