package org.closeread.backup;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Backs up on {@code closeread.backup.cron} (02:00 every night unless set; "-" turns it off). */
@Component
class BackupJob {

    private final BackupService backups;

    BackupJob(BackupService backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${closeread.backup.cron:0 0 2 * * *}")
    void run() {
        backups.backupNow();
    }
}
